/**
 * How the big screen fills a projector: as many columns of meetings as fit
 * the width, as many rows as fit the height; what does not fit goes on
 * further pages, shown in turn.
 */
export const BIG_SCREEN_LAYOUT = { columnWidth: 460, entryHeight: 92, pageMs: 10_000 } as const;

/** Before the overlay is measured (first paint, jsdom): a 1080p projector. */
const FALLBACK = { width: 1380, height: 740 };

export type PageGrid = { columns: number; rows: number; perPage: number };

export const pageGrid = (width: number, height: number): PageGrid => {
  const w = width > 0 ? width : FALLBACK.width;
  const h = height > 0 ? height : FALLBACK.height;
  const columns = Math.max(1, Math.floor(w / BIG_SCREEN_LAYOUT.columnWidth));
  const rows = Math.max(1, Math.floor(h / BIG_SCREEN_LAYOUT.entryHeight));
  return { columns, rows, perPage: columns * rows };
};

export const pageCount = (items: number, perPage: number): number => Math.max(1, Math.ceil(items / perPage));

/** The items of page `page` (wrapping around), in column-major order: table numbers read down each column. */
export const pageOf = <T>(items: readonly T[], perPage: number, page: number): T[] => {
  const p = page % pageCount(items.length, perPage);
  return items.slice(p * perPage, (p + 1) * perPage);
};
