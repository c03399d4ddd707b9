import type { Table } from '../model';

/**
 * The table for a meeting added on the floor: the first free one of
 * `preferred` (a side's host table: a university's booth, where its people
 * expect to be found), else the free table with the lowest number.
 */
export const pickFreeTable = (tables: readonly Table[], taken: ReadonlySet<string>, preferred: readonly (string | undefined)[] = []): Table | undefined => {
  const known = new Map(tables.map((t) => [t.id, t]));
  for (const id of preferred) {
    const table = id === undefined ? undefined : known.get(id);
    if (table && !taken.has(table.id)) return table;
  }
  let best: Table | undefined;
  for (const t of tables) if (!taken.has(t.id) && (best === undefined || t.number < best.number)) best = t;
  return best;
};
