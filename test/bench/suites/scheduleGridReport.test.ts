import { describe, expect, it } from 'vitest';
import { gridGoals, gridTables, latencyCells, missedFrames, type GridRepetition, type GridRun } from '../../../bench/suites/scheduleGridReport';
import type { ScrollRun } from '../../../bench/pages/schedule/protocol';

const sweep = (frameMs: number[]): ScrollRun => ({ frameMs, blankFrames: 0, maxCells: 200, longTasksMs: [], rowsSeen: [0, 249], colsSeen: [0, 23] });

const repetition = (frameMs: number[], hoverMs: number, moveMs: number, openMs: number): GridRepetition => ({
  open: { figuresMs: openMs - 50, cardsMs: openMs - 20, paintedMs: openMs, meetingsShown: 5850, longTasksMs: [] },
  reopen: { figuresMs: openMs - 60, cardsMs: openMs - 30, paintedMs: openMs - 10, meetingsShown: 5850, longTasksMs: [] },
  scroll: { vertical: sweep(frameMs), horizontal: sweep(frameMs), diagonal: sweep(frameMs), viewport: { width: 1200, height: 500 } },
  hover: Array.from({ length: 20 }, (_, i) => ({ domMs: 1, paintedMs: hoverMs + i * 0.01, ok: i % 2 === 0, occupied: i % 3 === 0 })),
  moves: [{ writeMs: 50, domMs: moveMs - 20, paintedMs: moveMs, longTasksMs: [] }],
});

const run = (reps: GridRepetition[]): GridRun => ({
  seeded: { participants: 2000, requests: 10000, meetings: 5850, locked: 59, tables: 250, slots: 24, storeMs: 1, planMs: 1, applyMs: 1 },
  reps,
  steps: { read: [1], fairInstance: [1], floorMeetings: [1], moveLabels: [1], buildScheduleView: [1], createMoveCheck: [1], explainUnplaced: [1], upperBound: [1], planBasis: [1], deriveScheduleModel: [1], buildGridIndex: [1] },
  scroll: { verticalSteps: 300, horizontalSteps: 100, diagonalSteps: 200 },
});

describe('schedule grid report', () => {
  it('counts a frame as missed only when it spans two vsyncs or more, jitter rounded away', () => {
    expect(missedFrames([16.2, 16.9, 24.9, 25.1, 33.3])).toBe(2);
  });

  it('gives n, p50, p95 and max, or dashes for no samples', () => {
    expect(latencyCells([1, 2, 3, 4])).toEqual(['4', '2.00 ms', '4.00 ms', '4.00 ms']);
    expect(latencyCells([])).toEqual(['0', '—', '—', '—']);
  });

  it('meets every goal on a smooth, fast run', () => {
    const goals = gridGoals(run([repetition(Array.from({ length: 40 }, () => 16.7), 9, 200, 900)]));
    expect(goals.map((g) => g.met)).toEqual([true, true, true, true, true]);
  });

  it('fails the goals a slow run misses, and says by how much', () => {
    const frames = [...Array.from({ length: 30 }, () => 16.7), ...Array.from({ length: 10 }, () => 66.7)];
    const goals = gridGoals(run([repetition(frames, 21, 900, 2400)]));
    expect(goals.map((g) => g.met)).toEqual([false, false, false, false, false]);
    expect(goals[0]?.measured).toBe('2,400 ms (max 2,400 ms)');
    expect(goals[2]?.measured).toBe('30 of 120');
  });

  it('splits the hovers by what the grid had to do, and every table row has as many cells as columns', () => {
    const tables = gridTables(run([repetition([16.7, 16.7], 9, 200, 900)]));
    const hover = tables.find((t) => t.caption.startsWith('Drag hover'));
    expect(hover?.rows.map((r) => r[1])).toEqual(['20', '6', '7', '7']);
    for (const t of tables) for (const row of t.rows) expect(row).toHaveLength(t.columns.length);
  });
});
