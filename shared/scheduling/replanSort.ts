/**
 * Stable counting sort of request numbers by a small integer key in
 * [0, keys): the re-planner's orders are by priority (three values) and a
 * slot or a meeting count, so this is O(n + keys) where a comparison sort
 * would cost n log n calls of a comparator on every re-plan.
 */
export const sortByKey = (list: readonly number[], keys: number, key: (r: number) => number): number[] => {
  const start = new Int32Array(keys + 1);
  for (const r of list) start[key(r) + 1] = (start[key(r) + 1] ?? 0) + 1;
  for (let k = 0; k < keys; k++) start[k + 1] = (start[k + 1] ?? 0) + (start[k] ?? 0);
  const sorted = new Array<number>(list.length);
  for (const r of list) {
    const k = key(r);
    sorted[start[k] ?? 0] = r;
    start[k] = (start[k] ?? 0) + 1;
  }
  return sorted;
};
