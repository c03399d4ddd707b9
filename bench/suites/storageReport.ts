import { formatMs, formatRate, formatRatio, formatSpread, median, percentile, spread } from '../harness/stats';
import type { ReportTable } from '../harness/types';
import { QUERY_KINDS, type StorageBenchResult } from '../pages/storage/protocol';

/** The storage suite's figures as report tables: raw samples in, Markdown-ready cells out. */
const sumPairs = (a: readonly number[], b: readonly number[]) => a.map((x, i) => x + (b[i] ?? Number.NaN));

export type Baseline = { label: string; samples: readonly number[] };

/**
 * The raw variant with the lower median: the stricter baseline of this run.
 * Chosen by median, not per repetition: the smaller of two noisy samples
 * would make raw IndexedDB look faster than it is.
 */
export const fasterRaw = (r: StorageBenchResult): Baseline =>
  median(r.registry.rawInWaves) <= median(r.registry.rawAllAtOnce)
    ? { label: 'raw in waves', samples: r.registry.rawInWaves }
    : { label: 'raw all at once', samples: r.registry.rawAllAtOnce };

export const repositoryTotals = (r: StorageBenchResult): number[] => sumPairs(r.registry.repository.organisationsMs, r.registry.repository.participantsMs);

/** Median over median, then the range of the per-repetition ratios (repetition i of both sides ran in the same round). */
export const ratioCell = (side: readonly number[], base: readonly number[]): string => {
  const paired = spread(side.map((x, i) => x / (base[i] ?? Number.NaN)));
  return `${formatRatio(median(side) / median(base))} (${paired.min.toFixed(2)}–${paired.max.toFixed(2)})`;
};

export const importTable = (r: StorageBenchResult): ReportTable => {
  const g = r.registry;
  const rows = r.counts.organisations + r.counts.participants;
  const line = (label: string, samples: readonly number[], outcome = '✅') =>
    samples.length === 0
      ? [label, outcome, '—', '—', '—', '—']
      : [label, outcome, formatSpread(spread(samples)), formatRate(rows, median(samples)), ratioCell(samples, g.rawAllAtOnce), ratioCell(samples, g.rawInWaves)];
  const repo = g.repository;
  const split = repo.organisationsMs.length > 0 ? `: organisations ${formatMs(median(repo.organisationsMs))} + participants ${formatMs(median(repo.participantsMs))}` : '';
  return {
    caption: `Bulk import: ${r.counts.organisations.toLocaleString('en-US')} organisations, then ${r.counts.participants.toLocaleString('en-US')} participants`,
    columns: ['path', 'outcome', 'time, median (min–max)', 'rows/s', 'vs raw, all at once', 'vs raw, in waves'],
    rows: [
      line(
        `repository: \`createRecords\` (renderer/db/registry.ts)${split}`,
        repositoryTotals(r),
        repo.failed ? `❌ fails, not timed: ${repo.failed}` : '✅ all rows, one transaction per call',
      ),
      line('Dexie `bulkAdd` of the same records, in the same transactions and chunks of 500, no row work', g.dexieBulkAdd),
      line('raw IndexedDB, one strict transaction, every `put` issued at once', g.rawAllAtOnce),
      line("raw IndexedDB, one strict transaction, `put`s in waves of 500 (Dexie's pace)", g.rawInWaves),
    ],
  };
};

/** Empty when the repository failed: its row work is not worth dissecting then. */
export const breakdownTables = (r: StorageBenchResult): ReportTable[] => {
  if (r.registry.repository.failed) return [];
  const whole = median(repositoryTotals(r));
  const b = r.breakdown;
  const line = (label: string, samples: readonly number[]) => [label, formatSpread(spread(samples)), `${Math.round((median(samples) / whole) * 100)} %`];
  const table = {
    caption: `Where the repository's time goes: its row work without IndexedDB (${(r.counts.organisations + r.counts.participants).toLocaleString('en-US')} rows)`,
    columns: ['step', 'time, median (min–max)', 'share of the repository import'],
    rows: [
      line('validation (zod draft schemas)', b.validation),
      line('badge codes (`freshBadgeCode` per participant)', b.badgeCodes),
      line('integrity (snapshot lookup: uniqueness, references)', b.integrity),
      line('stamp (HLC) + id + record spread', b.stampAndId),
      line('the whole per-row loop as registry.ts runs it, awaits included, outside a transaction', b.loop),
      line('the same loop inside a Dexie rw transaction (zone tracking of its awaits), no writes', b.loopInTransaction),
    ],
  };
  return [table];
};

export const meetingsTable = (r: StorageBenchResult): ReportTable => {
  const m = r.meetings;
  const n = r.counts.meetings;
  return {
    caption: `Meeting-shaped rows: ${n.toLocaleString('en-US')}`,
    columns: ['path', 'time, median (min–max)', 'rows/s', 'vs raw, all at once'],
    rows: [
      ["Dexie `bulkPut` of all rows in one `db.transaction('rw', db.meetings)`", formatSpread(spread(m.dexieBulkPut)), formatRate(n, median(m.dexieBulkPut)), ratioCell(m.dexieBulkPut, m.rawAllAtOnce)],
      ['raw IndexedDB, one strict transaction, every `put` issued at once', formatSpread(spread(m.rawAllAtOnce)), formatRate(n, median(m.rawAllAtOnce)), '1.00×'],
    ],
  };
};

const latencyRow = (label: string, samples: readonly number[]) => [
  label,
  String(samples.length),
  formatMs(percentile(samples, 50)),
  formatMs(percentile(samples, 95)),
  formatMs(percentile(samples, 99)),
  formatMs(Math.max(...samples)),
];

export const searchTables = (r: StorageBenchResult): ReportTable[] => {
  const s = r.search;
  const ofKind = (kind: string) => s.keystrokeMs.flatMap((round) => round.filter((_, i) => s.keystrokes[i]?.kind === kind));
  const perRoundP95 = spread(s.keystrokeMs.map((round) => percentile(round, 95)));
  const slowest = s.keystrokes
    .map((k, i) => ({ ...k, ms: median(s.keystrokeMs.map((round) => round[i] ?? 0)) }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 5);
  return [
    {
      caption: `Search index: ${r.counts.participants.toLocaleString('en-US')} participants`,
      columns: ['step', 'time'],
      rows: [
        ['first build (`buildSearchEntry` for every participant, pinyin-pro start-up included)', formatMs(s.buildFirstMs)],
        ['rebuild, median (min–max)', formatSpread(spread(s.buildMs))],
      ],
    },
    {
      caption: `Search as you type: ${r.counts.queries} queries, ${r.counts.keystrokes} keystrokes × ${s.keystrokeMs.length} rounds, one \`search(entries, text, 200)\` per keystroke (p95 per round ${formatSpread(perRoundP95)})`,
      columns: ['keystrokes', 'n', 'p50', 'p95', 'p99', 'max'],
      rows: [
        latencyRow('all', s.keystrokeMs.flat()),
        ...QUERY_KINDS.map((kind) => latencyRow(`  ${kind}`, ofKind(kind))),
        latencyRow("the registry list's path (`useSearch`: no limit, ids to records through a Map kept per list), 1 round", s.uiKeystrokeMs),
      ],
    },
    {
      caption: 'Slowest keystrokes (median over the rounds)',
      columns: ['text in the box', 'kind', 'hits (≤ 200)', 'time'],
      rows: slowest.map((w) => [`\`${w.text}\``, w.kind, String(w.hits), formatMs(w.ms)]),
    },
  ];
};
