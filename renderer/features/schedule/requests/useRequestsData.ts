import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Achievement, DockingEvent, MeetingRequest, Need, Participant } from '@shared/model';
import { useDesk } from '../../../app/DeskContext';
import { readLiveRegistry } from '../../../db/liveRegistry';
import { readMeetingRequests } from '../../../db/meetingRequests';
import type { RequestLookups } from './requestRows';
import { slotGroups } from './slotGroups';

/** The event's live requests with the records they name, as lists (for pickers) and Maps (for rows). */
export type RequestsData = RequestLookups & {
  requests: MeetingRequest[];
  requestsById: ReadonlyMap<string, MeetingRequest>;
  people: Participant[];
  needList: Need[];
  achievementList: Achievement[];
};

/**
 * Re-read whenever requests or the registry change (Dexie's live query);
 * the slot groups follow the event, whose sessions the organiser may edit.
 */
export const useRequestsData = (event: DockingEvent): RequestsData | undefined => {
  const db = useDesk();
  const groups = useMemo(() => slotGroups(event), [event]);
  const read = useLiveQuery(async () => {
    const [requests, lists] = await Promise.all([readMeetingRequests(db, event.id), readLiveRegistry(db, event.id)]);
    return { requests, lists };
  }, [db, event.id]);
  return useMemo(() => {
    if (!read) return undefined;
    const { requests, lists } = read;
    return {
      requests,
      requestsById: new Map(requests.map((r) => [r.id, r])),
      people: lists.participants,
      needList: lists.needs,
      achievementList: lists.achievements,
      participants: new Map(lists.participants.map((p) => [p.id, p])),
      organisations: new Map(lists.organisations.map((o) => [o.id, o])),
      needs: new Map(lists.needs.map((n) => [n.id, n])),
      achievements: new Map(lists.achievements.map((a) => [a.id, a])),
      slotGroups: groups,
    };
  }, [read, groups]);
};
