import { countBreaks } from '../breaks';
import { checkPlan } from '../check';
// The heuristic through the public entry, so its internals can change freely.
import { DEFAULT_TIME_LIMIT_MS, schedule } from '../index';
import type { PlannedMeeting, ScheduleInstance, SchedulePlan } from '../types';
import { assignTablesExact } from './assignTablesExact';
import { compileExact, type ExactModel } from './compile';
import { explainExact } from './explainExact';
import { buildMip } from './mipModel';
import type { MipSolution, MipSolver, MipStatus } from './solver';

/**
 * Above this many requests the exact mode refuses: the program grows with
 * requests × slots and HiGHS in WebAssembly is single-threaded, so a larger
 * fair would spend its whole time limit without proving anything.
 */
export const EXACT_MAX_REQUESTS = 400;

/** What the CLI gives the exact mode when not told: long enough to prove small fairs optimal. */
export const DEFAULT_EXACT_TIME_LIMIT_MS = 30_000;

/** Share of the time limit the heuristic gets to find the starting plan. */
const HEURISTIC_SHARE = 0.2;

export type ExactOptions = {
  /** The whole run, heuristic and solver together. */
  timeLimitMs: number;
  maxBreakSpread?: number;
  seed?: number;
  now?: () => number;
};

/**
 * `optimal`: no valid plan is better (the solver proved it, or the heuristic's
 * plan meets the upper bound with no breaks); `improved`: better than the
 * heuristic's plan, not proven optimal; `heuristic-kept`: the heuristic's plan,
 * because the solver found nothing better or its answer was not usable.
 */
export type ExactCertificate = 'optimal' | 'improved' | 'heuristic-kept';

export type ExactResult = {
  plan: SchedulePlan;
  certificate: ExactCertificate;
  /** What the solver said; `not-run` when the heuristic's plan needed no proof or no time was left. */
  mipStatus: MipStatus | 'not-run';
  /** The solver's relative gap between its bound and the returned plan (0 when proven optimal). */
  gap?: number;
  /** In Chinese, for the organiser: why the heuristic's plan was kept, when it was. */
  message?: string;
};

/** The Chinese refusal for an instance too large for the exact mode, or undefined when it fits. */
export const exactRefusal = (instance: ScheduleInstance): string | undefined =>
  instance.requests.length > EXACT_MAX_REQUESTS
    ? `精确模式只适用于不超过 ${EXACT_MAX_REQUESTS} 个约谈申请的小规模实例，本实例有 ${instance.requests.length} 个；请使用常规的自动排期`
    : undefined;

/**
 * 精确排期: the heuristic's plan first, then an integer program (mipModel.ts)
 * solved by the injected solver within the rest of the time limit, started from
 * that plan. The program's plan is decoded, given tables and checked with
 * checkPlan; it replaces the heuristic's only when valid and strictly better
 * by the program's own objective (weight, then the spread bound, then breaks),
 * so the result is never worse and never invalid, whatever the solver returns.
 * Throws a RangeError with the Chinese refusal above EXACT_MAX_REQUESTS.
 */
