/**
 * The integer-programming solver the exact mode is handed. Injected, so
 * shared/ never loads WebAssembly: the CLI and the benchmarks pass HiGHS
 * loaded in Node (cli/highsSolver.ts), the app passes HiGHS loaded in its
 * worker (renderer/features/schedule/client/highsSolver.ts), and tests can
 * pass a fake that fails on purpose.
 */
export type MipStatus = 'optimal' | 'feasible' | 'infeasible' | 'timeout-no-solution' | 'error';

export type MipSolution = {
  /**
   * `optimal`: proven optimal (within an absolute gap below 1, which for an
   * integral objective is exact); `feasible`: a solution, not proven optimal
   * (time limit).
   */
  status: MipStatus;
  objective?: number;
  /** The dual (best possible) bound on the objective, when the solver reports one. */
  bound?: number;
  /** Value of each variable by name; variables left out are 0. */
  values: Map<string, number>;
  message?: string;
};

export type MipSolveOptions = {
  timeLimitMs: number;
  /**
   * A feasible solution to start from (every variable by name, missing = 0):
   * the heuristic plan, so the solver never ends with less than it.
   */
  start?: Map<string, number>;
};

/** Solves a model in CPLEX LP format (maximisation, integral objective). */
export type MipSolver = (lp: string, options: MipSolveOptions) => Promise<MipSolution>;
