import { seededRandom } from '../ids';
import { anneal, converged, keyOf } from './anneal';
import { upperBoundOfModel } from './bound';
import { construct, openRequests } from './construct';
import { breakFloor, placeableWeight } from './floor';
import { fillFree, guidedSearch } from './guide';
import { raiseWeight } from './insert';
import { compileModel } from './model';
import { createReporter } from './progress';
import { explain } from './reasons';
import { improveBreaks, satSuits } from './sat/improveBreaks';
import { breakRange, createState } from './state';
import { assignTables } from './tables';
import type { PlannedMeeting, ScheduleInstance, ScheduleOptions, SchedulePlan } from './types';

export const DEFAULT_TIME_LIMIT_MS = 1000;
/**
 * Shares of the time limit the weight search, then the narrowing of domains,
 * may use at most; the break search has the rest, half of it guided. The
 * weight comes first, and its search ends by itself once a pass gains nothing,
 * so a generous share costs the break search time only where weight is still won.
 */
const WEIGHT_SHARE = 0.4;
const NARROW_SHARE = 0.1;
/**
 * Share of the time limit, at the end of the search, for the SAT search for
 * fewer breaks (sat/improveBreaks.ts) on instances small enough for it.
 * Measured on the B2B instances (seed 1, CPU clock): 0.3, 0.5 and 0.7 all put
 * 18 of 56 at the published optimum (12 without it); 0.3 left the smallest
 * total gap but one, and keeps the most time for the annealer, which finds
 * the plans the SAT search starts from.
 */
const SAT_SHARE = 0.3;
/**
 * Time kept back from the search for what follows it (placing what still
 * fits, tables, the result, a reason for every request left out), so that the
 * whole call ends within its limit. Measured on a 2-core EPYC: 0.2 ms on the
 * B2B instances (200 requests), 8–17 ms on fairs S–L (1,500–10,000 requests,
 * thousands left out); kept about twice that, at most TAIL_SHARE of the limit.
 */
const TAIL_MS = 8;
const TAIL_MS_PER_REQUEST = 0.003;
const TAIL_SHARE = 0.1;

/**
 * 自动排期: plans the meetings of a parsed instance (see validate.ts).
 *
 * Objectives, in order: (1) the held priority weight, (2) the fewest breaks,
 * (3) `maxBreakSpread` as a bound on (max − min) breaks, (4) few table changes.
 * Steps: the upper bound on the weight (bound.ts); a constructive sweep
 * through the slots (construct.ts); ejection chains that raise the weight
 * (insert.ts); simulated annealing on weight, breaks and the spread
 * (anneal.ts), first inside domains narrowed by the hope of a plan without
 * breaks (guide.ts, narrow.ts), then in the full domains; on instances small
 * enough, a SAT search for the same meetings with fewer breaks, started from
 * the annealer's plan (sat/improveBreaks.ts); tables slot by slot,
 * keeping people at the table they sat at (tables.ts); a reason for every
 * request left out (reasons.ts). Internally everything is integer indices and
 * typed arrays (model.ts, state.ts), so 10,000 requests plan in about a second.
 *
 * The spread bound is hard for the break search, not for the weight: the
 * scheduler never drops a meeting to meet it (dropping people's meetings until
 * their idle times look even would always "meet" it, and no organiser wants
 * that). Among the plans of the weight found it returns one within the bound
 * when the search finds one, else the one closest to it, with
 * `stats.breakSpreadMet` false, so the bound is never broken silently.
 *
 * `after` binds when both meetings are held: a follow-up whose first meeting
 * could not be placed is still worth holding, and both show in the result.
 *
 * The whole call, tables and result included, ends within `timeLimitMs`: the
 * search stops early enough to leave the steps after it their time (TAIL_MS).
 *
 * It returns early when the plan is proven best: the weight reaches the upper
 * bound and the breaks a proven floor (floor.ts; 0 when the bound leaves room
 * for less than everything), within the spread bound, or the SAT search proves
 * that no plan of its meetings has fewer breaks. `onProgress` hears the
 * best plan's figures at each phase's end and every PROGRESS_EVERY_MS of search.
 *
 * Deterministic for a seed and a clock: the search reads `options.now` only to
 * pace and stop itself, so a fake clock makes runs repeatable; with the real
 * clock the amount of search, hence the plan, depends on the machine.
 */
export const schedule = (instance: ScheduleInstance, options: ScheduleOptions = {}): SchedulePlan => {
  const now = options.now ?? Date.now;
  const started = now();
  const limit = Math.max(0, options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS);
  const searchLimit = limit - Math.min(limit * TAIL_SHARE, TAIL_MS + TAIL_MS_PER_REQUEST * instance.requests.length);
  const at = (share: number) => started + searchLimit * share;
  const random = seededRandom(options.seed ?? 1).float;
  const spread = options.maxBreakSpread;

  const m = compileModel(instance);
  const upperBound = upperBoundOfModel(m);
  // The floor only speaks of plans that hold everything, so it applies only when the bound allows that.
  const minBreaks = upperBound >= placeableWeight(m) ? breakFloor(m) : 0;
  const report = createReporter(options.onProgress, started, limit, upperBound);
  const open = openRequests(m);
  const st = createState(m);
  const run = { random, now, spread, maxWeight: upperBound, minBreaks, report };
  const done = () => {
    const key = keyOf(st, spread);
    report.phase(now(), key);
    return converged(key, run);
  };
  construct(st);
  if (!done()) {
    raiseWeight(st, open, { random, timeUp: () => now() >= at(WEIGHT_SHARE) }, upperBound);
    if (!done()) {
      const narrowBy = at(WEIGHT_SHARE + NARROW_SHARE);
      const satFrom = satSuits(m) ? at(1 - SAT_SHARE) : at(1);
      guidedSearch(st, open, upperBound, { ...run, narrowBy, deadline: (Math.min(now(), narrowBy) + satFrom) / 2 });
      if (!done()) anneal(st, open, { ...run, deadline: satFrom });
      if (!done()) improveBreaks(st, { now, deadline: at(1), spread, maxWeight: upperBound, minBreaks });
    }
  }
  fillFree(st, open);
  report.phase(now(), keyOf(st, spread));

  const tableOf = assignTables(st);
  const meetings: PlannedMeeting[] = [];
  const held: number[] = [];
  for (let r = 0; r < m.R; r++) if ((st.slotOf[r] ?? -1) >= 0) held.push(r);
  held.sort((x, y) => (st.slotOf[x] ?? 0) - (st.slotOf[y] ?? 0) || (tableOf[x] ?? 0) - (tableOf[y] ?? 0));
  for (const r of held) {
    const s = st.slotOf[r] ?? 0;
    meetings.push({ requestId: instance.requests[r]?.id ?? '', slotId: instance.slots[s]?.id ?? '', tableId: instance.tables[tableOf[r] ?? 0]?.id ?? '' });
  }
  const unscheduled = [];
  for (let r = 0; r < m.R; r++) if ((st.slotOf[r] ?? -1) < 0) unscheduled.push(explain(st, r));
  const { min, max } = breakRange(st);
  return {
    meetings,
    unscheduled,
    stats: {
      scheduled: st.held,
      weight: st.weight,
      upperBound,
      breaks: st.breaks,
      maxBreaks: max,
      minBreaks: min,
      ms: now() - started,
      ...(spread === undefined ? {} : { breakSpreadMet: max - min <= spread }),
    },
  };
};
