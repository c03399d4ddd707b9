import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gainOf, ndcgAt, orderByScore } from '../../../bench/matching/ndcg';

/** a: level 4 (gain 7), b: level 2 (gain 1), c: level 1 (gain 0), d: level 3 (gain 3). */
const levels = new Map([
  ['a', 4],
  ['b', 2],
  ['c', 1],
  ['d', 3],
]);

describe('NDCG@k with graded gains', () => {
  it('gains 2^(level − 1) − 1', () => {
    expect([1, 2, 3, 4].map(gainOf)).toEqual([0, 1, 3, 7]);
  });

  it('matches a hand computation', () => {
    // DCG@3 of c, b, a = 0/1 + 1/log2 3 + 7/2 = 4.130930;
    // ideal a, d, b = 7/1 + 3/log2 3 + 1/2 = 9.392789; 4.130930 / 9.392789 = 0.439798.
    expect(ndcgAt(['c', 'b', 'a', 'd'], levels, 3)).toBeCloseTo(0.439798, 6);
    // @10 over all four: (3 + 7/log2 3 + 0 + 1/log2 5) / (7 + 3/log2 3 + 1/2 + 0) = 0.835448.
    expect(ndcgAt(['d', 'a', 'c', 'b'], levels, 10)).toBeCloseTo(0.835448, 6);
    // @1: 3 / 7.
    expect(ndcgAt(['d', 'a', 'c', 'b'], levels, 1)).toBeCloseTo(3 / 7, 12);
  });

  it('gives 1 to the ideal order, whatever the order of tied grades', () => {
    expect(ndcgAt(['a', 'd', 'b', 'c'], levels, 5)).toBe(1);
    const tied = new Map([
      ['x', 3],
      ['y', 3],
      ['z', 1],
    ]);
    expect(ndcgAt(['y', 'x', 'z'], tied, 2)).toBe(1);
  });

  it('is undefined when no candidate is relevant', () => {
    expect(ndcgAt(['p', 'q'], new Map([['p', 1], ['q', 1]]), 5)).toBeNull();
  });

  it('lets a ranking that leaves candidates out, or names unknown ids, earn nothing for them', () => {
    expect(ndcgAt(['zz', 'a'], levels, 1)).toBe(0);
    expect(ndcgAt(['a'], levels, 2)).toBeCloseTo(7 / (7 + 3 / Math.log2(3)), 12);
  });

  it('stays within 0 and 1 for any permutation', () => {
    fc.assert(
      fc.property(
        fc
          .array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 40 })
          .chain((grades) => fc.tuple(fc.constant(grades), fc.shuffledSubarray(grades.map((_, i) => `c${i}`), { minLength: grades.length }))),
        fc.integer({ min: 1, max: 12 }),
        ([grades, ranked], k) => {
          const score = ndcgAt(ranked, new Map(grades.map((g, i) => [`c${i}`, g] as const)), k);
          if (grades.every((g) => g === 1)) expect(score).toBeNull();
          else {
            expect(score).toBeGreaterThanOrEqual(0);
            expect(score).toBeLessThanOrEqual(1 + 1e-12);
          }
        },
      ),
    );
  });
});

describe('ordering by score', () => {
  it('puts higher scores first and breaks ties by the given order', () => {
    const scores: Record<string, number> = { n1: 0.5, n2: 0.9, n3: 0.5, n4: 0 };
    expect(orderByScore(['n1', 'n2', 'n3', 'n4'], (id) => scores[id] ?? 0)).toEqual(['n2', 'n1', 'n3', 'n4']);
    expect(orderByScore(['n3', 'n1'], (id) => scores[id] ?? 0)).toEqual(['n3', 'n1']);
  });
});
