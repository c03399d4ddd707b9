/**
 * 洽谈排期: one-on-one meeting scheduling. Pure: the clock is passed in, so the
 * same code runs in the app's worker, the CLI and the benchmarks.
 */
export { schedule, DEFAULT_TIME_LIMIT_MS } from './schedule';
export { parseInstance, type ParsedInstance } from './validate';
export type { InstanceProblem } from './instanceSchema';
export { countBreaks, type BreakCount } from './breaks';
export { checkPlan } from './check';
export { upperBound } from './bound';
export { countTableChanges } from './tables';
export type * from './types';
