import { describe, expect, it } from 'vitest';
import { formatKb, stageSums, syncGoals, syncNotes, syncTables, type SyncRun } from '../../../bench/suites/syncReport';
import { STEP_NAMES, type ExportSample, type ImportSample, type StepSamples, type SyncRepetition } from '../../../bench/pages/sync/protocol';

const exported = (ms: number, kind: 'full' | 'delta' = 'full'): ExportSample => ({ ms, longTasksMs: [ms / 2], kind, bytes: 2_048_000, records: 24_000 });

const imported = (previewMs: number, commitMs: number, writes: number): ImportSample => ({
  preview: { ms: previewMs, longTasksMs: [] },
  commit: { ms: commitMs, longTasksMs: [120] },
  previewWrites: writes,
  commitWrites: writes,
  newConflicts: 0,
});

const repetition = (scale: number, options: { rewrites?: number; converged?: boolean } = {}): SyncRepetition => ({
  seed: { participants: 2000, checkedIn: 1400, tables: 250, slots: 40, meetings: 10000, noShows: 150, outcomes: 1700, storeMs: 1 },
  exportPlain: exported(1_000 * scale),
  exportEncrypted: exported(1_400 * scale),
  importEmpty: imported(1_500 * scale, 2_000 * scale, 24_000),
  reimport: imported(700 * scale, 800 * scale, options.rewrites ?? 0),
  merge: {
    editsA: 200,
    editsB: 200,
    editMs: [5, 7, 9],
    exportB: exported(1_100),
    importA: { ...imported(900, 1_000, 400), newConflicts: 20 },
    exportA: exported(300, 'delta'),
    importB: imported(200, 300, 200),
    conflictedRecords: 20,
    converged: options.converged ?? true,
    ...(options.converged === false ? { firstDifference: 'meetings mtg_1' } : {}),
    stateChars: 20_480_000,
  },
  backup: exported(1_050),
});

const steps = (ms: number): StepSamples => Object.fromEntries(STEP_NAMES.map((name) => [name, [ms, ms + 2, ms + 1].map((x) => ({ ms: x, longTasksMs: [x] }))])) as StepSamples;

describe('sync report', () => {
  it('meets every goal on a fast run that re-imports nothing and converges', () => {
    const run: SyncRun = { reps: [repetition(1), repetition(1.1), repetition(0.9)], steps: steps(10) };
    const goals = syncGoals(run);
    expect(goals.map((g) => g.met)).toEqual([true, true, true, true, true]);
    expect(goals[0]?.measured).toBe('1,100 ms (max 1,100 ms)');
    expect(goals[1]?.measured).toBe('3,850 ms (max 3,850 ms)');
    expect(goals[4]?.measured).toBe('converged: yes (3 of 3)');
  });

  it('fails the goals a slow run misses, a re-import that writes and a merge that does not converge', () => {
    const run: SyncRun = { reps: [repetition(1), repetition(2.5, { rewrites: 3, converged: false })], steps: steps(10) };
    const goals = syncGoals(run);
    expect(goals.map((g) => g.met)).toEqual([false, false, false, false, false]);
    expect(goals[3]?.measured).toBe('3');
    expect(goals[4]?.measured).toBe('converged: no (1 of 2)');
    const merge = syncTables(run)[1];
    expect(merge?.rows.find((r) => r[0]?.startsWith('A and B'))?.[1]).toBe('yes, no (meetings mtg_1)');
  });

  it('sums the stages of each call from their medians, the plan and the local read twice for an import', () => {
    const sums = stageSums({ reps: [repetition(1)], steps: steps(10) });
    expect(sums.exportPlain).toEqual({ read: 11, validate: 11, ndjson: 11, sha256: 11, zip: 11 });
    expect(sums.importEmpty).toEqual({ readBundle: 11, lookup: 22, plan: 22, write: 11 });
  });

  it('gives every table row as many cells as columns, and names the backup’s longest block in the notes', () => {
    const run: SyncRun = { reps: [repetition(1), repetition(1)], steps: steps(10) };
    for (const t of syncTables(run)) for (const row of t.rows) expect(row).toHaveLength(t.columns.length);
    expect(syncNotes(run).find((n) => n.startsWith('Longest main-thread block'))).toContain('up to 525 ms');
    expect(formatKb(2_048_000)).toBe('2,000 KB');
  });
});
