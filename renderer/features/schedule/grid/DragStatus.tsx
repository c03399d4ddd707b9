import type { ReactNode } from 'react';
import { useGridUi } from './gridUi';
import { DROP_REFUSED } from './palette';

type Props = {
  /** “桌12 · 上午 09:00” for a cell. */
  describe(tableId: string, slotId: string): string;
  /** Shown while nothing is dragged. */
  idle: ReactNode;
};

/**
 * One line above the grid that says, while dragging, whether the cell under
 * the pointer takes the card and why not: the native tooltip does not show
 * during a drag. It subscribes to the hover alone, like the cells.
 */
export const DragStatus = ({ describe, idle }: Props) => {
  const dragging = useGridUi((s) => s.draggingId !== null);
  const hover = useGridUi((s) => s.hover);
  let content: ReactNode = idle;
  let colour = 'rgba(0, 0, 0, 0.45)';
  if (dragging && !hover) content = '把卡片拖到空格松开即可移动，按 Esc 取消';
  else if (hover?.verdict.ok) {
    content = `松开即移到 ${describe(hover.tableId, hover.slotId)}`;
    colour = '#389e0d';
  } else if (hover && !hover.verdict.ok) {
    content = `不能移到 ${describe(hover.tableId, hover.slotId)}：${hover.verdict.reason}`;
    colour = DROP_REFUSED.text;
  }
  return (
    <div data-testid="drag-status" role="status" style={{ minHeight: 20, fontSize: 12, lineHeight: '20px', color: colour, overflow: 'hidden', whiteSpace: 'nowrap', textOverflow: 'ellipsis' }}>
      {content}
    </div>
  );
};
