import { checkReplacements, type ProposalChoice } from '@shared/floor';
import { ID_PREFIX, meetingSchema, type Meeting, type MeetingRequest } from '@shared/model';
import type { DeskDatabase } from './database';
import { deskClock, LAST_STAMP_KEY } from './deskClock';
import { newId } from './fieldChanges';
import { stampFields } from '@shared/sync/stampFields';
import { loadFair, planBasis } from './meetings';
import { runWrite, WriteRefused, type WriteResult } from './writeResult';

/**
 * 补位: the ticked proposals written in one transaction. The proposals were
 * worked out from the floor as it was when the organiser opened them; if any
 * meeting has been marked, moved or placed since, the whole set is refused,
 * and otherwise every change is checked beside the others as they will stand
 * (`checkReplacements`), so nothing is ever half-applied.
 */

export type ReplacementsApplied = {
  /** New meetings, 待开始, one per accepted offer. */
  created: Meeting[];
  /** Moved meetings, with the ids they had. */
  moved: Meeting[];
  /** Requests that were 待确认 and are now 已接受. */
  accepted: number;
};

const refuse = (message: string): never => {
  throw new WriteRefused([{ field: '', message }]);
};

/**
 * `basis` is `planBasis` of the records the proposals were computed from;
 * `now` is the fair's clock, so a proposal for a round that has started
 * meanwhile is refused (see `checkReplacements`).
 */
export const applyReplacements = async (
  db: DeskDatabase,
  eventId: string,
  chosen: readonly ProposalChoice[],
  basis: string,
  now?: number,
): Promise<WriteResult<ReplacementsApplied>> => {
  const clock = await deskClock(db);
  return runWrite(() =>
    db.transaction('rw', [db.events, db.participants, db.meetingRequests, db.meetings, db.meta], async (tx) => {
      const records = await loadFair(tx, eventId);
      if (planBasis(records) !== basis) refuse('现场安排已变化，请重新生成补位建议');
      const checked = checkReplacements(records, chosen, now);
      if (!checked.ok) return refuse(checked.message);

      let stamp = '';
      const next = () => (stamp = clock.next());
      const created = checked.writes.adds.map(({ request, slotId, tableId }) => {
        const at = next();
        return meetingSchema.parse({
          id: newId(ID_PREFIX.meeting),
          eventId,
          createdAt: at,
          updatedAt: at,
          deleted: false,
          requestId: request.id,
          participantIds: [request.fromId, request.toId],
          slotId,
          tableId,
        });
      });
      const accepted = checked.writes.adds
        .filter(({ request }) => request.state === '待确认')
        .map(({ request }): MeetingRequest => {
          const at = next();
          return { ...request, state: '已接受', updatedAt: at, ...stampFields(request, ['state'], at) };
        });
      const moved = checked.writes.moves
        .filter(({ meeting, slotId, tableId }) => meeting.slotId !== slotId || meeting.tableId !== tableId)
        .map(({ meeting, slotId, tableId }): Meeting => {
          const at = next();
          return { ...meeting, slotId, tableId, updatedAt: at, ...stampFields(meeting, ['slotId', 'tableId'], at) };
        });

      await tx.table<Meeting, string>('meetings').bulkPut([...moved, ...created]);
      if (accepted.length > 0) await tx.table<MeetingRequest, string>('meetingRequests').bulkPut(accepted);
      if (stamp) await tx.table('meta').put({ key: LAST_STAMP_KEY, value: stamp });
      return { created, moved, accepted: accepted.length };
    }),
  );
};
