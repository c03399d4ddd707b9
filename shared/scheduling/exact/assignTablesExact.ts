import type { ExactModel } from './compile';

/**
 * Tables for the integer program's plan, which fixes only slots. Slot by slot
 * in time order: meetings bound to a table (host or locked) take it; the others
 * first try the table where one of their sides last sat (tables.ts does the same,
 * so the exact plan changes tables no more often than the heuristic's),
 * the side with more meetings first (a company with a full day keeps its
 * table and its visitors come to it), then the free table left longest ago,
 * so a table someone just left stays theirs. Always succeeds for a plan of the
 * program: it keeps at most T meetings per slot and bound tables distinct.
 * Returns each request's table (−1 when not held).
 */
export const assignTablesExact = (m: ExactModel, slotOf: readonly number[]): number[] => {
  const { S, T } = m;
  const P = m.reqsOf.length;
  const tableOf = slotOf.map(() => -1);
  const meetings = Array.from({ length: P }, () => 0);
  const bySlot = Array.from({ length: S }, (): number[] => []);
  slotOf.forEach((s, r) => {
    if (s < 0) return;
    bySlot[s]?.push(r);
    for (const p of [m.a[r] ?? 0, m.b[r] ?? 0]) meetings[p] = (meetings[p] ?? 0) + 1;
  });
  const lastTable = Array.from({ length: P }, () => -1);
  const lastUsed = Array.from({ length: T }, () => -1);

  for (let s = 0; s < S; s++) {
    const taken = new Set<number>();
    const sit = (r: number, t: number) => {
      tableOf[r] = t;
      taken.add(t);
      lastUsed[t] = s;
      for (const p of [m.a[r] ?? 0, m.b[r] ?? 0]) lastTable[p] = t;
    };
    const here = bySlot[s] ?? [];
    for (const r of here) if ((m.table[r] ?? -1) >= 0) sit(r, m.table[r] ?? 0);
    const free = here.filter((r) => (m.table[r] ?? -1) < 0);
    const busiest = (r: number) => Math.max(meetings[m.a[r] ?? 0] ?? 0, meetings[m.b[r] ?? 0] ?? 0);
    free.sort((x, y) => busiest(y) - busiest(x) || x - y);
    const waiting: number[] = [];
    for (const r of free) {
      const sides = [m.a[r] ?? 0, m.b[r] ?? 0].sort((x, y) => (meetings[y] ?? 0) - (meetings[x] ?? 0));
      const t = sides.map((p) => lastTable[p] ?? -1).find((c) => c >= 0 && !taken.has(c));
      if (t === undefined) waiting.push(r);
      else sit(r, t);
    }
    const byAge = Array.from({ length: T }, (_, t) => t).sort((x, y) => (lastUsed[x] ?? 0) - (lastUsed[y] ?? 0) || x - y);
    for (const r of waiting) {
      const t = byAge.find((c) => !taken.has(c));
      if (t !== undefined) sit(r, t);
    }
  }
  return tableOf;
};
