import type { CheckMove, MoveVerdict } from './moveVerdict';
import { cellKey, type GridIndex } from './gridIndex';

export const LOCKED_REASON = '已锁定，解锁后才能移动';
export const OCCUPIED_REASON = '该桌该时段已有洽谈';

/** A cancelled meeting or a no-show leaves its seat free, as the move check counts it (`occupiesSeat`). */
const seated = (state: string) => state !== '已取消' && state !== '未到场';

/**
 * What the grid itself knows before asking the move check: a locked meeting
 * stays put and a cell holds one live meeting (swapping two is not offered, so
 * a cell with a live meeting is refused). `null` means “that is where it
 * already is”: neither allowed nor refused, the grid just does nothing.
 */
export const moveVerdict = (index: GridIndex, checkMove: CheckMove, meetingId: string, slotId: string, tableId: string): MoveVerdict | null => {
  const meeting = index.byId.get(meetingId);
  if (!meeting) return { ok: false, reason: '该洽谈已不存在' };
  if (meeting.slotId === slotId && meeting.tableId === tableId) return null;
  if (meeting.locked) return { ok: false, reason: LOCKED_REASON };
  const there = index.cells.get(cellKey(tableId, slotId));
  if (there && seated(there.state)) return { ok: false, reason: OCCUPIED_REASON };
  return checkMove(meetingId, slotId, tableId);
};
