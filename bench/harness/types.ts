/**
 * The contract between the harness (`bench/run.ts`) and a suite
 * (`bench/suites/<name>.ts`). A suite measures; the harness describes the
 * machine, renders the report and appends it to docs/benchmarks.md.
 */
export type BenchContext = {
  /** Measured repetitions; every suite also runs one warm-up first that it does not report. */
  runs: number;
  /** Absolute path of the project root. */
  root: string;
  /** Progress for the person at the terminal (stderr), never part of the report. */
  log(message: string): void;
};

/** One Markdown table of the report. */
export type ReportTable = { caption: string; columns: string[]; rows: string[][] };

/** A speed goal from an issue and whether this run met it. */
export type Goal = { label: string; target: string; measured: string; met: boolean };

export type BenchReport = {
  /** What the suite measured, in one line, e.g. 'bulk import and search at 20,000 participants'. */
  title: string;
  /** Facts about the run beyond the machine: browser version, library versions, settings. */
  environment: Record<string, string>;
  tables: ReportTable[];
  goals: Goal[];
  /** How the figures were obtained and what they mean. */
  notes: string[];
};

export type BenchSuite = {
  name: string;
  /** One line for the suite list that `npm run bench` prints. */
  summary: string;
  run(ctx: BenchContext): Promise<BenchReport>;
};
