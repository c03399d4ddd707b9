/**
 * NDCG@k with graded gains, as the benchmark reports it.
 *
 * - Gain of a candidate: 2^rel − 1 with rel = level − 1, so level 1
 *   (the contest's "unrelated") gains nothing and level 4 gains 7.
 * - Discount: log2(rank + 1), rank from 1.
 * - Ideal DCG: the need's own candidates sorted by grade.
 * - A need whose candidates are all level 1 has no ideal DCG: its NDCG is
 *   undefined (`null`) and it is left out of the means, for every ranker alike.
 */
export const gainOf = (level: number): number => 2 ** (level - 1) - 1;

const dcg = (levels: readonly number[], k: number): number => {
  let sum = 0;
  for (let i = 0; i < Math.min(k, levels.length); i++) sum += gainOf(levels[i] as number) / Math.log2(i + 2);
  return sum;
};

/**
 * NDCG@k of `ranked` (candidate ids, best first) against `levels` (id → level).
 * Ids missing from `levels` count as level 1; candidates the ranking leaves out
 * simply earn nothing.
 */
export const ndcgAt = (ranked: readonly string[], levels: ReadonlyMap<string, number>, k: number): number | null => {
  const ideal = dcg(
    [...levels.values()].sort((a, b) => b - a),
    k,
  );
  if (ideal === 0) return null;
  return dcg(
    ranked.map((id) => levels.get(id) ?? 1),
    k,
  ) / ideal;
};

/**
 * Orders ids by score, best first; equal scores keep the order of `ids`
 * (stable sort), which the bench gives sorted by id, so ties break by id and
 * every run ranks the same way.
 */
export const orderByScore = (ids: readonly string[], score: (id: string) => number): string[] =>
  ids
    .map((id, i) => ({ id, i, s: score(id) }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .map((x) => x.id);
