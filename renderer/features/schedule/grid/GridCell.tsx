import { memo } from 'react';
import type { MeetingView } from '../view';
import { cellKey } from './gridIndex';
import { useGridUi } from './gridUi';
import { GRID_LAYOUT } from './layout';
import { MeetingCard, type Highlight } from './MeetingCard';

type Props = {
  tableId: string;
  slotId: string;
  column: number;
  sessionStart: boolean;
  meeting: MeetingView | undefined;
  extra: number;
  highlight: Highlight;
};

const { firstColWidth, colWidth } = GRID_LAYOUT;

/**
 * One table × slot. It re-renders when its meeting changes or when a dragged
 * card enters or leaves it; the drag events themselves are handled once for
 * the whole grid (useGridEvents), which finds the cell by its data attributes.
 */
export const GridCell = memo(function GridCell({ tableId, slotId, column, sessionStart, meeting, extra, highlight }: Props) {
  const drop = useGridUi((s) => (s.hover?.key === cellKey(tableId, slotId) ? s.hover.verdict : null));
  return (
    <div
      role="gridcell"
      className={sessionStart ? 'dd-grid-cell dd-session-start' : 'dd-grid-cell'}
      data-testid={`cell-${tableId}-${slotId}`}
      data-cell=""
      data-table={tableId}
      data-slot={slotId}
      data-drop={drop ? (drop.ok ? 'ok' : 'refused') : undefined}
      title={drop && !drop.ok ? drop.reason : undefined}
      style={{ left: firstColWidth + column * colWidth }}
    >
      {meeting && <MeetingCard meeting={meeting} highlight={highlight} extra={extra} />}
      {drop && (
        <div className="dd-drop-hint" data-testid="drop-hint">
          {drop.ok ? '放到这里' : drop.reason}
        </div>
      )}
    </div>
  );
});
