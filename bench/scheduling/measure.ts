import type { PlannedMeeting, ScheduleInstance } from '../../shared/scheduling/types';
import { planFigures, type PlanFigures } from './figures';

/** Anything that plans an instance: the scheduler or a baseline. */
export type Planner = { name: string; plan(instance: ScheduleInstance): { meetings: readonly PlannedMeeting[] } };

/** One planner on one instance: the wall time and the figures of each measured repetition. */
export type Measured = { name: string; ms: number[]; figures: PlanFigures[] };

export type Checker = (instance: ScheduleInstance, meetings: readonly PlannedMeeting[]) => string[];

/**
 * Warm-up, then `runs` repetitions; in each, every planner plans the same
 * instance once, in an order that rotates from one repetition to the next.
 * Every plan, warm-up included, must pass `check` (the hard constraints):
 * a benchmark of an invalid plan would be meaningless, so it throws instead.
 */
export const measurePlanners = (label: string, instance: ScheduleInstance, planners: readonly Planner[], runs: number, check: Checker): Measured[] => {
  const measured = planners.map((p): Measured => ({ name: p.name, ms: [], figures: [] }));
  for (let rep = 0; rep <= runs; rep++) {
    for (let k = 0; k < planners.length; k++) {
      const i = (k + rep) % planners.length;
      const planner = planners[i] as Planner;
      const t0 = performance.now();
      const { meetings } = planner.plan(instance);
      const ms = performance.now() - t0;
      const problems = check(instance, meetings);
      if (problems.length > 0) {
        throw new Error(`${label}: ${planner.name} broke ${problems.length} hard constraint(s), e.g. ${problems.slice(0, 3).join('; ')}`);
      }
      if (rep > 0) {
        (measured[i] as Measured).ms.push(ms);
        (measured[i] as Measured).figures.push(planFigures(instance, meetings));
      }
    }
  }
  return measured;
};
