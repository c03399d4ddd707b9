import { formatMs, formatSpread, median, percentile, spread } from '../harness/stats';
import type { Goal, ReportTable } from '../harness/types';
import type { ExportSample, ImportSample, StepName, StepSamples, SyncRepetition, Timed } from '../pages/sync/protocol';
import { latencyCells } from './scheduleGridReport';

/** The sync suite's figures as goals and report tables: raw samples in, Markdown-ready cells out. */
export type SyncRun = {
  /** Measured repetitions only (the warm-up is left out). */
  reps: SyncRepetition[];
  steps: StepSamples;
};

/** Issue 6 at a fair: a full export ≤ 2 s, the whole fair into an empty laptop ≤ 5 s, an import of a bundle already merged ≤ 2 s (all p95). */
export const SYNC_GOALS = { exportMs: 2_000, importMs: 5_000, reimportMs: 2_000 } as const;

const importMs = (s: ImportSample): number => s.preview.ms + s.commit.ms;
const longest = (timings: readonly Timed[]): number => Math.max(0, ...timings.flatMap((t) => t.longTasksMs));
export const formatKb = (bytes: number): string => `${Math.round(bytes / 1024).toLocaleString('en-US')} KB`;
const count = (n: number): string => n.toLocaleString('en-US');

const timeGoal = (label: string, samples: readonly number[], target: number): Goal => {
  const p95 = percentile(samples, 95);
  return { label: `${label}, p95 of ${samples.length}`, target: `≤ ${formatMs(target)}`, measured: `${formatMs(p95)} (max ${formatMs(Math.max(...samples))})`, met: p95 <= target };
};

export const syncGoals = (run: SyncRun): Goal[] => {
  const { reps } = run;
  const records = reps[0]?.exportPlain.records ?? 0;
  const rewrites = Math.max(...reps.flatMap((r) => [r.reimport.previewWrites, r.reimport.commitWrites]));
  const converged = reps.filter((r) => r.merge.converged).length;
  return [
    timeGoal(`full export of the fair (${count(records)} records), unencrypted, \`exportInWorker\` for another laptop`, reps.map((r) => r.exportPlain.ms), SYNC_GOALS.exportMs),
    timeGoal('the whole fair into an empty laptop: preview + commit (`openImportSession`) of the encrypted bundle', reps.map((r) => importMs(r.importEmpty)), SYNC_GOALS.importMs),
    timeGoal('the same bundle imported again: preview + commit (`openImportSession`)', reps.map((r) => importMs(r.reimport)), SYNC_GOALS.reimportMs),
    {
      label: `the same bundle imported again writes nothing (records in the preview's and the commit's plans, max of ${reps.length})`,
      target: '0',
      measured: count(rewrites),
      met: rewrites === 0,
    },
    {
      label: 'two laptops that diverged (~200 edits each, 20 on the same meetings) and exchanged bundles both ways hold the same event (canonical JSON of every record)',
      target: 'converged',
      measured: `converged: ${converged === reps.length ? 'yes' : 'no'} (${converged} of ${reps.length})`,
      met: converged === reps.length,
    },
  ];
};

const timedRow = (label: string, timings: readonly Timed[], size = '—'): string[] => [label, ...latencyCells(timings.map((t) => t.ms)), formatMs(longest(timings)), size];
const sizeOf = (samples: readonly ExportSample[]): string => (samples.length === 0 ? '—' : formatKb(median(samples.map((s) => s.bytes))));
const sum = (label: string, imports: readonly ImportSample[]): string[] => [label, ...latencyCells(imports.map(importMs)), formatMs(longest(imports.flatMap((i) => [i.preview, i.commit]))), '—'];

const callsTable = (run: SyncRun): ReportTable => {
  const pick = <T>(get: (r: SyncRepetition) => T): T[] => run.reps.map(get);
  const exports = (get: (r: SyncRepetition) => ExportSample) => pick(get);
  return {
    caption: 'The app’s calls on the whole fair, one per repetition (size: median)',
    columns: ['call', 'n', 'p50', 'p95', 'max', 'longest task', 'bundle'],
    rows: [
      timedRow('`exportInWorker` full, unencrypted, for another laptop', exports((r) => r.exportPlain), sizeOf(exports((r) => r.exportPlain))),
      timedRow('`exportInWorker` full, encrypted (PBKDF2-SHA256 600,000 rounds, AES-256-GCM)', exports((r) => r.exportEncrypted), sizeOf(exports((r) => r.exportEncrypted))),
      timedRow('`backupSnapshot` (full, unencrypted)', exports((r) => r.backup), sizeOf(exports((r) => r.backup))),
      timedRow('into the empty laptop B: preview (`openImportSession`)', pick((r) => r.importEmpty.preview)),
      timedRow('… commit', pick((r) => r.importEmpty.commit)),
      sum('… both', pick((r) => r.importEmpty)),
      timedRow('the same bundle into B again: preview (`openImportSession`)', pick((r) => r.reimport.preview)),
      timedRow('… commit', pick((r) => r.reimport.commit)),
      sum('… both', pick((r) => r.reimport)),
      timedRow('merge: B’s export to A (B has no acknowledged export, so the delta asked for is full), encrypted', exports((r) => r.merge.exportB), sizeOf(exports((r) => r.merge.exportB))),
      sum('… into A: preview + commit (`openImportSession`)', pick((r) => r.merge.importA)),
      timedRow('merge: A’s answer, a delta since its export to B, encrypted', exports((r) => r.merge.exportA), sizeOf(exports((r) => r.merge.exportA))),
      sum('… into B: preview + commit (`openImportSession`)', pick((r) => r.merge.importB)),
    ],
  };
};

