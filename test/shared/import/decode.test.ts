import { describe, expect, it } from 'vitest';
import { decodeText, parseCsv } from '@shared/import';

const bytes = (...b: number[]) => new Uint8Array(b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

describe('decodeText', () => {
  it('reads UTF-8 with and without a byte-order mark', () => {
    const utf8 = new TextEncoder().encode('姓名,手机\n张伟,138');
    expect(decodeText(utf8)).toEqual({ text: '姓名,手机\n张伟,138', encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ text: '姓名,手机\n张伟,138', encoding: 'utf-8' });
  });

  it('falls back to GBK when the bytes are not UTF-8', () => {
    // 张 = D5 C5, 伟 = CE B0 in GBK; “张伟,138” as Excel's plain CSV writes it on a Chinese Windows.
    const gbk = bytes(0xd5, 0xc5, 0xce, 0xb0, ...ascii(',138'));
    expect(decodeText(gbk)).toEqual({ text: '张伟,138', encoding: 'gb18030' });
    expect(parseCsv(decodeText(gbk).text)).toEqual([['张伟', '138']]);
  });

  it('reads UTF-16LE with its byte-order mark (Excel “Unicode text”)', () => {
    const text = '姓名\t手机';
    const out = [0xff, 0xfe];
    for (const c of text) out.push(c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8);
    expect(decodeText(new Uint8Array(out))).toEqual({ text, encoding: 'utf-16le' });
  });
});
