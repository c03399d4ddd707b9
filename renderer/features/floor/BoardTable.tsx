import { memo, useMemo, useRef } from 'react';
import { Empty } from 'antd';
import { filterBoard, type BoardFilter, type SlotBoard } from '@shared/floor';
import { BOARD_LAYOUT } from './boardLayout';
import { BoardRowView } from './BoardRowView';
import { FloorStyles } from './floorStyles';
import type { BoardActions } from './useFloorActions';
import { useRowWindow } from './virtualRows';

type Props = {
  board: SlotBoard;
  filter: BoardFilter;
  recorded: ReadonlySet<string>;
  actions: BoardActions;
  /** CSS height of the scroll area, and the same in pixels for the first render (see useRowWindow). */
  height: string;
  expectedHeightPx: number;
};

const HEAD_HEIGHT = 38;

/**
 * The board of one slot: every table by number, only the rows in view in
 * the DOM. Memoised on the board, the filter and the actions, so the fair
 * clock ticking every second above it does not re-render a row.
 */
export const BoardTable = memo(function BoardTable({ board, filter, recorded, actions, height, expectedHeightPx }: Props) {
  const rows = useMemo(() => filterBoard(board.rows, filter), [board.rows, filter]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const { range, onScroll } = useRowWindow(scrollRef, BOARD_LAYOUT.rowHeight, rows.length, expectedHeightPx);
  const shown = [];
  for (let i = range.start; i < Math.min(range.end, rows.length); i++) {
    const row = rows[i];
    if (row)
      shown.push(
        <BoardRowView
          key={row.table.id}
          row={row}
          slot={board.slot}
          phase={board.phase}
          recorded={row.meeting ? recorded.has(row.meeting.id) : false}
          actions={actions}
          top={HEAD_HEIGHT + i * BOARD_LAYOUT.rowHeight}
        />,
      );
  }
  return (
    <div ref={scrollRef} className="dd-floor-board" role="table" aria-label={`${board.slot.label} 看板`} aria-rowcount={rows.length + 1} data-testid="floor-board" onScroll={onScroll} style={{ height }}>
      <FloorStyles />
      <div style={{ position: 'relative', height: HEAD_HEIGHT + rows.length * BOARD_LAYOUT.rowHeight, minWidth: 900 }}>
        <div className="dd-floor-head" role="row">
          <span>桌号</span>
          <span>甲方</span>
          <span>乙方</span>
          <span>议题</span>
          <span>状态</span>
          <span>操作</span>
        </div>
        {shown}
      </div>
      {rows.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={board.rows.length === 0 ? '活动还没有洽谈桌' : '没有符合筛选条件的洽谈桌'} style={{ position: 'absolute', top: 80, left: 0, right: 0 }} />}
    </div>
  );
});
