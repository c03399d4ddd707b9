import { useLiveQuery } from 'dexie-react-hooks';
import type { Meeting, MeetingRequest, Outcome, OutcomeRevision } from '@shared/model';
import { useDesk } from '../../app/DeskContext';
import { readOperator } from '../../db/operator';
import { readMeetingOutcome, readOutcomeHistory } from '../../db/outcomes';

/** Everything the outcome form of one meeting reads, as stored now. */
export type MeetingOutcome = {
  meetingId: string;
  /** Undefined when the meeting is gone (deleted, or another event's). */
  meeting: Meeting | undefined;
  request: MeetingRequest | undefined;
  outcome: Outcome | undefined;
  /** Oldest first. */
  history: OutcomeRevision[];
  operator: string | undefined;
};

/**
 * One meeting, its request, its outcome and that outcome's revisions, in one
 * read-only transaction so they agree; re-read when any of them changes (a
 * save in another window shows in the history at once).
 */
export const useMeetingOutcome = (eventId: string, meetingId: string | null): MeetingOutcome | undefined => {
  const db = useDesk();
  return useLiveQuery(
    async () => {
      if (!meetingId) return undefined;
      return db.transaction('r', [db.meetings, db.meetingRequests, db.outcomes, db.outcomeRevisions, db.meta], async () => {
        const stored = await db.meetings.get(meetingId);
        const meeting = stored && !stored.deleted && stored.eventId === eventId ? stored : undefined;
        const request = meeting?.requestId ? await db.meetingRequests.get(meeting.requestId) : undefined;
        const outcome = await readMeetingOutcome(db, meetingId);
        const history = outcome ? await readOutcomeHistory(db, outcome.id) : [];
        return { meetingId, meeting, request: request && !request.deleted ? request : undefined, outcome, history, operator: await readOperator(db) };
      });
    },
    [db, eventId, meetingId],
  );
};
