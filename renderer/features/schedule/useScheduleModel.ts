import { useEffect, useMemo, useState } from 'react';
import type { Meeting, MeetingRequest } from '@shared/model';
import { countBreaks, sameInstance, upperBound, type BreakCount, type ScheduleInstance } from '@shared/scheduling';
import { createMoveCheck, explainUnplaced, fairInstance, floorAsPlan, floorMeetings, occupiesSeat, type FairInstance, type FairRecords, type FloorMeeting, type MoveCheck, type RequestScope, type Unplaced } from '@shared/scheduling/fair';
import { useEventRows } from '../../app/useEventRows';
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
  requests: readonly MeetingRequest[];
  fair: FairInstance;
  floor: FloorMeeting[];
  view: ScheduleView;
  moveCheck: MoveCheck;
  /**
   * Worked out on first read, and only then: at 10,000 requests the reasons
   * take about a second, and only the 未排入 tab shows them.
   */
  readonly unplaced: Unplaced[];
  /** How many requests are not placed (the tab's badge, the figures), without their reasons. */
  unplacedCount: number;
  /**
   * `upperBound` of the instance: no plan can hold more priority weight.
   * Worked out on first read (a few hundred ms at fair L); the figures read
   * it after the grid has painted (useDeferredBound).
   */
  readonly bound: number;
  /** The placed meetings' priority weight and breaks, worked out once per change (the figures and agendas read them on every render). */
  weight: number;
  breaks: BreakCount;
  basis: string;
  /** Names for lists outside the grid (requests without a meeting). */
  person(id: string): PersonRef;
  topic(request: MeetingRequest): string;
};

/**
 * The event's meetings and requests from the app's mirrors of those tables
 * (renderer/db/tableMirror.ts): a move or a lock patches the one meeting it
 * wrote, instead of a live query re-reading the ~6,000 meetings.
 */
const useMeetingsAndRequests = (eventId: string) => {
  const meetings = useEventRows('meetings', eventId);
  const requests = useEventRows('meetingRequests', eventId);
  return useMemo(() => (meetings && requests ? { meetings, requests } : undefined), [meetings, requests]);
};

/** The requests of the instance with no seated meeting: what `explainUnplaced` gives a reason for, counted. */
const countUnplaced = (fair: FairInstance, floor: readonly FloorMeeting[]): number => {
  const placed = new Set(floor.flatMap((m) => (m.requestId && occupiesSeat(m) ? [m.requestId] : [])));
  return fair.instance.requests.reduce((n, r) => (placed.has(r.id) ? n : n + 1), 0);
};

/**
 * The last bound and the instance it was worked out for: a move of a
 * meeting leaves the instance as it was (only fixed meetings enter it), so
 * the next model finds its bound here instead of spending another few
 * hundred ms on it.
 */
let lastBound: { instance: ScheduleInstance; bound: number } | undefined;
const boundOf = (instance: ScheduleInstance): number => {
  if (lastBound === undefined || !sameInstance(lastBound.instance, instance)) lastBound = { instance, bound: upperBound(instance) };
  return lastBound.bound;
};

export const deriveScheduleModel = (data: RegistryData, meetings: readonly Meeting[], requests: readonly MeetingRequest[], scope: RequestScope): ScheduleModel => {
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
  let unplaced: Unplaced[] | undefined;
  let bound: number | undefined;
  const held = floorAsPlan(floor);
  const weightOf = new Map(fair.instance.requests.map((r) => [r.id, r.priority ?? 3]));
  return {
    records,
    requests,
    fair,
    floor,
    view,
    moveCheck: createMoveCheck(fair.instance, floor, labels),
    get unplaced() {
      return (unplaced ??= explainUnplaced(fair.instance, floor, labels));
    },
    unplacedCount: countUnplaced(fair, floor),
    get bound() {
      return (bound ??= boundOf(fair.instance));
    },
    weight: held.reduce((sum, m) => sum + (weightOf.get(m.requestId) ?? 0), 0),
    breaks: countBreaks(fair.instance, held),
    basis: planBasis(records),
    person: (id) => personRef(data.participants.get(id), id, data.organisations),
    topic: (request) => topicOf(request, needs, achievements),
  };
};

export const useScheduleModel = (data: RegistryData, scope: RequestScope): ScheduleModel | undefined => {
  const live = useMeetingsAndRequests(data.event.id);
  return useMemo(() => (live ? deriveScheduleModel(data, live.meetings, live.requests, scope) : undefined), [data, live, scope]);
};

/**
 * The model's bound once the page has painted: `undefined` (shown as “…”)
 * in the first frame, so opening 排期表 does not wait for a figure. It is
 * still one long task right after that frame, on the first open of a fair.
 */
export const useDeferredBound = (model: ScheduleModel): number | undefined => {
  const [known, setKnown] = useState<{ model: ScheduleModel; bound: number }>();
  useEffect(() => {
    // A task queued from an animation frame runs after that frame is painted; a bare timeout could run before it.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setKnown({ model, bound: model.bound }), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [model]);
  return known?.model === model ? known.bound : undefined;
};
