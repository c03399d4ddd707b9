import loadHighs from 'highs';
import { highsSolver, type MipSolver } from '../shared/scheduling';

let runtime: ReturnType<typeof loadHighs> | undefined;

/**
 * HiGHS in Node for `schedule --exact` and the benchmarks: the package finds
 * its .wasm beside its loader. Loaded once per process; a failed load is
 * retried on the next call rather than remembered.
 */
export const nodeHighsSolver = async (): Promise<MipSolver> => {
  runtime ??= loadHighs().catch((error: unknown) => {
    runtime = undefined;
    throw error;
  });
  return highsSolver(await runtime);
};
