import { describe, expect, it } from 'vitest';
import { averageScores, comparePaired, meanOf } from '../../../bench/matching/compare';

describe('paired comparison of per-need scores', () => {
  it('leaves needs without a score out of the mean', () => {
    expect(meanOf([1, null, 0.5])).toBe(0.75);
  });

  it('counts wins, ties and losses need by need', () => {
    const p = comparePaired([0.9, 0.5, 0.2, null], [0.4, 0.5, 0.3, 0.7]);
    expect([p.wins, p.ties, p.losses]).toEqual([1, 1, 1]);
    expect(p.meanA).toBeCloseTo(1.6 / 3, 12);
    expect(p.meanB).toBeCloseTo(1.9 / 4, 12);
    expect(p.ci[0]).toBeLessThanOrEqual(p.ci[1]);
  });

  it('gives a zero-width interval when every need moves by the same amount', () => {
    const p = comparePaired([0.6, 0.7, 0.8], [0.5, 0.6, 0.7]);
    expect(p.delta).toBeCloseTo(0.1, 12);
    expect(p.relative).toBeCloseTo(0.1 / 0.6, 12);
    expect(p.ci[0]).toBeCloseTo(0.1, 12);
    expect(p.ci[1]).toBeCloseTo(0.1, 12);
  });

  it('averages several runs need by need, keeping undefined needs undefined', () => {
    expect(averageScores([
      [0.2, null],
      [0.4, null],
    ])).toEqual([expect.closeTo(0.3, 12), null]);
  });
});
