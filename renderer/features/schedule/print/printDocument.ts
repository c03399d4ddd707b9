/**
 * The shell every schedule printout shares. The HTML goes to `print:toPdf` or `print:toPrinter`,
 * which renders it with JavaScript off (Electron) or in a sandboxed iframe
 * (browser), so a printout is one static document: inline CSS, inline SVG,
 * no scripts, no external URLs.
 *
 * Markup is built with the `html` tag, which escapes every interpolated
 * string, so a participant named `<script>` prints as text. Only `SafeHtml`
 * (made by the tag itself or by `trustedHtml` for generated SVG) goes in raw.
 */

const SAFE = Symbol('SafeHtml');

export type SafeHtml = { readonly [SAFE]: true; readonly value: string };

/** What may be interpolated: text is escaped, `SafeHtml` kept, lists joined, and nothing printed for false/null/undefined. */
export type HtmlValue = string | number | SafeHtml | false | null | undefined | readonly HtmlValue[];

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);

/** Only for markup this code generated itself (the QR SVG), never for user text. */
export const trustedHtml = (value: string): SafeHtml => ({ [SAFE]: true, value });

const isSafe = (v: HtmlValue): v is SafeHtml => typeof v === 'object' && v !== null && SAFE in v;

const render = (v: HtmlValue): string => {
  if (v === false || v === null || v === undefined) return '';
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return escapeHtml(v);
  if (isSafe(v)) return v.value;
  return v.map(render).join('');
};

export const html = (strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml =>
  trustedHtml(strings.reduce((out, s, i) => out + s + (i < values.length ? render(values[i]) : ''), ''));

/**
 * Windows, macOS, then Linux (Debian's fonts-noto-cjk, then WenQuanYi): the
 * first one present wins, so the same printout looks alike on each desk laptop.
 */
export const CJK_FONT_STACK =
  '"Microsoft YaHei", "微软雅黑", "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", sans-serif';

export type Orientation = 'portrait' | 'landscape';

export type PrintDocumentSpec = {
  title: string;
  orientation?: Orientation;
  /** The CSS page size when it is not A4, e.g. `100mm 140mm` (lengths take no orientation). */
  size?: string;
  /** Page margin, e.g. `12mm`. */
  margin?: string;
  /** The printout's own rules, after the shared ones. */
  css: string;
  body: SafeHtml;
};

const BASE_CSS = `
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
body { font-family: ${CJK_FONT_STACK}; font-size: 10.5pt; line-height: 1.45; color: #111; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.page { break-after: page; page-break-after: always; }
.page:last-child { break-after: auto; page-break-after: auto; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
.muted { color: #555; }
.nowrap { white-space: nowrap; }
.empty { padding: 40mm 0; text-align: center; color: #555; font-size: 14pt; }
`;

/** A complete document; the page size itself comes from the print job (`pageSize`), the orientation from here. */
export const printDocument = ({ title, orientation = 'portrait', size, margin = '12mm', css, body }: PrintDocumentSpec): string =>
  html`<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${title}</title>
<style>
@page { size: ${size ?? `A4 ${orientation}`}; margin: ${margin}; }${trustedHtml(BASE_CSS)}${trustedHtml(css)}
</style>
</head>
<body>
${body}
</body>
</html>
`.value;
