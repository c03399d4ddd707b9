import { useMemo } from 'react';
import { useEventRows } from '../../app/useEventRows';
import type { RegistryData } from '../registry/useRegistryData';
import { registryView, type ScheduleView } from '../schedule/view';

/**
 * The schedule of one person, as the schedule screens' `ScheduleView`: only
 * their meetings and the requests behind them, picked from the event's
 * in-memory mirrors (renderer/db/tableMirror.ts), so a card after each
 * check-in reads nothing from IndexedDB (the live query this replaced walked
 * a cursor over every meeting of the fair). The same view feeds
 * `agendasHtml` for 打印日程.
 */
export const usePersonSchedule = (data: RegistryData, personId: string | null): ScheduleView | undefined => {
  const eventId = data.event.id;
  const meetings = useEventRows('meetings', eventId);
  const requests = useEventRows('meetingRequests', eventId);
  const live = useMemo(() => {
    if (!personId || !meetings || !requests) return undefined;
    const mine = meetings.filter((m) => m.participantIds.includes(personId));
    const requestIds = new Set(mine.flatMap((m) => (m.requestId ? [m.requestId] : [])));
    return { meetings: mine, requests: requests.filter((r) => requestIds.has(r.id)) };
  }, [meetings, requests, personId]);
  return useMemo(() => live && registryView(data, live.requests, live.meetings), [live, data]);
};
