import { describe, expect, it } from 'vitest';
import { schedule } from '../../../shared/scheduling';
import { breakFloor } from '../../../shared/scheduling/floor';
import { compileModel } from '../../../shared/scheduling/model';
import { fair, tickingClock } from './fair';

const floorOf = (sketch: ReturnType<typeof fair>) => breakFloor(compileModel(sketch.instance));

describe('breakFloor', () => {
  it('counts a participant whose meetings can only sit in slots 1 and 3', () => {
    const sketch = fair({ slots: 3, tables: 2 }).meet('展位', '甲', { allowedSlots: ['s1'] }).meet('展位', '乙', { allowedSlots: ['s3'] });
    expect(floorOf(sketch)).toBe(1);
  });

  it('counts nobody when a block of consecutive slots can hold everyone’s meetings', () => {
    const sketch = fair({ slots: 4, tables: 2 }).meet('展位', '甲', { allowedSlots: ['s1', 's2'] }).meet('展位', '乙', { allowedSlots: ['s1', 's3'] });
    expect(floorOf(sketch)).toBe(0);
  });

  it('sees a gap forced by the participant’s own absence in the middle of the only block', () => {
    const sketch = fair({ slots: 3, tables: 2 }).person('展位', { unavailable: ['s2'] }).meet('展位', '甲').meet('展位', '乙');
    expect(floorOf(sketch)).toBe(1);
  });

  it('sees that two meetings fixed to one slot cannot make a block (the matching fails, not the window)', () => {
    const sketch = fair({ slots: 4, tables: 2 })
      .meet('展位', '甲', { allowedSlots: ['s1', 's4'] })
      .meet('展位', '乙', { allowedSlots: ['s1', 's4'] })
      .meet('展位', '丙', { allowedSlots: ['s2', 's3'] });
    expect(floorOf(sketch)).toBe(1);
  });
});

describe('schedule stops early', () => {
  it('returns as soon as the weight meets the bound and the breaks meet the floor', () => {
    const sketch = fair({ slots: 3, tables: 2 }).meet('展位', '甲', { allowedSlots: ['s1'] }).meet('展位', '乙', { allowedSlots: ['s3'] });
    const result = schedule(sketch.instance, { now: tickingClock(), timeLimitMs: 100_000 });
    expect(result.stats).toMatchObject({ weight: 6, upperBound: 6, breaks: 1 });
    expect(result.stats.ms).toBeLessThan(100);
  });

  it('when the floor is below the optimum, searches until the SAT search proves the optimum', () => {
    // Three people, three slots, one table: someone meets in slots 1 and 3, but each alone could meet back to back.
    const triangle = fair({ slots: 3, tables: 1 }).meet('a', 'b').meet('b', 'c').meet('a', 'c');
    expect(floorOf(triangle)).toBe(0);
    const result = schedule(triangle.instance, { now: tickingClock(), timeLimitMs: 300 });
    expect(result.stats).toMatchObject({ weight: 9, breaks: 1 });
    // The annealer's 70 % of the time, then a proof at once instead of the last 30 %.
    expect(result.stats.ms).toBeGreaterThan(200);
    expect(result.stats.ms).toBeLessThan(290);
  });
});
