import { formatMs, formatRatio, formatSpread, median, percentile, spread } from '../harness/stats';
import type { Goal, ReportTable } from '../harness/types';
import { STAGE_NAMES, type BundleMeasurement, type BundleRun, type StageName, type Timing } from '../pages/bundles/protocol';
import { latencyCells } from './scheduleGridReport';

/** One runtime's figures: Node runs the pipeline directly, Chromium in a module worker of a bench page. */
export type RuntimeRun = {
  runtime: 'Node' | 'Chromium';
  measurement: BundleMeasurement;
  /** Chromium only: the page's main-thread long tasks (> 50 ms) while its worker ran everything. */
  longTasksMs?: number[];
};

/** Issue 6: “50,000 records: export ≤ 1.5 s, verify + import + merge ≤ 3 s, … the bundle at least 5× smaller than the plain JSON.” */
export const BUNDLE_GOALS = { exportMs: 1_500, importMs: 3_000, ratio: 5 } as const;

type CallName = keyof BundleRun;

const CALLS: readonly { name: CallName; label: string }[] = [
  { name: 'exportPlain', label: 'export: `writeBundle` of the whole state, unencrypted' },
  { name: 'exportEncrypted', label: 'export: `writeBundle`, encrypted (PBKDF2-SHA256 600,000 rounds, DEFLATE, AES-256-GCM)' },
  { name: 'importPlain', label: 'verify + import + merge: `readBundle` of the unencrypted bundle, `planMerge` into laptop B, `maxStamp`' },
  { name: 'importEncrypted', label: 'verify + import + merge of the encrypted bundle' },
];

const count = (n: number): string => n.toLocaleString('en-US');
const totalRecords = (m: BundleMeasurement): number => Object.values(m.records).reduce((a, b) => a + b, 0);
const samples = (run: RuntimeRun, name: CallName): Timing[] => run.measurement.runs.map((r) => r[name]);
export const formatMb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;

const timeGoal = (run: RuntimeRun, name: CallName, what: string, target: number): Goal => {
  const ms = samples(run, name).map((t) => t.ms);
  const p95 = percentile(ms, 95);
  return {
    label: `${run.runtime}: ${what}, p95 of ${ms.length}`,
    target: `≤ ${formatMs(target)}`,
    measured: `${formatMs(p95)} (max ${formatMs(Math.max(...ms))})`,
    met: p95 <= target,
  };
};

const ratioGoal = (run: RuntimeRun, which: 'plain' | 'encrypted'): Goal => {
  const { bytes } = run.measurement;
  const ratio = bytes.json / bytes[which];
  return {
    label: `${run.runtime}: the ${which === 'plain' ? 'unencrypted' : 'encrypted'} bundle at least 5× smaller than the plain JSON (\`JSON.stringify\` of the state, UTF-8)`,
    target: `≥ ${formatRatio(BUNDLE_GOALS.ratio)}`,
    measured: `${formatRatio(ratio)} (${formatMb(bytes[which])} vs ${formatMb(bytes.json)})`,
    met: ratio >= BUNDLE_GOALS.ratio,
  };
};

const responsiveGoal = (run: RuntimeRun): Goal[] => {
  if (run.longTasksMs === undefined) return [];
  const longest = Math.max(0, ...run.longTasksMs);
  return [
    {
      label: `${run.runtime}: the UI responsive throughout (work in a worker): the page's main-thread tasks over 50 ms while the worker ran every export and import`,
      target: 'none',
      measured: run.longTasksMs.length === 0 ? 'none' : `${run.longTasksMs.length}, longest ${formatMs(longest)}`,
      met: run.longTasksMs.length === 0,
    },
  ];
};