const range = (xs: readonly number[]): string => {
  const lo = Math.min(...xs);
  const hi = Math.max(...xs);
  return lo === hi ? count(lo) : `${count(lo)}–${count(hi)}`;
};

const mergeTable = (run: SyncRun): ReportTable => {
  const m = run.reps.map((r) => r.merge);
  const rows: [string, string][] = [
    ['edits on B / on A (markMeeting, saveOutcome, checkIn; one transaction each)', `${range(m.map((x) => x.editsB))} / ${range(m.map((x) => x.editsA))}`],
    ['one edit, median (max)', `${formatMs(median(m.flatMap((x) => x.editMs)))} (${formatMs(Math.max(...m.flatMap((x) => x.editMs)))})`],
    ['B → A: bundle kind, records', `${m[0]?.exportB.kind ?? '—'}, ${range(m.map((x) => x.exportB.records))}`],
    ['… records A’s commit wrote, conflicts it opened', `${range(m.map((x) => x.importA.commitWrites))}, ${range(m.map((x) => x.importA.newConflicts))}`],
    ['A → B: bundle kind, records', `${m[0]?.exportA.kind ?? '—'}, ${range(m.map((x) => x.exportA.records))}`],
    ['… records B’s commit wrote, conflicts it opened', `${range(m.map((x) => x.importB.commitWrites))}, ${range(m.map((x) => x.importB.newConflicts))}`],
    ['records holding a kept conflict afterwards', range(m.map((x) => x.conflictedRecords))],
    ['A and B identical afterwards', m.map((x) => (x.converged ? 'yes' : `no (${x.firstDifference ?? '?'})`)).join(', ')],
    ['canonical JSON compared', `${range(m.map((x) => Math.round(x.stateChars / 1024)))} K characters`],
  ];
  return { caption: 'The two-laptop merge, per repetition (ranges over the repetitions)', columns: ['', ''], rows };
};

export const STEP_LABELS: Record<StepName, string> = {
  read: 'export: `readEventState` in one read transaction (every kind through its eventId index)',
  validate: 'export: every record checked against its kind’s zod schema (`checkRecords`, as `writeBundle` does before packing)',
  ndjson: 'export: records sorted by id, canonical JSON per line, UTF-8',
  sha256: 'export: SHA-256 of each record file',
  zip: 'export: zip with DEFLATE level 6 (fflate `zipSync`, unencrypted bundles)',
  sign: 'export: an Ed25519 signature (manifest-sized input)',
  writeBundle: '`writeBundle` whole, unencrypted (the above but the read, plus the manifest)',
  kdf: 'encrypted export: PBKDF2-SHA256 600,000 rounds and the key wrap (`createSealer`)',
  deflate: 'encrypted export: DEFLATE level 6 of each record file (fflate `deflateSync`)',
  encrypt: 'encrypted export: AES-256-GCM of each file',
  unzip: 'import: unzip (fflate `unzipSync`, after listing the entries)',
  openBundle: 'import: `openBundle` whole (unzip, manifest, Ed25519 check, SHA-256 of each file)',
  unlock: 'encrypted import: PBKDF2-SHA256 600,000 rounds and the key unwrap (`unlockSealed`)',
  decrypt: 'encrypted import: AES-256-GCM of each file',
  inflate: 'encrypted import: inflate each file (fflate `Inflate`, with the size guard)',
  parse: 'import: UTF-8 decode and `JSON.parse` per line',
  validateIn: 'import: every record checked against its kind’s zod schema (`checkRecords`)',
  readBundle: '`readBundle` whole, encrypted (the import’s part before any database read)',
  lookupEmpty: 'import into an empty laptop: local versions read (the event through its eventId index, nothing found)',
  planEmpty: '… `planMerge` with nothing local',
  bulkPut: '… the writes: `bulkPut` per kind in one transaction',
  lookupFull: 'import into a laptop that has it all: local versions read (the event through its eventId index)',
  planFull: '… `planMerge`: a record whose stamps all match is unchanged without merging (writes nothing)',
};

