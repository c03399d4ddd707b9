import qrcode from 'qrcode-generator';

/** Reading printouts back as an organiser would look at them: pages, rows and text, not markup. */
export const parsePrintout = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

export const pagesOf = (doc: Document): HTMLElement[] => [...doc.querySelectorAll<HTMLElement>('section.page')];

/** An element's text nodes joined by spaces (stacked lines read as separate words), whitespace collapsed. */
export const textOf = (el: Element | null | undefined): string => {
  if (!el) return '';
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push(node.textContent ?? '');
  return parts.join(' ').replace(/\s+/g, ' ').trim();
};

/** Each body row's cells as text, skipping the session heading rows. */
export const meetingRows = (page: Element): string[][] =>
  [...page.querySelectorAll('table.meetings tbody tr:not(.session)')].map((tr) => [...tr.querySelectorAll('td')].map((td) => textOf(td)));

/** The dark modules an SVG draws, from its path's `M x,y` moves (one per module, shifted by the 4-module quiet zone). */
export const darkModulesOfSvg = (svg: string): Set<string> => {
  const d = /<path d="([^"]*)"/.exec(svg)?.[1] ?? '';
  return new Set([...d.matchAll(/M(\d+),(\d+)/g)].map(([, x, y]) => `${Number(y) - 4},${Number(x) - 4}`));
};

/** What qrcode-generator itself makes of `text`, generated independently of the code under test. */
export const referenceModules = (text: string, mode: 'Alphanumeric' | 'Byte') => {
  const qr = qrcode(0, 'M');
  qr.addData(text, mode);
  qr.make();
  const n = qr.getModuleCount();
  const dark = new Set<string>();
  for (let r = 0; r < n; r++) for (let c = 0; c < n; c++) if (qr.isDark(r, c)) dark.add(`${r},${c}`);
  return { size: n, dark };
};
