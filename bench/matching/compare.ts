import type { CcfNeed } from './ccf';
import { ndcgAt } from './ndcg';

/** NDCG@5 and @10 of one ranker on every need, in the set's order; `null` where a need has no relevant candidate. */
export type PerNeed = { at5: (number | null)[]; at10: (number | null)[] };

export const scoreRankings = (needs: readonly CcfNeed[], rankings: readonly (readonly string[])[]): PerNeed => {
  const at5: (number | null)[] = [];
  const at10: (number | null)[] = [];
  needs.forEach((need, i) => {
    const levels = new Map(need.candidates.map((c) => [c.id, c.level] as const));
    const ranked = rankings[i] ?? [];
    at5.push(ndcgAt(ranked, levels, 5));
    at10.push(ndcgAt(ranked, levels, 10));
  });
  return { at5, at10 };
};

/** Mean over the needs that have a score. */
export const meanOf = (scores: readonly (number | null)[]): number => {
  const defined = scores.filter((s): s is number => s !== null);
  return defined.reduce((a, b) => a + b, 0) / defined.length;
};

/** Per-need average of several score lists (the random floor over its seeds). */
export const averageScores = (lists: readonly (readonly (number | null)[])[]): (number | null)[] =>
  (lists[0] ?? []).map((first, i) => (first === null ? null : meanOf(lists.map((l) => l[i] ?? null))));

export type Paired = {
  meanA: number;
  meanB: number;
  /** meanA − meanB. */
  delta: number;
  /** delta / meanB. */
  relative: number;
  wins: number;
  ties: number;
  losses: number;
  /** 95 % paired bootstrap interval of delta (needs resampled with replacement, seeded). */
  ci: [number, number];
};

/** Scores closer than this are a tie: equal rankings give equal NDCG up to rounding. */
const TIE = 1e-9;

export const comparePaired = (a: readonly (number | null)[], b: readonly (number | null)[], resamples = 2_000, seed = 1): Paired => {
  const diffs: number[] = [];
  let wins = 0;
  let ties = 0;
  let losses = 0;
  a.forEach((x, i) => {
    const y = b[i];
    if (x === null || y === null || y === undefined) return;
    const d = x - y;
    diffs.push(d);
    if (Math.abs(d) <= TIE) ties++;
    else if (d > 0) wins++;
    else losses++;
  });
  const meanA = meanOf(a);
  const meanB = meanOf(b);
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
  const means: number[] = [];
  for (let r = 0; r < resamples; r++) {
    let sum = 0;
    for (let i = 0; i < diffs.length; i++) sum += diffs[Math.floor(next() * diffs.length)] as number;
    means.push(sum / diffs.length);
  }
  means.sort((p, q) => p - q);
  const at = (q: number) => means[Math.min(means.length - 1, Math.floor(q * means.length))] as number;
  return { meanA, meanB, delta: meanA - meanB, relative: (meanA - meanB) / meanB, wins, ties, losses, ci: [at(0.025), at(0.975)] };
};
