import { countBreaks } from '../breaks';
import type { PlannedMeeting } from '../types';
import type { FairInstance } from './instance';
import type { FloorMeeting } from './moveCheck';
import { floorAsPlan } from './floor';

/**
 * 方案对比: the schedule on the floor beside a new plan, before the organiser
 * applies it: the figures of both and how many meetings the switch touches
 * (each moved meeting is a changed line on someone's printed agenda).
 */

export type PlanFigures = { scheduled: number; weight: number; breaks: number; maxBreaks: number };

export type PlanComparison = {
  current: PlanFigures;
  next: PlanFigures;
  /** Placed meetings that stay in their cell, move to another one, are new, or go (their request left the plan). */
  kept: number;
  moved: number;
  added: number;
  removed: number;
};

const figures = (fair: FairInstance, plan: readonly PlannedMeeting[]): PlanFigures => {
  const weightOf = new Map(fair.instance.requests.map((r) => [r.id, r.priority ?? 3]));
  const held = plan.filter((m) => weightOf.has(m.requestId));
  const breaks = countBreaks(fair.instance, held);
  return { scheduled: held.length, weight: held.reduce((sum, m) => sum + (weightOf.get(m.requestId) ?? 0), 0), breaks: breaks.total, maxBreaks: breaks.max };
};

export const comparePlans = (fair: FairInstance, floor: readonly FloorMeeting[], next: readonly PlannedMeeting[]): PlanComparison => {
  const movable = floor.filter((m) => !fair.fixedMeetingIds.has(m.id) && m.state === '待开始');
  const nextByRequest = new Map(next.map((m) => [m.requestId, m]));
  let kept = 0;
  let moved = 0;
  let removed = 0;
  const placedBefore = new Set<string>();
  for (const m of movable) {
    const planned = m.requestId ? nextByRequest.get(m.requestId) : undefined;
    if (!planned) removed++;
    else if (planned.slotId === m.slotId && planned.tableId === m.tableId) kept++;
    else moved++;
    if (m.requestId) placedBefore.add(m.requestId);
  }
  const fixedRequests = new Set(floor.filter((m) => fair.fixedMeetingIds.has(m.id)).flatMap((m) => (m.requestId ? [m.requestId] : [])));
  const added = next.filter((m) => !placedBefore.has(m.requestId) && !fixedRequests.has(m.requestId)).length;
  return { current: figures(fair, floorAsPlan(floor)), next: figures(fair, next), kept, moved, added, removed };
};
