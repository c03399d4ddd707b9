import type { ExactCertificate, ScheduleInstance, ScheduleOptions, ScheduleProgress, SchedulePlan } from '@shared/scheduling';

/**
 * What the scheduling worker is asked: one plan of one instance, by the
 * heuristic or, for a small fair, by the exact mode (HiGHS). Options that are
 * functions stay on the worker's side.
 */
export type PlanRequest = {
  instance: ScheduleInstance;
  options: Pick<ScheduleOptions, 'maxBreakSpread' | 'timeLimitMs' | 'seed'>;
  exact?: boolean;
};

/** A finished run: the plan and, from the exact mode, what it proved. */
export type PlanOutcome = { plan: SchedulePlan; certificate?: ExactCertificate; note?: string };

export type PlanReply = { type: 'progress'; progress: ScheduleProgress } | ({ type: 'done' } & PlanOutcome) | { type: 'error'; message: string };