const stepsTable = (run: SyncRun): ReportTable => ({
  caption: 'Where the time goes: each stage on its own on laptop A, median (min–max), and the longest main-thread task during it',
  columns: ['stage', 'time', 'longest task'],
  rows: (Object.keys(STEP_LABELS) as StepName[]).map((name) => {
    const runs = run.steps[name];
    return runs.length === 0 ? [STEP_LABELS[name], '—', '—'] : [STEP_LABELS[name], formatSpread(spread(runs.map((t) => t.ms))), formatMs(longest(runs))];
  }),
});

export const syncTables = (run: SyncRun): ReportTable[] => [callsTable(run), mergeTable(run), stepsTable(run)];

const stepMedian = (run: SyncRun, name: StepName): number => (run.steps[name].length === 0 ? 0 : median(run.steps[name].map((t) => t.ms)));

/** The stages that make up each call, summed from their medians, so the notes can say which one dominates. */
export const stageSums = (run: SyncRun) => {
  const m = (name: StepName) => stepMedian(run, name);
  return {
    exportPlain: { read: m('read'), validate: m('validate'), ndjson: m('ndjson'), sha256: m('sha256'), zip: m('zip') },
    importEmpty: {
      readBundle: m('readBundle'),
      lookup: 2 * m('lookupEmpty'),
      plan: 2 * m('planEmpty'),
      write: m('bulkPut'),
    },
    reimport: { readBundle: m('readBundle'), lookup: 2 * m('lookupFull'), plan: 2 * m('planFull') },
  };
};

const describeSum = (parts: Record<string, number>): string => {
  const total = Object.values(parts).reduce((a, b) => a + b, 0);
  return Object.entries(parts)
    .sort(([, a], [, b]) => b - a)
    .map(([name, ms]) => `${name} ${formatMs(ms)} (${Math.round((ms / Math.max(total, 1e-9)) * 100)} %)`)
    .join(', ');
};

export const syncNotes = (run: SyncRun): string[] => {
  const sums = stageSums(run);
  const seeded = run.reps[0]?.seed;
  if (!seeded) throw new Error('no measured repetition');
  const backups = run.reps.map((r) => r.backup);
  return [
    `The fair: bench/pages/eventday/seed.ts (${count(seeded.participants)} people, ${count(seeded.checkedIn)} checked in, ${count(seeded.meetings)} meetings and their requests, ${count(seeded.outcomes)} outcomes, 400 organisations, 600 needs, 600 achievements), seeded afresh on laptop A at the start of every repetition; laptop B is another IndexedDB database of the same profile, with its own device id, clock and Ed25519 key. No UI is mounted: the calls are the app’s own functions from renderer/db as the 数据交换 page and the automatic backup run them — exports, backups and imports in the bundle worker (\`exportInWorker\`, \`openImportSession\`), so their long-task column is what the page itself feels; the stage breakdown below times the same steps one by one on the main thread.`,
    'Each repetition: A exports (unencrypted and encrypted, the order alternating between repetitions since the first read after the seed is the coldest), backs up, B is emptied and imports the encrypted bundle, then imports it again; then B makes ~200 edits and A ~200 (20 of them marking the same meetings differently), B exports to A (a full bundle: B has no acknowledged export yet), A imports it, A answers with a delta since its acknowledged export to B, and B imports that; A’s and B’s `canonicalJson(canonicalState(readEventState(…)))` are then compared.',
    `Longest main-thread block: a backup (\`backupSnapshot\`, ${formatMs(median(backups.map((b) => b.ms)))} in all, median) froze the window for up to ${formatMs(longest(backups))} in one go (the longest long task over ${backups.length} backups); the unencrypted export’s longest was ${formatMs(longest(run.reps.map((r) => r.exportPlain)))}, the import’s ${formatMs(longest(run.reps.flatMap((r) => [r.importEmpty.preview, r.importEmpty.commit])))}. No goal is set for it; anything past ~100 ms is a visible freeze of the UI (STYLE.md asks for bundle packing in a web worker).`,
    `Where an unencrypted full export goes (stage medians): ${describeSum(sums.exportPlain)}.`,
    `Where the import into an empty laptop goes: ${describeSum(sums.importEmpty)} (stages timed one by one on the main thread; \`commitImport\` reuses the preview's plan when nothing was written in between, as here).`,
    `Where the re-import goes: ${describeSum(sums.reimport)}.`,
    `Against their counterparts: reading the local versions took ${formatMs(stepMedian(run, 'lookupFull'))} on a laptop that has them (${formatMs(stepMedian(run, 'lookupEmpty'))} on an empty one), and the export's read of the event ${formatMs(stepMedian(run, 'read'))}; inflating the encrypted files took ${formatMs(stepMedian(run, 'inflate'))}, deflating them ${formatMs(stepMedian(run, 'deflate'))}.`,
    'The long-task figures come from the browser’s `longtask` PerformanceObserver (bench/pages/registry/frames.ts), which reports main-thread tasks over 50 ms. WebCrypto (PBKDF2, AES-GCM, SHA-256) and IndexedDB’s disk work are asynchronous: their time counts in the totals, but only the JavaScript between them (zod, JSON, fflate, Dexie handling results) can make a long task; the stages table shows which stage blocks.',
  ];
};