export const bundleGoals = (runs: readonly RuntimeRun[]): Goal[] =>
  runs.flatMap((run) => {
    const records = count(totalRecords(run.measurement));
    return [
      timeGoal(run, 'exportPlain', `export of ${records} records, unencrypted`, BUNDLE_GOALS.exportMs),
      timeGoal(run, 'exportEncrypted', `export of ${records} records, encrypted`, BUNDLE_GOALS.exportMs),
      timeGoal(run, 'importPlain', 'verify + import + merge, unencrypted', BUNDLE_GOALS.importMs),
      timeGoal(run, 'importEncrypted', 'verify + import + merge, encrypted', BUNDLE_GOALS.importMs),
      ratioGoal(run, 'plain'),
      ratioGoal(run, 'encrypted'),
      ...responsiveGoal(run),
    ];
  });

const cpuCell = (timings: readonly Timing[]): string => {
  const cpu = timings.flatMap((t) => (t.cpuMs === undefined ? [] : [t.cpuMs]));
  return cpu.length === 0 ? '—' : formatMs(median(cpu));
};

const callsTable = (runs: readonly RuntimeRun[]): ReportTable => ({
  caption: 'The four calls on 50,000 records, one of each per repetition (CPU: median, Node’s `process.cpuUsage`, every thread)',
  columns: ['call', 'runtime', 'n', 'p50', 'p95', 'max', 'CPU'],
  rows: CALLS.flatMap(({ name, label }) =>
    runs.map((run) => {
      const timings = samples(run, name);
      return [label, run.runtime, ...latencyCells(timings.map((t) => t.ms)), cpuCell(timings)];
    }),
  ),
});

const sizeTable = (runs: readonly RuntimeRun[]): ReportTable => ({
  caption: 'Sizes (bytes of the last repetition’s bundles)',
  columns: ['', ...runs.map((r) => r.runtime)],
  rows: [
    ['plain JSON (`JSON.stringify` of the exported state, UTF-8)', ...runs.map((r) => formatMb(r.measurement.bytes.json))],
    ['unencrypted bundle (zip, DEFLATE)', ...runs.map((r) => `${formatMb(r.measurement.bytes.plain)} (${formatRatio(r.measurement.bytes.json / r.measurement.bytes.plain)} smaller)`)],
    ['encrypted bundle (DEFLATE, then AES-256-GCM)', ...runs.map((r) => `${formatMb(r.measurement.bytes.encrypted)} (${formatRatio(r.measurement.bytes.json / r.measurement.bytes.encrypted)} smaller)`)],
  ],
});

export const STAGE_LABELS: Record<StageName, string> = {
  validate: 'export: every record checked against its kind’s zod schema (`checkRecords`, as `writeBundle` does first)',
  ndjson: 'export: records sorted by id, canonical JSON per line, UTF-8',
  sha256: 'export: SHA-256 of each record file (WebCrypto)',
  zip: 'export: zip with DEFLATE (fflate `zipSync`, unencrypted bundles)',
  kdf: 'encrypted export: PBKDF2-SHA256 600,000 rounds and the key wrap (`createSealer`)',
  deflate: 'encrypted export: DEFLATE of each record file (fflate `deflateSync`)',
  encrypt: 'encrypted export: AES-256-GCM of each file',
  openBundle: 'encrypted import: `openBundle` (unzip of stored entries, manifest, Ed25519 check, SHA-256 of each file)',
  unlock: 'encrypted import: PBKDF2-SHA256 600,000 rounds and the key unwrap (`unlockSealed`)',
  decrypt: 'encrypted import: AES-256-GCM of each file',
  inflate: 'encrypted import: inflate each file (with the size guard)',
  parse: 'encrypted import: UTF-8 decode and `JSON.parse` per line',
  validateIn: 'encrypted import: every record checked against its kind’s zod schema (`checkRecords`)',
  plan: 'encrypted import: `planMerge` against laptop B’s records',
  maxStamp: 'encrypted import: `maxStamp` (the clock moves past it before the commit)',
};

const stagesTable = (runs: readonly RuntimeRun[]): ReportTable => ({
  caption: 'Where the time goes: each stage on its own, median (min–max) over the rounds',
  columns: ['stage', ...runs.map((r) => r.runtime)],
  rows: STAGE_NAMES.map((name) => [
    STAGE_LABELS[name],
    ...runs.map((r) => {
      const ms = r.measurement.stages[name];
      return ms.length === 0 ? '—' : formatSpread(spread(ms));
    }),
  ]),
});

