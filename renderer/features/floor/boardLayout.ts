/** The board's fixed geometry: one row per table, the same columns in the header and every row. */
export const BOARD_LAYOUT = {
  rowHeight: 46,
  columns: '70px minmax(190px, 1.25fr) minmax(190px, 1.25fr) minmax(140px, 1fr) 80px 244px',
} as const;
