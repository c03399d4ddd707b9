import { describe, expect, it } from 'vitest';
import { firstFit } from '../../../bench/scheduling/baselines';
import { breaksByParticipant, planFigures } from '../../../bench/scheduling/figures';
import { FAIR_SIZES, scheduleFair } from '../../../bench/fixtures/scheduleFair';
import { countBreaks, type ScheduleInstance } from '@shared/scheduling';

/** Six slots over two sessions (the lunch pause lies between s3 and s4): A meets in s1, s2, s4 and s6, B in s1 and s3, D in s3 and s4. */
const instance: ScheduleInstance = {
  slots: ['s1', 's2', 's3', 's4', 's5', 's6'].map((id, k) => ({ id, session: k < 3 ? 'morning' : 'afternoon' })),
  tables: [{ id: 't1' }],
  participants: ['A', 'B', 'C', 'D', 'E', 'F'].map((id) => ({ id })),
  requests: [
    { id: 'r1', a: 'A', b: 'B', priority: 2 },
    { id: 'r2', a: 'A', b: 'C' },
    { id: 'r3', a: 'B', b: 'D', priority: 1 },
    { id: 'r4', a: 'A', b: 'D' },
    { id: 'r5', a: 'A', b: 'E' },
  ],
};
const meetings = [
  { requestId: 'r1', slotId: 's1', tableId: 't1' },
  { requestId: 'r2', slotId: 's2', tableId: 't1' },
  { requestId: 'r3', slotId: 's3', tableId: 't1' },
  { requestId: 'r4', slotId: 's4', tableId: 't1' },
  { requestId: 'r5', slotId: 's6', tableId: 't1' },
];

describe('plan figures', () => {
  it('counts a break per gap between consecutive meetings, however long, and none across the lunch pause', () => {
    const expected = { A: 2, B: 1, C: 0, D: 0, E: 0, F: 0 };
    expect(Object.fromEntries(breaksByParticipant(instance, meetings))).toEqual(expected);
    expect(countBreaks(instance, meetings).byParticipant).toEqual(expected);
  });

  it('weighs by priority (3 when absent), spreads over everyone, averages over those who meet', () => {
    // F meets nobody: 0 breaks, in the spread but not in the mean.
    expect(planFigures(instance, meetings)).toEqual({ scheduled: 5, weight: 2 + 3 + 1 + 3 + 3, breaks: 3, maxBreaks: 2, spread: 2, meanBreaks: 3 / 5 });
  });

  it('agrees with the scheduler’s own count on a large plan', () => {
    const fair = scheduleFair(FAIR_SIZES.S, 5);
    const plan = firstFit.plan(fair);
    expect(planFigures(fair, plan.meetings).breaks).toBe(countBreaks(fair, plan.meetings).total);
  });
});
