import { useMemo } from 'react';
import type { MeetingRequest } from '@shared/model';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDesk } from '../../app/DeskContext';
import type { RegistryData } from '../registry/useRegistryData';
import { buildScheduleView, type ScheduleView } from '../schedule/view';

/**
 * The schedule of one person, as the schedule screens' `ScheduleView`: only
 * their meetings and the requests behind them, so showing a card after each
 * check-in costs a few rows, not the fair's ten thousand meetings. The same
 * view feeds `agendasHtml` for 打印日程.
 */
export const usePersonSchedule = (data: RegistryData, personId: string | null): ScheduleView | undefined => {
  const db = useDesk();
  const eventId = data.event.id;
  const live = useLiveQuery(
    async () => {
      if (!personId) return undefined;
      return db.transaction('r', [db.meetings, db.meetingRequests], async () => {
        const meetings = await db.meetings
          .where('eventId')
          .equals(eventId)
          .filter((m) => !m.deleted && m.participantIds.includes(personId))
          .toArray();
        const requestIds = [...new Set(meetings.flatMap((m) => (m.requestId ? [m.requestId] : [])))];
        const requests = (await db.meetingRequests.bulkGet(requestIds)).filter((r): r is MeetingRequest => r !== undefined && !r.deleted);
        return { meetings, requests };
      });
    },
    [db, eventId, personId],
  );
  const needs = useMemo(() => new Map(data.lists.needs.map((n) => [n.id, n])), [data.lists.needs]);
  const achievements = useMemo(() => new Map(data.lists.achievements.map((a) => [a.id, a])), [data.lists.achievements]);
  return useMemo(
    () =>
      live &&
      buildScheduleView({
        event: data.event,
        organisations: data.organisations,
        participants: data.participants,
        needs,
        achievements,
        requests: new Map(live.requests.map((r) => [r.id, r])),
        meetings: live.meetings,
      }),
    [live, data.event, data.organisations, data.participants, needs, achievements],
  );
};