export const bundleTables = (runs: readonly RuntimeRun[]): ReportTable[] => [callsTable(runs), sizeTable(runs), stagesTable(runs)];

const stageMedian = (run: RuntimeRun, name: StageName): number => {
  const ms = run.measurement.stages[name];
  return ms.length === 0 ? 0 : median(ms);
};

/** The stages of one call by their medians, largest first, as shares of their sum. */
const describeStages = (run: RuntimeRun, names: readonly StageName[]): string => {
  const parts = names.map((name) => [name, stageMedian(run, name)] as const);
  const total = parts.reduce((a, [, ms]) => a + ms, 0);
  return [...parts]
    .sort(([, a], [, b]) => b - a)
    .map(([name, ms]) => `${name} ${formatMs(ms)} (${Math.round((ms / Math.max(total, 1e-9)) * 100)} %)`)
    .join(', ');
};

export const bundleNotes = (runs: readonly RuntimeRun[]): string[] => {
  const first = runs[0]?.measurement;
  if (!first) throw new Error('no runtime ran');
  const kinds = Object.entries(first.records)
    .map(([kind, n]) => `${count(n)} ${kind}`)
    .join(', ');
  return [
    `The fair: bench/fixtures/bundleFair.ts (seeded, built without a database in the stored shapes the repositories write): ${kinds} — ${count(totalRecords(first))} records, in id order as the app reads them; 70 % of the people checked in and the earliest rounds’ meetings marked held or 未到场 (each an edited field with \`fieldStamps\` and \`fieldSeen\`), an outcome for most held meetings. Built once per runtime before any timing (${runs.map((r) => `${r.runtime} ${formatMs(r.measurement.fixtureMs)}`).join(', ')}).`,
    `Two laptops (bench/fixtures/bundleEdits.ts): both held the whole fair, then worked apart through \`stampFields\`: A (the exporter) made ${first.edits.exporter} edits, B (the importer) ${first.edits.local}, ${first.edits.conflicting} of them the same meetings’ \`state\` on both (a real conflict), and 20 outcomes edited on both in different fields. B’s import of A’s bundle plans ${count(first.plan.writes)} writes and ${count(first.plan.newConflicts)} new conflicts, in every repetition and both runtimes.`,
    'Export is `writeBundle` of laptop A’s whole state (records checked, NDJSON, hashes, signature, zip); verify + import + merge is what the app’s import session runs in its worker before the database write: `readBundle` (zip, manifest, Ed25519 signature, SHA-256 of each file, decrypting, parsing and checking every record) and then `planMerge` against B’s records and `maxStamp`. B’s records are held in memory here, so the IndexedDB reads and writes around these calls (measured by the `sync` suite at the fair day’s scale) are not part of the figures.',
    'Node runs the pipeline directly in the harness’s process (tsx); Chromium runs the same module (bench/pages/bundles/pipeline.ts), built by Vite in production mode, in a module worker of bench/pages/bundles.html, as the app runs exports and imports in its bundle worker; the page only watches its own main thread (`longtask` observer). Both use the runtime’s own WebCrypto (Ed25519, SHA-256, PBKDF2, AES-GCM). The worker tells zod not to compile its object parsers with `new Function` (bench/pages/bundles/noEval.ts): the app’s Content-Security-Policy forbids it in the bundle worker, so that is how the app checks records; Node (the CLI) compiles them.',
    `Where the unencrypted export goes (stage medians): ${runs.map((r) => `${r.runtime}: ${describeStages(r, ['validate', 'ndjson', 'sha256', 'zip'])}`).join('; ')}.`,
    `Where the import of the encrypted bundle goes: ${runs.map((r) => `${r.runtime}: ${describeStages(r, ['openBundle', 'unlock', 'decrypt', 'inflate', 'parse', 'validateIn', 'plan', 'maxStamp'])}`).join('; ')}.`,
    'Wall times are the goals’ measure. The machine may be shared: the CPU column (Node) is the check that a slow figure was the code’s and not a neighbour’s.',
  ];
};
