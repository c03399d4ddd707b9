import { memo } from 'react';
import { GRID_LAYOUT } from './layout';
import { dated } from './format';
import type { SessionBand, SlotColumn } from './gridIndex';

type Props = { columns: readonly SlotColumn[]; sessions: readonly SessionBand[]; width: number };

const { firstColWidth, colWidth } = GRID_LAYOUT;

/**
 * The two header rows, sticky at the top: each session over its slots, then
 * each slot's time. Drawn for all columns (a few dozen cells, rendered once
 * per view) so horizontal scrolling never re-renders it.
 */
export const GridHeader = memo(function GridHeader({ columns, sessions, width }: Props) {
  return (
    <div role="row" className="dd-grid-head" style={{ width }}>
      <div role="columnheader" className="dd-grid-corner">
        洽谈桌 \ 时段
      </div>
      {sessions.map((s) => (
        <div key={s.sessionId} className="dd-grid-band" style={{ left: firstColWidth + s.first * colWidth, width: s.count * colWidth }}>
          {/* Sticky inside its band (gridStyles), so a long session keeps its name in view while scrolling sideways. */}
          <span title={`${s.date} ${s.label}`}>
            {dated(s.date, s.label)}
          </span>
        </div>
      ))}
      {columns.map(({ slot, sessionStart }, i) => (
        <div key={slot.id} role="columnheader" title={slot.label} className={sessionStart ? 'dd-grid-time dd-session-start' : 'dd-grid-time'} style={{ left: firstColWidth + i * colWidth }}>
          <b>{slot.start}</b>–{slot.end}
        </div>
      ))}
    </div>
  );
});
