import { useMemo } from 'react';
import type { Meeting, MeetingRequest } from '@shared/model';
import { useEventRows } from '../../app/useEventRows';

/** The meetings of the slots on show, the requests behind them, and which of them have an outcome. */
export type FloorMeetings = {
  bySlot: ReadonlyMap<string, Meeting[]>;
  requests: ReadonlyMap<string, MeetingRequest>;
  /** Meetings with a recorded outcome (记录成果 then reads 查看成果). */
  recorded: ReadonlySet<string>;
};

/**
 * The shown slots' meetings, from the app's mirrors of the event's meetings,
 * requests and outcomes (renderer/db/tableMirror.ts): a mark on the floor
 * patches one row there, and the boards are rebuilt from memory.
 */
export const useFloorMeetings = (eventId: string, slotIds: readonly string[]): FloorMeetings | undefined => {
  const meetings = useEventRows('meetings', eventId);
  const requests = useEventRows('meetingRequests', eventId);
  const outcomes = useEventRows('outcomes', eventId);
  const key = slotIds.join('|');
  const bySlot = useMemo(() => {
    if (!meetings) return undefined;
    const ids = key === '' ? [] : key.split('|');
    const map = new Map<string, Meeting[]>(ids.map((id) => [id, []]));
    for (const m of meetings) map.get(m.slotId)?.push(m);
    return map;
  }, [meetings, key]);
  const requestMap = useMemo(() => requests && new Map(requests.map((r) => [r.id, r])), [requests]);
  const recorded = useMemo(() => outcomes && new Set(outcomes.map((o) => o.meetingId)), [outcomes]);
  return useMemo(() => (bySlot && requestMap && recorded ? { bySlot, requests: requestMap, recorded } : undefined), [bySlot, requestMap, recorded]);
};
