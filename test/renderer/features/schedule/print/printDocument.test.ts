import { describe, expect, it } from 'vitest';
import { escapeHtml, html, printDocument, trustedHtml } from '../../../../../renderer/features/schedule/print/printDocument';
import { parsePrintout, textOf } from '../printHelpers';

describe('html', () => {
  it('escapes every interpolated text, keeps its own markup, and joins lists', () => {
    const name = '<script>alert("x")</script> & \'赵\'';
    const out = html`<p title="${name}">${name}</p>${['<b>', html`<i>${1}</i>`, false, undefined]}`.value;
    expect(out).toBe('<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;赵&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;赵&#39;</p>&lt;b&gt;<i>1</i>');
    expect(escapeHtml('a<b')).toBe('a&lt;b');
  });
});

describe('printDocument', () => {
  it('is a complete static document: charset, escaped title, A4 page rule, CJK fonts, no script', () => {
    const doc = printDocument({ title: '</title><script>x</script>', orientation: 'landscape', css: '.x{}', body: html`<section class="page">${'正文'}</section>${trustedHtml('<svg></svg>')}` });
    expect(doc.startsWith('<!doctype html>')).toBe(true);
    expect(doc).toContain('<meta charset="utf-8">');
    expect(doc).toContain('@page { size: A4 landscape; margin: 12mm; }');
    expect(doc).toMatch(/break-after: page/);
    for (const font of ['Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', 'WenQuanYi Micro Hei']) expect(doc).toContain(font);
    const parsed = parsePrintout(doc);
    expect(parsed.title).toBe('</title><script>x</script>');
    expect(parsed.querySelectorAll('script')).toHaveLength(0);
    expect(textOf(parsed.body)).toBe('正文');
  });
});
