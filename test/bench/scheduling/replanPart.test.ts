import { describe, expect, it } from 'vitest';
import { scheduleFair } from '../../../bench/fixtures/scheduleFair';
import { EVENT_KINDS, REPLAN_EVENTS, replanDay, replanPart } from '../../../bench/scheduling/replanPart';
import { schedule } from '@shared/scheduling';

/** A fair small enough to plan and re-plan a hundred times in a test. */
const SMALL = { participants: 80, requests: 300, slots: 8, tables: 8 };

describe('the re-planning part', () => {
  it('plays a fair day of every kind of event with a clock that only moves forward, each re-plan valid', () => {
    const instance = scheduleFair(SMALL, 3);
    const plan = schedule(instance, { seed: 1, timeLimitMs: 50 });
    const day = replanDay(instance, plan.meetings, 60, 5);
    expect(day).toHaveLength(60);
    expect(new Set(day.map((s) => s.kind))).toEqual(new Set(EVENT_KINDS));
    for (let k = 1; k < day.length; k++) expect(day[k]?.slot).toBeGreaterThanOrEqual(day[k - 1]?.slot ?? 0);
    expect(day.at(-1)?.slot).toBe(SMALL.slots - 1);
    expect(day.filter((s) => s.kind === 'no-show' || s.kind === 'cancellation').some((s) => s.dropped > 0)).toBe(true);
  });

  it('plays the same day for the same seed', () => {
    const instance = scheduleFair(SMALL, 3);
    const plan = schedule(instance, { seed: 1, timeLimitMs: 50 });
    const strip = (seed: number) => replanDay(instance, plan.meetings, 30, seed).map(({ ms: _, ...rest }) => rest);
    expect(strip(9)).toEqual(strip(9));
  });

  it('reports one goal on the 95th percentile and a row per event kind and for all', () => {
    const report = replanPart(1, () => undefined, SMALL, { seed: 1, timeLimitMs: 50 });
    expect(report.goals).toHaveLength(1);
    expect(report.goals[0]?.target).toBe('≤ 100 ms (p95)');
    const rows = report.tables[0]?.rows ?? [];
    expect(rows.map((r) => r[0])).toEqual([...EVENT_KINDS, 'all']);
    expect(rows.at(-1)?.[1]).toBe(String(REPLAN_EVENTS));
  });
});
