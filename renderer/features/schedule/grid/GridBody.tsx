import { memo, useImperativeHandle, useRef, type DOMAttributes, type Ref } from 'react';
import type { Table } from '@shared/model';
import { GridHeader } from './GridHeader';
import type { GridIndex } from './gridIndex';
import { GridRow } from './GridRow';
import { GRID_LAYOUT } from './layout';
import { GridStyles } from './gridStyles';
import { useVirtualRange } from './virtualRange';

export type GridBodyHandle = { scrollToCell(row: number, col: number): void };

type Props = {
  tables: readonly Table[];
  index: GridIndex;
  highlightId: string | undefined;
  height: number;
  /** The delegated pointer, keyboard and drag handlers (useGridEvents). */
  events: DOMAttributes<HTMLDivElement>;
  ref?: Ref<GridBodyHandle>;
};

const { firstColWidth, colWidth, rowHeight, headerHeight } = GRID_LAYOUT;

/**
 * The scroll viewport: a sized canvas with the sticky header and the rows in
 * view. Its own component so that scrolling, which changes the visible range,
 * re-renders only this and the rows entering view, not the toolbar above.
 */
export const GridBody = memo(function GridBody({ tables, index, highlightId, height, events, ref }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const cols = index.columns.length;
  const { range, onScroll, scrollToCell } = useVirtualRange(scrollRef, height, tables.length, cols);
  useImperativeHandle(ref, () => ({ scrollToCell }), [scrollToCell]);
  const width = firstColWidth + cols * colWidth;
  const rows = [];
  for (let r = range.rowStart; r < range.rowEnd; r++) {
    const table = tables[r];
    if (table) rows.push(<GridRow key={table.id} table={table} row={r} colStart={range.colStart} colEnd={range.colEnd} index={index} highlightId={highlightId} width={width} />);
  }
  return (
    <div
      ref={scrollRef}
      data-testid="schedule-grid"
      role="grid"
      aria-label="排期表"
      aria-rowcount={tables.length + 1}
      aria-colcount={cols + 1}
      onScroll={onScroll}
      {...events}
      className="dd-grid"
      style={{ maxHeight: height }}
    >
      <GridStyles />
      <div className="dd-grid-canvas" style={{ width, height: headerHeight + tables.length * rowHeight }}>
        <GridHeader columns={index.columns} sessions={index.sessions} width={width} />
        {rows}
      </div>
    </div>
  );
});
