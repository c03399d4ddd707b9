import { useLiveQuery } from 'dexie-react-hooks';
import type { Meeting, MeetingRequest } from '@shared/model';
import { useDesk } from '../../app/DeskContext';

/** The meetings of the slots on show, the requests behind them, and which of them have an outcome. */
export type FloorMeetings = {
  bySlot: ReadonlyMap<string, Meeting[]>;
  requests: ReadonlyMap<string, MeetingRequest>;
  /** Meetings with a recorded outcome (记录成果 then reads 查看成果). */
  recorded: ReadonlySet<string>;
};

/**
 * Reads only the shown slots' meetings, through the `slotId` index: a few
 * hundred rows whatever the size of the fair, and Dexie re-runs the query
 * only when a meeting of those slots (or their outcomes) changes.
 */
export const useFloorMeetings = (eventId: string, slotIds: readonly string[]): FloorMeetings | undefined => {
  const db = useDesk();
  const key = slotIds.join('|');
  return useLiveQuery(
    () =>
      db.transaction('r', [db.meetings, db.meetingRequests, db.outcomes], async () => {
        const ids = key === '' ? [] : key.split('|');
        const meetings = await db.meetings
          .where('slotId')
          .anyOf(ids)
          .filter((m) => m.eventId === eventId && !m.deleted)
          .toArray();
        const requestIds = [...new Set(meetings.flatMap((m) => (m.requestId ? [m.requestId] : [])))];
        const [requests, outcomes] = await Promise.all([
          db.meetingRequests.bulkGet(requestIds),
          db.outcomes
            .where('meetingId')
            .anyOf(meetings.map((m) => m.id))
            .filter((o) => !o.deleted)
            .toArray(),
        ]);
        const bySlot = new Map<string, Meeting[]>(ids.map((id) => [id, []]));
        for (const m of meetings) bySlot.get(m.slotId)?.push(m);
        return {
          bySlot,
          requests: new Map(requests.flatMap((r) => (r && !r.deleted ? [[r.id, r] as const] : []))),
          recorded: new Set(outcomes.map((o) => o.meetingId)),
        };
      }),
    [db, eventId, key],
  );
};
