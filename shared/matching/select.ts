export type Ranked<T> = { id: string; score: number; item: T };

/** Best first; equal scores by id, so every run and every machine gives the same order. */
export const byScoreThenId = <T>(a: Ranked<T>, b: Ranked<T>): number => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export type TopList<T> = {
  /** The score a newcomer must beat to get in; -Infinity while there is room. */
  floor(): number;
  offer(entry: Ranked<T>): void;
  /** Best first. */
  result(): Ranked<T>[];
};

/**
 * The best `limit` in order without sorting everything: bulk matching asks
 * for the top 10 of thousands, thousands of times. Without a limit it keeps
 * all and sorts once.
 */
export const createTopList = <T>(limit?: number): TopList<T> => {
  const best: Ranked<T>[] = [];
  if (limit === undefined) return { floor: () => -Infinity, offer: (e) => void best.push(e), result: () => best.sort(byScoreThenId) };
  const size = Math.max(0, Math.floor(limit));
  return {
    floor: () => (best.length < size ? -Infinity : (best[size - 1]?.score ?? Infinity)),
    offer(entry) {
      if (best.length === size) {
        const worst = best[size - 1];
        if (!worst || byScoreThenId(entry, worst) >= 0) return;
        best.pop();
      }
      let at = best.length;
      for (let prev = best[at - 1]; prev && byScoreThenId(entry, prev) < 0; prev = best[at - 1]) at--;
      best.splice(at, 0, entry);
    },
    result: () => best,
  };
};
