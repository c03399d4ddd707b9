import { describe, expect, it } from 'vitest';
import { schedule, type ScheduleProgress } from '../../../shared/scheduling';
import { PROGRESS_EVERY_MS } from '../../../shared/scheduling/progress';
import { fair, tickingClock } from './fair';

/** A fair busy enough that the search runs to its time limit: 12 people meeting all around in 6 slots. */
const busyFair = () => {
  const sketch = fair({ slots: 6, tables: 3 });
  for (let i = 0; i < 12; i++) for (let k = 1; k <= 2; k++) sketch.meet(`p${i}`, `p${(i + k * 5) % 12}`, { priority: k === 1 ? 3 : 1 });
  return sketch.instance;
};

describe('onProgress', () => {
  it('hears the best plan at phase ends and about every PROGRESS_EVERY_MS of search, ending on the plan returned', () => {
    const clock = tickingClock();
    const heard: (ScheduleProgress & { at: number })[] = [];
    const now = () => clock();
    let last = 0;
    const result = schedule(busyFair(), {
      now: () => (last = now()),
      timeLimitMs: 1000,
      seed: 3,
      onProgress: (p) => heard.push({ ...p, at: last }),
    });
    // Phase ends (construct, weight, guided, anneal, final) and ticks at least every 100 ms of a 1,000 ms search.
    expect(heard.length).toBeGreaterThanOrEqual(1000 / PROGRESS_EVERY_MS / 2);
    for (const [i, p] of heard.entries()) {
      expect(p.fraction).toBeGreaterThanOrEqual(0);
      expect(p.fraction).toBeLessThanOrEqual(1);
      expect(p.weight).toBeLessThanOrEqual(p.upperBound);
      expect(p.upperBound).toBe(result.stats.upperBound);
      const previous = heard[i - 1];
      if (previous) {
        expect(p.fraction).toBeGreaterThanOrEqual(previous.fraction);
        // The best so far never gets worse: more weight, or as much with no more breaks.
        expect(p.weight > previous.weight || (p.weight === previous.weight && p.breaks <= previous.breaks)).toBe(true);
      }
    }
    const final = heard[heard.length - 1];
    expect(final).toMatchObject({ weight: result.stats.weight, breaks: result.stats.breaks, scheduled: result.stats.scheduled });
  });

  it('is not called when not given, and costs nothing to leave out', () => {
    const a = schedule(busyFair(), { now: tickingClock(), timeLimitMs: 300, seed: 3 });
    const b = schedule(busyFair(), { now: tickingClock(), timeLimitMs: 300, seed: 3, onProgress: () => undefined });
    expect(b.meetings).toEqual(a.meetings);
  });
});
