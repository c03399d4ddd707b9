import { describe, expect, it } from 'vitest';
import { bundleGoals, bundleNotes, bundleTables, formatMb, type RuntimeRun } from '../../../bench/suites/bundlesReport';
import { STAGE_NAMES, type BundleMeasurement, type BundleRun, type StageName } from '../../../bench/pages/bundles/protocol';

/** Node's timings carry CPU time, Chromium's do not. */
const repetition = (scale: number, cpu: boolean): BundleRun => ({
  exportPlain: { ms: 1_000 * scale, ...(cpu ? { cpuMs: 1_100 * scale } : {}) },
  exportEncrypted: { ms: 1_200 * scale },
  importPlain: { ms: 2_000 * scale },
  importEncrypted: { ms: 2_500 * scale },
});

const measurement = (scales: readonly number[], { plainBytes = 3_000_000, cpu = false } = {}): BundleMeasurement => ({
  records: { events: 1, organisations: 150, participants: 8_000, meetings: 28_000, outcomes: 13_849 },
  edits: { exporter: 280, local: 280, conflicting: 30 },
  bytes: { json: 24_000_000, plain: plainBytes, encrypted: plainBytes + 800 },
  plan: { writes: 280, newConflicts: 30 },
  runs: scales.map((scale) => repetition(scale, cpu)),
  stages: Object.fromEntries(STAGE_NAMES.map((name, i) => [name, [i + 1, i + 3, i + 2]])) as Record<StageName, number[]>,
  fixtureMs: 500,
});

describe('bundles report', () => {
  it('meets every goal of issue 6 in both runtimes on a fast run with small bundles and an idle page', () => {
    const runs: RuntimeRun[] = [
      { runtime: 'Node', measurement: measurement([1, 1.1, 0.9], { cpu: true }) },
      { runtime: 'Chromium', measurement: measurement([1, 1, 1]), longTasksMs: [] },
    ];
    const goals = bundleGoals(runs);
    expect(goals).toHaveLength(13);
    expect(goals.every((g) => g.met)).toBe(true);
    expect(goals[0]).toMatchObject({ label: 'Node: export of 50,000 records, unencrypted, p95 of 3', target: '≤ 1,500 ms', measured: '1,100 ms (max 1,100 ms)' });
    expect(goals[4]?.measured).toBe('8.00× (2.86 MiB vs 22.89 MiB)');
    expect(goals[12]?.measured).toBe('none');
  });

  it('fails the goals a slow run, a large bundle and a busy page miss', () => {
    const runs: RuntimeRun[] = [{ runtime: 'Chromium', measurement: measurement([1, 1.6], { plainBytes: 5_000_000 }), longTasksMs: [80, 120] }];
    const goals = bundleGoals(runs);
    expect(goals.map((g) => g.met)).toEqual([false, false, false, false, false, false, false]);
    expect(goals[2]?.measured).toBe('3,200 ms (max 3,200 ms)');
    expect(goals[6]?.measured).toBe('2, longest 120 ms');
  });

  it('gives every table row as many cells as columns, CPU time only where it was measured', () => {
    const runs: RuntimeRun[] = [
      { runtime: 'Node', measurement: measurement([1, 2], { cpu: true }) },
      { runtime: 'Chromium', measurement: measurement([1]), longTasksMs: [] },
    ];
    const tables = bundleTables(runs);
    for (const t of tables) for (const row of t.rows) expect(row).toHaveLength(t.columns.length);
    const calls = tables[0]?.rows ?? [];
    expect(calls[0]?.slice(1)).toEqual(['Node', '2', '1,000 ms', '2,000 ms', '2,000 ms', '1,650 ms']);
    expect(calls[1]?.at(-1)).toBe('—');
    expect(tables[2]?.rows[0]?.[1]).toBe('2.00 ms (1.00–3.00)');
    expect(bundleNotes(runs).some((n) => n.includes('plans 280 writes and 30 new conflicts'))).toBe(true);
    expect(formatMb(3 * 1024 * 1024)).toBe('3.00 MiB');
  });
});