export const scheduleExact = async (instance: ScheduleInstance, solver: MipSolver, options: ExactOptions): Promise<ExactResult> => {
  const refusal = exactRefusal(instance);
  if (refusal !== undefined) throw new RangeError(refusal);
  const now = options.now ?? Date.now;
  const started = now();
  const limit = Math.max(0, options.timeLimitMs);
  const { maxBreakSpread, seed } = options;
  const heuristic = schedule(instance, { maxBreakSpread, seed, now, timeLimitMs: Math.min(DEFAULT_TIME_LIMIT_MS, limit * HEURISTIC_SHARE) });

  const m = compileExact(instance);
  const mip = buildMip(m, maxBreakSpread, heuristic.stats.weight);
  const heuristicSlots = slotsOf(instance, heuristic.meetings);
  const finish = (plan: SchedulePlan, rest: Omit<ExactResult, 'plan'>): ExactResult => ({ plan: { ...plan, stats: { ...plan.stats, ms: now() - started } }, ...rest });

  // Nothing can beat all the weight there is with no breaks: no solver needed.
  if (mip.xCount === 0 || (heuristic.stats.weight >= heuristic.stats.upperBound && heuristic.stats.breaks === 0)) {
    return finish(heuristic, { certificate: 'optimal', mipStatus: 'not-run', gap: 0 });
  }
  const remaining = limit - (now() - started);
  if (remaining <= 0) return finish(heuristic, { certificate: 'heuristic-kept', mipStatus: 'not-run', message: '时限已用完，未运行整数规划，保留启发式排期' });

  let solution: MipSolution;
  try {
    solution = await solver(mip.lp, { timeLimitMs: remaining, start: mip.valuesOf(heuristicSlots) });
  } catch (error) {
    solution = { status: 'error', values: new Map(), message: error instanceof Error ? error.message : String(error) };
  }
  const kept = (message: string, plan = heuristic, gap?: number) => finish(plan, { certificate: 'heuristic-kept', mipStatus: solution.status, message, ...(gap === undefined ? {} : { gap }) });
  if (solution.status !== 'optimal' && solution.status !== 'feasible') {
    return kept(`整数规划未给出可用的解（${statusText[solution.status]}${solution.message ? `：${solution.message}` : ''}），保留启发式排期`);
  }

  // Nothing the solver says is taken on trust: its plan must decode, pass checkPlan and score
  // what it claims before it may replace the heuristic's plan or certify it.
  const slots = mip.decode(solution.values);
  if (slots === undefined) return kept('整数规划的解把同一约谈排进了多个时段，保留启发式排期');
  const plan = planOf(m, slots, heuristic, maxBreakSpread);
  const problems = checkPlan(instance, plan.meetings);
  if (problems.length > 0) return kept(`整数规划的解未通过校验（${problems[0] ?? ''}），保留启发式排期`);
  const value = mip.objectiveOf(slots);
  const incumbent = mip.objectiveOf(heuristicSlots);
  if (solution.objective !== undefined && Math.abs(solution.objective - value) > 0.5) return kept('整数规划报告的目标值与其解不符，保留启发式排期');
  const proven = solution.status === 'optimal';
  if (proven && value < incumbent) return kept('整数规划声称最优，但其解不如启发式排期，保留启发式排期');
  const gap = relativeGap(solution.bound, Math.max(value, incumbent), proven);
  const bestWeight = proven ? undefined : solution.bound === undefined ? undefined : mip.weightWithin(solution.bound);
  if (value <= incumbent) {
    if (!proven) return kept('整数规划在时限内未找到更好的方案，保留启发式排期', withUpperBound(heuristic, bestWeight), gap);
    return finish(withUpperBound(heuristic, heuristic.stats.weight), { certificate: 'optimal', mipStatus: solution.status, gap: 0 });
  }
  const certified = withUpperBound(plan, proven ? plan.stats.weight : bestWeight);
  return finish(certified, { certificate: proven ? 'optimal' : 'improved', mipStatus: solution.status, ...(gap === undefined ? {} : { gap }) });
};

const statusText: Record<MipStatus, string> = {
  optimal: '最优',
  feasible: '可行',
  infeasible: '模型无可行解',
  'timeout-no-solution': '时限内未找到解',
  error: '求解出错',
};

const slotsOf = (instance: ScheduleInstance, meetings: readonly PlannedMeeting[]): number[] => {
  const slotIndex = new Map(instance.slots.map((s, i) => [s.id, i]));
  const at = new Map(meetings.map((mt) => [mt.requestId, slotIndex.get(mt.slotId) ?? -1]));
  return instance.requests.map((r) => at.get(r.id) ?? -1);
};

const relativeGap = (bound: number | undefined, best: number, proven: boolean): number | undefined =>
  proven ? 0 : bound === undefined ? undefined : Math.max(0, bound - best) / Math.max(1, Math.abs(bound));

/** A tighter proven bound on the weight, when the solver gave one. */
const withUpperBound = (plan: SchedulePlan, bound: number | undefined): SchedulePlan =>
  bound === undefined || bound >= plan.stats.upperBound ? plan : { ...plan, stats: { ...plan.stats, upperBound: Math.max(bound, plan.stats.weight) } };

const planOf = (m: ExactModel, slots: readonly number[], heuristic: SchedulePlan, maxBreakSpread?: number): SchedulePlan => {
  const { instance } = m;
  const tables = assignTablesExact(m, slots);
  const held = slots.flatMap((s, r) => (s >= 0 ? [r] : []));
  held.sort((x, y) => (slots[x] ?? 0) - (slots[y] ?? 0) || (tables[x] ?? 0) - (tables[y] ?? 0));
  const meetings = held.map((r) => ({ requestId: instance.requests[r]?.id ?? '', slotId: instance.slots[slots[r] ?? 0]?.id ?? '', tableId: instance.tables[tables[r] ?? -1]?.id ?? '' }));
  const breaks = countBreaks(instance, meetings);
  const weight = held.reduce((sum, r) => sum + (m.w[r] ?? 0), 0);
  return {
    meetings,
    unscheduled: explainExact(m, slots),
    stats: {
      scheduled: held.length,
      weight,
      upperBound: heuristic.stats.upperBound,
      breaks: breaks.total,
      maxBreaks: breaks.max,
      minBreaks: breaks.min,
      ms: 0,
      ...(maxBreakSpread === undefined ? {} : { breakSpreadMet: breaks.max - breaks.min <= maxBreakSpread }),
    },
  };
};
