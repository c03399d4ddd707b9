import type { MipSolution, MipSolver } from './solver';

/**
 * The few members of the `highs` package's loaded runtime the exact mode uses,
 * written structurally so shared/ depends on no WebAssembly package: the
 * loaders (cli/highsSolver.ts in Node, the app's worker loader) load HiGHS and
 * hand it here, and the two share one adapter.
 */
export type HighsModelLike = {
  readonly options: { set(values: Readonly<Record<string, string | number | boolean>>): unknown };
  readonly info: { get(name: string): number | bigint };
  getDimensions(): { readonly numCols: number };
  getColName(index: number): string;
  setSolution(solution: { colValue: Float64Array }): unknown;
  run(callbacks?: Readonly<Record<number, (event: { interrupt(): void }) => undefined>>): { readonly modelStatus: number };
  getObjectiveValue(): number;
  getSolution(): { readonly colValue: Float64Array };
  dispose(): void;
};

export type HighsLike = {
  createModel(source: { format: 'lp'; data: string }): HighsModelLike;
  readonly constants: {
    readonly callbackType: { readonly mipInterrupt: number; readonly simplexInterrupt: number };
    readonly modelStatus: { readonly optimal: number; readonly infeasible: number; readonly timeLimit: number; readonly interrupted: number; readonly iterationLimit: number; readonly solutionLimit: number };
  };
};

/** HiGHS's `primal_solution_status` when it holds a feasible point. */
const FEASIBLE_POINT = 2;

/**
 * Share of the time limit HiGHS may search: parsing the LP text comes before
 * it, and after it stops come postsolve and copying the solution out.
 */
const SOLVE_SHARE = 0.9;

/**
 * One solve per call, in a model disposed afterwards (Wasm memory is not
 * garbage-collected). Blocks its thread while HiGHS runs: the app calls it in
 * a worker. The gap options make "optimal" exact for the integral objective of
 * mipModel.ts: no relative slack, and an absolute gap below 1 leaves no room
 * for a better integral value. `now` is the clock the time limit is kept by
 * (parsing a large LP text takes a noticeable share of it).
 */
export const highsSolver =
  (highs: HighsLike, now: () => number = Date.now): MipSolver =>
  async (lp, { timeLimitMs, start }) => {
    const started = now();
    const model = highs.createModel({ format: 'lp', data: lp });
    try {
      const n = model.getDimensions().numCols;
      const names = Array.from({ length: n }, (_, i) => model.getColName(i));
      if (start !== undefined) {
        try {
          model.setSolution({ colValue: Float64Array.from(names, (name) => start.get(name) ?? 0) });
        } catch {
          // Only a hint: the solve goes on without it.
        }
      }
      const deadline = started + timeLimitMs * SOLVE_SHARE;
      model.options.set({ output_flag: false, time_limit: Math.max(0.01, (deadline - now()) / 1000), mip_rel_gap: 0, mip_abs_gap: 0.999 });
      // HiGHS looks at its clock only now and then; these hooks are called often, so the deadline holds.
      const stop = (event: { interrupt(): void }) => {
        if (now() >= deadline) event.interrupt();
        return undefined;
      };
      const { callbackType } = highs.constants;
      const { modelStatus } = model.run({ [callbackType.mipInterrupt]: stop, [callbackType.simplexInterrupt]: stop });
      return read(highs, model, modelStatus, names);
    } catch (error) {
      return { status: 'error', values: new Map(), message: error instanceof Error ? error.message : String(error) };
    } finally {
      model.dispose();
    }
  };

const read = (highs: HighsLike, model: HighsModelLike, modelStatus: number, names: readonly string[]): MipSolution => {
  const codes = highs.constants.modelStatus;
  if (modelStatus === codes.infeasible) return { status: 'infeasible', values: new Map() };
  const stopped = [codes.timeLimit, codes.interrupted, codes.iterationLimit, codes.solutionLimit].includes(modelStatus);
  if (modelStatus !== codes.optimal && !stopped) return { status: 'error', values: new Map(), message: `HiGHS model status ${modelStatus}` };
  if (Number(model.info.get('primal_solution_status')) !== FEASIBLE_POINT) return { status: stopped ? 'timeout-no-solution' : 'error', values: new Map() };
  const column = model.getSolution().colValue;
  const values = new Map(names.map((name, i) => [name, column[i] ?? 0]));
  const bound = Number(model.info.get('mip_dual_bound'));
  return {
    status: modelStatus === codes.optimal ? 'optimal' : 'feasible',
    objective: model.getObjectiveValue(),
    ...(Number.isFinite(bound) ? { bound } : {}),
    values,
  };
};
