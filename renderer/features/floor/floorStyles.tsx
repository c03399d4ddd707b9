import { BOARD_LAYOUT } from './boardLayout';

/**
 * The board's stylesheet. Classes rather than inline styles: the rows in
 * view re-render on every mark, and a stylesheet is parsed once.
 */
const { rowHeight, columns } = BOARD_LAYOUT;
const LINE = '#f0f0f0';

const css = `
.dd-floor-board { position: relative; overflow: auto; background: #fff; border: 1px solid ${LINE}; border-radius: 6px; }
.dd-floor-head, .dd-floor-row { display: grid; grid-template-columns: ${columns}; align-items: center; column-gap: 8px; padding: 0 10px; box-sizing: border-box; }
.dd-floor-head { position: sticky; top: 0; z-index: 2; height: 38px; background: #fafafa; border-bottom: 1px solid ${LINE}; font-weight: 600; color: rgba(0, 0, 0, 0.75); }
.dd-floor-row { position: absolute; left: 0; right: 0; height: ${rowHeight}px; border-bottom: 1px solid ${LINE}; }
.dd-floor-row:hover { background: #fafcff; }
.dd-floor-row > div { min-width: 0; }
.dd-floor-freed { background: #fcfcfc; color: rgba(0, 0, 0, 0.5); }
.dd-floor-table { display: flex; align-items: baseline; gap: 6px; white-space: nowrap; }
.dd-floor-number { font-size: 18px; font-weight: 700; font-variant-numeric: tabular-nums; }
.dd-floor-zone { font-size: 11px; color: rgba(0, 0, 0, 0.45); overflow: hidden; text-overflow: ellipsis; }
.dd-floor-person { display: flex; align-items: center; gap: 4px; padding: 2px 6px; border-radius: 4px; border: 1px solid transparent; white-space: nowrap; min-width: 0; }
.dd-floor-missing { background: #fff7e6; border-color: #ffd591; }
.dd-floor-others { font-size: 11px; color: rgba(0, 0, 0, 0.45); cursor: help; }
.dd-floor-empty { grid-column: 2 / -1; color: rgba(0, 0, 0, 0.3); }
`;

export const FloorStyles = () => <style>{css}</style>;
