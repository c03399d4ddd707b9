import type { MeetingState } from '@shared/model';
import { BOARD_LAYOUT } from './boardLayout';

/** The state tags' colours, as antd's Tag presets draw them (default, processing, success, error, grey). */
export const STATE_CLASSES: Record<MeetingState, string> = { 待开始: 'default', 进行中: 'processing', 已完成: 'success', 未到场: 'error', 已取消: 'muted' };

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
.dd-floor-name { flex: 0 1 auto; max-width: 45%; overflow: hidden; text-overflow: ellipsis; }
.dd-floor-org { flex: 1; min-width: 0; overflow: hidden; text-overflow: ellipsis; color: rgba(0, 0, 0, 0.45); }
.dd-floor-topic { display: block; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.dd-floor-muted { color: rgba(0, 0, 0, 0.45); }
.dd-floor-tag { display: inline-block; padding: 0 7px; font-size: 12px; line-height: 20px; border-radius: 4px; border: 1px solid #d9d9d9; background: #fafafa; white-space: nowrap; }
.dd-floor-tag-orange { color: #d46b08; background: #fff7e6; border-color: #ffd591; }
.dd-floor-tag-purple { color: #531dab; background: #f9f0ff; border-color: #d3adf7; }
.dd-floor-state-default { color: rgba(0, 0, 0, 0.88); }
.dd-floor-state-processing { color: #1677ff; background: #e6f4ff; border-color: #91caff; }
.dd-floor-state-success { color: #389e0d; background: #f6ffed; border-color: #b7eb8f; }
.dd-floor-state-error { color: #cf1322; background: #fff1f0; border-color: #ffa39e; }
.dd-floor-state-muted { color: #fff; background: #8c8c8c; border-color: #8c8c8c; }
.dd-floor-actions { display: flex; gap: 4px; flex-wrap: nowrap; }
.dd-floor-btn { height: 24px; padding: 0 7px; font-size: 13px; border-radius: 4px; border: 1px solid #d9d9d9; background: #fff; color: rgba(0, 0, 0, 0.88); cursor: pointer; white-space: nowrap; }
.dd-floor-btn:hover { color: #1f6feb; border-color: #1f6feb; }
.dd-floor-btn:focus-visible { outline: 2px solid #91caff; outline-offset: 1px; }
.dd-floor-btn-danger { color: #ff4d4f; border-color: #ff4d4f; }
.dd-floor-btn-danger:hover { color: #ff7875; border-color: #ff7875; }
.dd-floor-btn-primary { color: #1f6feb; border-color: #1f6feb; }
.dd-floor-icon { border: none; background: transparent; padding: 0 4px; cursor: pointer; color: rgba(0, 0, 0, 0.45); }
.dd-floor-icon:hover { color: #ff4d4f; }
`;

export const FloorStyles = () => <style>{css}</style>;
