import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BASELINES, firstFit, roundRobin, type BaselinePlan } from '../../../bench/scheduling/baselines';
import { B2B_DIR, loadB2bInstances } from '../../../bench/scheduling/b2b';
import { FAIR_SIZES, scheduleFair } from '../../../bench/fixtures/scheduleFair';
import { checkPlan, type ScheduleInstance } from '@shared/scheduling';

const slots = (n: number) => Array.from({ length: n }, (_, k) => ({ id: `s${k + 1}` }));
const people = (...ids: string[]) => ids.map((id) => ({ id }));
const byRequest = (plan: BaselinePlan) => [...plan.meetings].sort((x, y) => x.requestId.localeCompare(y.requestId));

describe('the order of turns', () => {
  it('takes requests in input order, each at the first common free slot and the first free table', () => {
    const instance: ScheduleInstance = {
      slots: slots(2),
      tables: [{ id: 't1' }],
      participants: people('A', 'B', 'C', 'D', 'E'),
      requests: [
        { id: 'r1', a: 'A', b: 'B' },
        { id: 'r2', a: 'A', b: 'C' },
        { id: 'r3', a: 'A', b: 'D' },
        { id: 'r4', a: 'E', b: 'B' },
      ],
    };
    expect(firstFit.plan(instance)).toEqual({
      meetings: [
        { requestId: 'r1', slotId: 's1', tableId: 't1' },
        { requestId: 'r2', slotId: 's2', tableId: 't1' },
      ],
      unscheduled: ['r3', 'r4'],
    });
    // Participants take turns instead: B's turn comes before A's second request.
    expect(roundRobin.plan(instance)).toEqual({
      meetings: [
        { requestId: 'r1', slotId: 's1', tableId: 't1' },
        { requestId: 'r4', slotId: 's2', tableId: 't1' },
      ],
      unscheduled: ['r2', 'r3'],
    });
  });

  it('holds a follow-up after the meeting it follows, even when that comes later in the input', () => {
    const instance: ScheduleInstance = {
      slots: slots(3),
      tables: [{ id: 't1' }],
      participants: people('A', 'B', 'C'),
      requests: [
        { id: 'r1', a: 'A', b: 'B', after: ['r2'] },
        { id: 'r2', a: 'A', b: 'C' },
      ],
    };
    for (const baseline of BASELINES) {
      expect(byRequest(baseline.plan(instance)), baseline.name).toEqual([
        { requestId: 'r1', slotId: 's2', tableId: 't1' },
        { requestId: 'r2', slotId: 's1', tableId: 't1' },
      ]);
    }
  });
});

describe('both baselines', () => {
  /** Every hard constraint once: A is away in s1, C meets once at most, U receives at its booth t2, D–B is locked in s1. */
  const instance: ScheduleInstance = {
    slots: slots(4),
    tables: [{ id: 't1' }, { id: 't2' }],
    participants: [{ id: 'A', unavailable: ['s1'] }, { id: 'B' }, { id: 'C', maxMeetings: 1 }, { id: 'D' }, { id: 'U', hostTable: 't2' }],
    requests: [
      { id: 'r1', a: 'A', b: 'B', allowedSlots: ['s3', 's4'] },
      { id: 'r2', a: 'B', b: 'C', fixedSlot: 's2' },
      { id: 'r3', a: 'A', b: 'C' },
      { id: 'r4', a: 'B', b: 'U', after: ['r1'] },
      { id: 'r5', a: 'A', b: 'U' },
      { id: 'r6', a: 'D', b: 'B' },
      { id: 'r7', a: 'D', b: 'A', after: ['r3'] },
    ],
    locked: [{ requestId: 'r6', slotId: 's1', tableId: 't1' }],
  };

  it('first-fit respects every hard constraint and places what it can', () => {
    const plan = firstFit.plan(instance);
    expect(byRequest(plan)).toEqual([
      { requestId: 'r1', slotId: 's3', tableId: 't1' },
      { requestId: 'r2', slotId: 's2', tableId: 't1' },
      { requestId: 'r4', slotId: 's4', tableId: 't2' },
      { requestId: 'r5', slotId: 's2', tableId: 't2' },
      { requestId: 'r6', slotId: 's1', tableId: 't1' },
      // It follows r3, which is not held: as for the scheduler, the order then does not bind.
      { requestId: 'r7', slotId: 's4', tableId: 't1' },
    ]);
    // C's one meeting is taken.
    expect(plan.unscheduled).toEqual(['r3']);
    expect(checkPlan(instance, plan.meetings)).toEqual([]);
  });

  it('round-robin respects them too, and seats D–A at the first free table, which is U’s booth', () => {
    const plan = roundRobin.plan(instance);
    expect(byRequest(plan)).toEqual([
      { requestId: 'r1', slotId: 's3', tableId: 't1' },
      { requestId: 'r2', slotId: 's2', tableId: 't1' },
      { requestId: 'r4', slotId: 's4', tableId: 't2' },
      { requestId: 'r6', slotId: 's1', tableId: 't1' },
      { requestId: 'r7', slotId: 's2', tableId: 't2' },
    ]);
    expect(plan.unscheduled).toEqual(['r3', 'r5']);
    expect(checkPlan(instance, plan.meetings)).toEqual([]);
  });

  it.each(BASELINES)('$name never holds a meeting after the locked follow-up that must come after it', (baseline) => {
    const followed: ScheduleInstance = {
      slots: slots(3),
      tables: [{ id: 't1' }],
      participants: [{ id: 'A' }, { id: 'B' }, { id: 'C', unavailable: ['s1'] }],
      requests: [
        { id: 'r1', a: 'A', b: 'B', after: ['r2'] },
        { id: 'r2', a: 'B', b: 'C' },
      ],
      locked: [{ requestId: 'r1', slotId: 's2', tableId: 't1' }],
    };
    // s3 is free for both, but r1 in s2 must follow r2.
    const plan = baseline.plan(followed);
    expect(plan).toEqual({ meetings: [{ requestId: 'r1', slotId: 's2', tableId: 't1' }], unscheduled: ['r2'] });
    expect(checkPlan(followed, plan.meetings)).toEqual([]);
  });

  it.each(BASELINES)('$name refuses an order with a cycle rather than dropping requests silently', (baseline) => {
    const cyclic: ScheduleInstance = {
      slots: slots(2),
      tables: [{ id: 't1' }],
      participants: people('A', 'B'),
      requests: [
        { id: 'r1', a: 'A', b: 'B', after: ['r2'] },
        { id: 'r2', a: 'A', b: 'B', after: ['r1'] },
      ],
    };
    expect(() => baseline.plan(cyclic)).toThrow(/cycle/);
  });

  it.each(BASELINES)('$name gives valid plans on the generated fair S', (baseline) => {
    const fair = scheduleFair(FAIR_SIZES.S, 3);
    const plan = baseline.plan(fair);
    expect(plan.meetings.length + plan.unscheduled.length).toBe(fair.requests.length);
    expect(checkPlan(fair, plan.meetings)).toEqual([]);
  });

  it.skipIf(!existsSync(B2B_DIR))('give valid plans on every published B2B instance (skipped when ../shared/benchmarks/b2b-scheduling/ is missing)', () => {
    for (const { name, instance: b2b } of loadB2bInstances()) {
      for (const baseline of BASELINES) expect(checkPlan(b2b, baseline.plan(b2b).meetings), `${baseline.name} on ${name}`).toEqual([]);
    }
  });
});
