/**
 * Fixed sizes of the grid, in px. The virtualiser relies on every row and
 * column having the same size (it computes what is visible from the scroll
 * offset alone, which also works in jsdom where nothing is laid out).
 */
export const GRID_LAYOUT = {
  rowHeight: 48,
  colWidth: 128,
  /** The sticky 桌号 column. */
  firstColWidth: 88,
  /** Two header rows: sessions, then start times. */
  headerHeight: 52,
  bandHeight: 26,
  overscanRows: 4,
  overscanCols: 2,
} as const;
