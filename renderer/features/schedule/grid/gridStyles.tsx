import type { CSSProperties } from 'react';
import { MEETING_STATES, REQUEST_PRIORITIES } from '@shared/model';
import { GRID_LAYOUT } from './layout';
import { DROP_OK, DROP_REFUSED, EMPTY_CELL, GRID_LINE, MATCH_RING, NO_PRIORITY_COLOUR, PRIMARY, PRIORITY_COLOUR, SESSION_LINE, STATE_STYLE } from './palette';

/**
 * The grid's stylesheet, written from the same palette and sizes as the
 * legend and the virtualiser. Classes instead of inline styles: hundreds of
 * cells each carrying fifteen inline declarations made every scroll step
 * re-parse them (seconds per screen in jsdom, a visible cost in Chromium),
 * and only a stylesheet can say :hover and :focus-visible.
 */

const { rowHeight, colWidth, firstColWidth, headerHeight, bandHeight } = GRID_LAYOUT;

const kebab = (property: string) => property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const declarations = (style: CSSProperties) =>
  Object.entries(style)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${kebab(k)}: ${String(v)};`)
    .join(' ');

const css = `
.dd-grid { position: relative; overflow: auto; background: #fff; border: 1px solid ${GRID_LINE}; border-radius: 6px; }
.dd-grid-canvas { position: relative; }
.dd-grid-head { position: sticky; top: 0; z-index: 3; height: ${headerHeight}px; background: #fafafa; }
.dd-grid-head > div { position: absolute; box-sizing: border-box; border-bottom: 1px solid ${GRID_LINE}; font-size: 12px; white-space: nowrap; overflow: hidden; }
.dd-grid-head > .dd-grid-corner { position: sticky; left: 0; z-index: 1; width: ${firstColWidth}px; height: ${headerHeight}px; display: flex; align-items: center; justify-content: center; font-weight: 600; background: #fafafa; border-right: 1px solid ${SESSION_LINE}; }
.dd-grid-band { top: 0; height: ${bandHeight}px; border-left: 1px solid ${SESSION_LINE}; font-weight: 600; }
.dd-grid-band > span { position: sticky; left: ${firstColWidth}px; display: inline-block; padding: 5px 8px; }
.dd-grid-time { top: ${bandHeight}px; width: ${colWidth}px; height: ${headerHeight - bandHeight}px; padding: 4px 8px; border-left: 1px solid ${GRID_LINE}; color: rgba(0, 0, 0, 0.65); }
.dd-grid-time.dd-session-start, .dd-grid-cell.dd-session-start { border-left-color: ${SESSION_LINE}; }
.dd-grid-time > b { font-weight: 600; color: rgba(0, 0, 0, 0.88); }
.dd-grid-row { position: absolute; left: 0; height: ${rowHeight}px; }
.dd-grid-rowhead { position: sticky; left: 0; z-index: 2; width: ${firstColWidth}px; height: ${rowHeight}px; box-sizing: border-box; padding: 5px 10px; background: #fafafa; border-right: 1px solid ${SESSION_LINE}; border-bottom: 1px solid ${GRID_LINE}; overflow: hidden; white-space: nowrap; }
.dd-grid-rowhead > b { display: block; font-size: 13px; line-height: 20px; }
.dd-grid-rowhead > small { display: block; font-size: 11px; line-height: 16px; color: rgba(0, 0, 0, 0.45); overflow: hidden; text-overflow: ellipsis; }
.dd-grid-cell { position: absolute; top: 0; width: ${colWidth}px; height: ${rowHeight}px; box-sizing: border-box; border-left: 1px solid ${GRID_LINE}; border-bottom: 1px solid ${GRID_LINE}; background: ${EMPTY_CELL}; }
.dd-grid-cell:empty:hover { background: #f5f8ff; }
.dd-grid-cell[data-drop='ok'] { background: ${DROP_OK.background}; box-shadow: inset 0 0 0 2px ${DROP_OK.border}; }
.dd-grid-cell[data-drop='refused'] { background: ${DROP_REFUSED.background}; box-shadow: inset 0 0 0 2px ${DROP_REFUSED.border}; }
.dd-drop-hint { position: absolute; inset: 2px; z-index: 1; display: flex; align-items: center; justify-content: center; padding: 0 4px; font-size: 11px; line-height: 14px; text-align: center; pointer-events: none; color: #389e0d; }
.dd-grid-cell[data-drop='refused'] > .dd-drop-hint { color: ${DROP_REFUSED.text}; background: rgba(255, 241, 240, 0.92); }
.dd-card { position: absolute; inset: 2px; box-sizing: border-box; padding: 3px 6px; font-size: 12px; line-height: 18px; border-radius: 4px; border: 1px solid #e5e7eb; border-left: 3px solid ${NO_PRIORITY_COLOUR}; cursor: pointer; user-select: none; outline: none; transition: box-shadow 0.1s; }
.dd-card[draggable='true'] { cursor: grab; }
.dd-card:hover { border-color: #c9d2e0; }
.dd-card:focus-visible { box-shadow: 0 0 0 2px ${PRIMARY}80; }
.dd-card[data-locked='true'] { padding-right: 18px; }
.dd-card > div { overflow: hidden; white-space: nowrap; text-overflow: ellipsis; }
.dd-card > div:first-child { font-weight: 500; }
${REQUEST_PRIORITIES.map((p) => `.dd-card[data-priority='${p}'] { border-left-color: ${PRIORITY_COLOUR[p]}; }`).join('\n')}
${MEETING_STATES.map((s) => `.dd-card[data-state='${s}'] { ${declarations(STATE_STYLE[s])} }`).join('\n')}
.dd-card[data-state='已取消'] { opacity: 0.6; }
.dd-card[data-highlight='match'] { box-shadow: 0 0 0 2px ${MATCH_RING}; }
.dd-card[data-highlight='dim'] { opacity: 0.22; }
.dd-card[aria-pressed='true'] { box-shadow: 0 0 0 2px ${PRIMARY}; }
.dd-card[data-dragging='true'] { opacity: 0.4; }
.dd-card-lock { position: absolute; top: 4px; right: 4px; font-size: 11px; color: rgba(0, 0, 0, 0.45); }
.dd-card-extra { position: absolute; bottom: 2px; right: 3px; font-size: 10px; line-height: 14px; padding: 0 3px; border-radius: 3px; color: #fff; background: #ff4d4f; }
`;

/** Rendered by each grid; React 19 hoists it into <head> once, however many grids are mounted. */
export const GridStyles = () => (
  <style href="dd-schedule-grid" precedence="default">
    {css}
  </style>
);
