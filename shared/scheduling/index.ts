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
export { sameInstance } from './sameInstance';
export { countTableChanges } from './tables';
export type * from './types';
export { scheduleExact, exactRefusal, EXACT_MAX_REQUESTS, DEFAULT_EXACT_TIME_LIMIT_MS, type ExactResult, type ExactOptions, type ExactCertificate } from './exact/scheduleExact';
export type { MipSolver, MipSolution, MipStatus, MipSolveOptions } from './exact/solver';
export { highsSolver, type HighsLike } from './exact/highsAdapter';
export { replan, REPLAN_TIME_LIMIT_MS } from './replan';
export type * from './replanTypes';
