import { FAIR_SIZES, scheduleFair, type FairSizeName } from '../fixtures/scheduleFair';
import { formatMs, formatSpread, median, spread } from '../harness/stats';
import type { Goal, ReportTable } from '../harness/types';
import type { ScheduleInstance } from '../../shared/scheduling/types';
import { BASELINES } from './baselines';
import { across, count, fixed } from './format';
import { measurePlanners, type Checker, type Planner } from './measure';

/**
 * The generated fairs S, M, L: priority weight scheduled against the proven
 * upper bound, breaks and time, the scheduler beside both baselines.
 */
export const FAIR_SEED = 1;
export const WEIGHT_GOAL = 0.995;
export const L_TIME_GOAL_MS = 2_000;

export const fairPart = (scheduler: Planner, check: Checker, upperBound: (instance: ScheduleInstance) => number, runs: number, log: (m: string) => void) => {
  const planners = [scheduler, ...BASELINES];
  const goals: Goal[] = [];
  const rows: string[][] = [];
  const bounds: string[][] = [];

  for (const name of Object.keys(FAIR_SIZES) as FairSizeName[]) {
    const size = FAIR_SIZES[name];
    log(`fair ${name}: generating ${count(size.participants)} participants, ${count(size.requests)} requests`);
    const instance = scheduleFair(size, FAIR_SEED);
    const boundMs: number[] = [];
    let bound = 0;
    for (let rep = 0; rep <= runs; rep++) {
      const t0 = performance.now();
      bound = upperBound(instance);
      if (rep > 0) boundMs.push(performance.now() - t0);
    }
    bounds.push([name, count(bound), formatSpread(spread(boundMs))]);

    log(`fair ${name}: planning (warm-up + ${runs})`);
    const measured = measurePlanners(`fair ${name}`, instance, planners, runs, check);
    for (const m of measured) {
      const over = m.figures.find((f) => f.weight > bound);
      if (over) throw new Error(`fair ${name}: ${m.name} scheduled weight ${over.weight}, above the “upper bound” ${bound}: the bound is wrong`);
      rows.push([
        name,
        m.name,
        `${across(m.figures.map((f) => f.scheduled), count)} / ${count(size.requests)}`,
        across(m.figures.map((f) => f.weight), count),
        across(m.figures.map((f) => f.weight / bound), fixed(4)),
        across(m.figures.map((f) => f.meanBreaks), fixed(2)),
        across(m.figures.map((f) => f.maxBreaks)),
        formatSpread(spread(m.ms)),
      ]);
    }
    const ours = measured[0];
    if (!ours) throw new Error('no scheduler results');
    const worst = Math.min(...ours.figures.map((f) => f.weight / bound));
    goals.push({
      label: `fair ${name} (${count(size.participants)} participants, ${count(size.requests)} requests, ${size.slots} slots, ${size.tables} tables): scheduled weight ÷ upper bound`,
      target: `≥ ${WEIGHT_GOAL}`,
      measured: `${worst.toFixed(4)} (worst run)`,
      met: worst >= WEIGHT_GOAL,
    });
    if (name === 'L') {
      const ms = median(ours.ms);
      goals.push({ label: 'fair L: time to plan', target: `≤ ${formatMs(L_TIME_GOAL_MS)}`, measured: `${formatMs(ms)} median`, met: ms <= L_TIME_GOAL_MS });
    }
  }

  const tables: ReportTable[] = [
    {
      caption: `Generated fairs (bench/fixtures/scheduleFair.ts, seed ${FAIR_SEED}): the scheduler beside the baselines`,
      columns: ['fair', 'planner', 'held / requested', 'weight', 'weight ÷ upper bound', 'breaks per participant who meets, mean', 'max', 'time, median (min–max)'],
      rows,
    },
    { caption: 'Generated fairs: the upper bound on the weight (`upperBound`)', columns: ['fair', 'upper bound', 'time, median (min–max)'], rows: bounds },
  ];
  return { goals, tables };
};
