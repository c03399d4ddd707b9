import { isHeld } from '../floor';
import { isIntent, type MeetingState } from '../model';
import type { FairResultsInput, ResultsMeeting, ResultsOutcome } from './input';
import { FUNNEL_STEPS, type FunnelStep } from './types';

/** How far down the funnel one meeting went: an index into `FUNNEL_STEPS`. */
const depthOf = (state: MeetingState, outcome: ResultsOutcome | undefined): number => {
  if (state === '已取消') return 0;
  if (!isHeld(state)) return 1;
  if (!outcome) return 2;
  if (outcome.result === '现场签约') return 5;
  return isIntent(outcome.result) ? 4 : 3;
};

/**
 * 对接漏斗, counted per wish to meet: an accepted 约谈申请, or an ad-hoc
 * meeting (a wish that went straight to the floor). A request placed again
 * after a no-show is one wish with two meetings and goes as far as its
 * furthest meeting went, so each step is a subset of the one before:
 * 已排期 (a meeting not cancelled) → 已举行 → 已记录成果 (an outcome of a
 * held meeting) → 达成合作意向 (or better) → 现场签约. A request in another
 * state that still got a meeting counts as accepted: it was on the schedule.
 */
export const outcomeFunnel = (
  requests: FairResultsInput['requests'],
  meetings: readonly ResultsMeeting[],
  states: ReadonlyMap<string, MeetingState>,
  outcomeOf: ReadonlyMap<string, ResultsOutcome>,
): FunnelStep[] => {
  const depth = new Map<string, number>();
  for (const r of requests) if (r.state === '已接受') depth.set(r.id, 0);
  for (const m of meetings) {
    const key = m.requestId ?? m.id;
    const reached = depthOf(states.get(m.id) ?? m.state, outcomeOf.get(m.id));
    depth.set(key, Math.max(depth.get(key) ?? 0, reached));
  }
  const counts = FUNNEL_STEPS.map(() => 0);
  for (const d of depth.values()) for (let step = 0; step <= d; step++) counts[step] = (counts[step] ?? 0) + 1;
  return FUNNEL_STEPS.map((step, i) => ({ step, count: counts[i] ?? 0 }));
};
