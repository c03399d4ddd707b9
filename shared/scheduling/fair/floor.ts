import type { Meeting } from '../../model';
import type { PlannedMeeting } from '../types';
import { adHocRequestId, type FairInstance } from './instance';
import type { FloorMeeting } from './moveCheck';

/** The fair's live meetings as the move check and the unplaced reasons see them, tied to the instance's requests. */
export const floorMeetings = (fair: FairInstance, meetings: readonly Meeting[]): FloorMeeting[] => {
  const requestIds = new Set(fair.instance.requests.map((r) => r.id));
  return meetings
    .filter((m) => !m.deleted)
    .map((m) => {
      const requestId = m.requestId && requestIds.has(m.requestId) ? m.requestId : requestIds.has(adHocRequestId(m.id)) ? adHocRequestId(m.id) : undefined;
      const [a, b] = m.participantIds;
      return { id: m.id, ...(requestId ? { requestId } : {}), a, b, slotId: m.slotId, tableId: m.tableId, locked: m.locked, state: m.state };
    });
};

/** The floor as a plan of the instance: what `countBreaks` and `checkPlan` read. */
export const floorAsPlan = (floor: readonly FloorMeeting[]): PlannedMeeting[] =>
  floor.flatMap((m) => (m.requestId && m.state !== '已取消' && m.state !== '未到场' ? [{ requestId: m.requestId, slotId: m.slotId, tableId: m.tableId }] : []));
