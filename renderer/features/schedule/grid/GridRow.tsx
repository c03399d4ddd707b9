import { memo } from 'react';
import type { Table } from '@shared/model';
import type { MeetingView } from '../view';
import { GridCell } from './GridCell';
import { cellKey, type GridIndex } from './gridIndex';
import { GRID_LAYOUT } from './layout';
import type { Highlight } from './MeetingCard';

type Props = {
  table: Table;
  row: number;
  colStart: number;
  colEnd: number;
  index: GridIndex;
  highlightId: string | undefined;
  width: number;
};

const { rowHeight, headerHeight } = GRID_LAYOUT;

const highlightOf = (meeting: MeetingView | undefined, personId: string | undefined): Highlight => {
  if (!personId || !meeting) return 'none';
  return meeting.people[0].id === personId || meeting.people[1].id === personId ? 'match' : 'dim';
};

/**
 * One table's row, absolutely placed by the virtualiser. Its props stay equal
 * while scrolling vertically, so rows already on screen are not re-rendered.
 */
export const GridRow = memo(function GridRow({ table, row, colStart, colEnd, index, highlightId, width }: Props) {
  const cells = [];
  for (let c = colStart; c < colEnd; c++) {
    const column = index.columns[c];
    if (!column) continue;
    const key = cellKey(table.id, column.slot.id);
    const meeting = index.cells.get(key);
    cells.push(
      <GridCell
        key={column.slot.id}
        tableId={table.id}
        slotId={column.slot.id}
        column={c}
        sessionStart={column.sessionStart}
        meeting={meeting}
        extra={index.extra.get(key) ?? 0}
        highlight={highlightOf(meeting, highlightId)}
      />,
    );
  }
  return (
    <div role="row" aria-rowindex={row + 2} data-testid="grid-row" className="dd-grid-row" style={{ top: headerHeight + row * rowHeight, width }}>
      <div role="rowheader" className="dd-grid-rowhead" title={table.zone ? `桌${table.number} · ${table.zone}` : `桌${table.number}`}>
        <b>桌 {table.number}</b>
        {table.zone && <small>{table.zone}</small>}
      </div>
      {cells}
    </div>
  );
});
