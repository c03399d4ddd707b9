import { describe, expect, it } from 'vitest';
import { countTableChanges, schedule } from '../../../shared/scheduling';
import { fair, tickingClock } from './fair';

describe('tables', () => {
  it('counts, per participant, consecutive meetings at different tables', () => {
    const { instance } = fair({ slots: 3, tables: 2 }).meet('企业', 'a').meet('企业', 'b').meet('企业', 'c');
    const meetings = [
      { requestId: 'r1', slotId: 's1', tableId: 't1' },
      { requestId: 'r2', slotId: 's2', tableId: 't2' },
      { requestId: 'r3', slotId: 's3', tableId: 't2' },
    ];
    expect(countTableChanges(instance, meetings)).toBe(1);
  });

  it('keeps a company with a full day at one table while its visitors come to it', () => {
    const sketch = fair({ slots: 4, tables: 3 });
    for (const visitor of ['a', 'b', 'c', 'd']) sketch.meet('企业甲', visitor);
    for (const visitor of ['e', 'f', 'g']) sketch.meet('企业乙', visitor);
    const plan = schedule(sketch.instance, { now: tickingClock(), timeLimitMs: 100 });
    expect(plan.stats.scheduled).toBe(7);
    expect(countTableChanges(sketch.instance, plan.meetings)).toBe(0);
  });
});
