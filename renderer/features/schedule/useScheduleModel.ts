import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Meeting, MeetingRequest } from '@shared/model';
import { upperBound } from '@shared/scheduling';
import { createMoveCheck, explainUnplaced, fairInstance, floorMeetings, type FairInstance, type FairRecords, type FloorMeeting, type MoveCheck, type RequestScope, type Unplaced } from '@shared/scheduling/fair';
import { useDesk } from '../../app/DeskContext';
import { moveLabels, planBasis } from '../../db/meetings';
import type { RegistryData } from '../registry/useRegistryData';
import { buildScheduleView, personRef, topicOf, type PersonRef, type ScheduleView } from './view';

/**
 * Everything the 洽谈排期 screens read, derived once per change of the
 * stored schedule: the instance the planner sees, the floor, the grid's view,
 * the move check, what is not placed and why, and the proven bound.
 */
export type ScheduleModel = {
  records: FairRecords;
  requests: MeetingRequest[];
  fair: FairInstance;
  floor: FloorMeeting[];
  view: ScheduleView;
  moveCheck: MoveCheck;
  unplaced: Unplaced[];
  /** `upperBound` of the instance: no plan can hold more priority weight. */
  bound: number;
  basis: string;
  /** Names for lists outside the grid (requests without a meeting). */
  person(id: string): PersonRef;
  topic(request: MeetingRequest): string;
};

const useMeetingsAndRequests = (eventId: string) => {
  const db = useDesk();
  return useLiveQuery(
    () =>
      db.transaction('r', [db.meetings, db.meetingRequests], async () => {
        const [meetings, requests] = await Promise.all([
          db.meetings.where('eventId').equals(eventId).filter((m) => !m.deleted).toArray(),
          db.meetingRequests.where('eventId').equals(eventId).filter((r) => !r.deleted).toArray(),
        ]);
        return { meetings, requests };
      }),
    [db, eventId],
  );
};

export const deriveScheduleModel = (data: RegistryData, meetings: Meeting[], requests: MeetingRequest[], scope: RequestScope): ScheduleModel => {
  const records: FairRecords = { event: data.event, participants: data.lists.participants, requests, meetings };
  const fair = fairInstance(records, scope);
  const floor = floorMeetings(fair, meetings);
  const labels = moveLabels(records, fair);
  const needs = new Map(data.lists.needs.map((n) => [n.id, n]));
  const achievements = new Map(data.lists.achievements.map((a) => [a.id, a]));
  const view = buildScheduleView({
    event: data.event,
    organisations: data.organisations,
    participants: data.participants,
    needs,
    achievements,
    requests: new Map(requests.map((r) => [r.id, r])),
    meetings,
  });
  return {
    records,
    requests,
    fair,
    floor,
    view,
    moveCheck: createMoveCheck(fair.instance, floor, labels),
    unplaced: explainUnplaced(fair.instance, floor, labels),
    bound: upperBound(fair.instance),
    basis: planBasis(records),
    person: (id) => personRef(data.participants.get(id), id, data.organisations),
    topic: (request) => topicOf(request, needs, achievements),
  };
};

export const useScheduleModel = (data: RegistryData, scope: RequestScope): ScheduleModel | undefined => {
  const live = useMeetingsAndRequests(data.event.id);
  return useMemo(() => (live ? deriveScheduleModel(data, live.meetings, live.requests, scope) : undefined), [data, live, scope]);
};
