/**
 * What the bundles suite (bench/suites/bundles.ts) gets from a runtime: the
 * same measurement (bench/pages/bundles/pipeline.ts) run in Node directly and
 * in a Chromium worker. Plain data only, times in ms of `performance.now()`.
 */
export type BundleParams = {
  /** Records in the fair (issue 6: 50,000). */
  records: number;
  seed: number;
  /** Measured repetitions after one warm-up. */
  runs: number;
};

/** One call: wall time, and CPU time where the runtime can tell it (Node's `process.cpuUsage`, every thread of the process). */
export type Timing = { ms: number; cpuMs?: number };

/** One repetition of the four calls the goals are about. */
export type BundleRun = {
  /** `writeBundle` of the whole state. */
  exportPlain: Timing;
  exportEncrypted: Timing;
  /** `readBundle` of that bundle, then the import's plan against laptop B (`planMerge`, `maxStamp`). */
  importPlain: Timing;
  importEncrypted: Timing;
};

/** The stages of an export and an import, each timed on its own (see STAGE_LABELS in bench/suites/bundlesReport.ts). */
export const STAGE_NAMES = [
  'validate',
  'ndjson',
  'sha256',
  'zip',
  'kdf',
  'deflate',
  'encrypt',
  'openBundle',
  'unlock',
  'decrypt',
  'inflate',
  'parse',
  'validateIn',
  'plan',
  'maxStamp',
] as const;
export type StageName = (typeof STAGE_NAMES)[number];

export type BundleMeasurement = {
  /** Records per kind of the fair laptop A exports. */
  records: Record<string, number>;
  /** Edits each laptop made while apart, and how many of them hit the same field of the same record. */
  edits: { exporter: number; local: number; conflicting: number };
  /** UTF-8 bytes of `JSON.stringify` of the exported state, and of each bundle. */
  bytes: { json: number; plain: number; encrypted: number };
  /** What importing A's bundle into B plans: records written, fields with a new conflict; the same for both bundles. */
  plan: { writes: number; newConflicts: number };
  /** Measured repetitions only (the warm-up is left out). */
  runs: BundleRun[];
  /** Each stage's time per round (ms). */
  stages: Record<StageName, number[]>;
  /** Building the fair and the two laptops' states, once, before any timing. */
  fixtureMs: number;
};

export type BundlesApi = {
  /** Runs the measurement in a module worker and returns it with the page's long tasks (> 50 ms) while it ran. */
  run(params: BundleParams): Promise<{ measurement: BundleMeasurement; longTasksMs: number[]; wallMs: number }>;
};

export type BundlesWindow = { bundlesBench: BundlesApi };

/** Worker → page: progress lines, then the result (or the error). */
export type WorkerReply = { type: 'log'; line: string } | { type: 'done'; measurement: BundleMeasurement } | { type: 'failed'; message: string };
