import { breaksWith, mayTake, movable, orderOk, place, remove, slotsWithRoom, tableFor, underCap, type Board, type Held } from './replanBoard';
import { moverFor, type Movers } from './replanMovers';
import { BREAK, canShift, SEAT, shiftCost } from './replanShift';

/** How a request is to be held: `prefer` is the table it had (a displaced meeting), or −1. */
export type Placing = { r: number; prefer: number; kind: Held };

/** Change in the breaks of r's two sides if r took slot s. */
const addBreaks = (bd: Board, r: number, s: number): number => {
  const pa = bd.m.a[r] ?? 0;
  const pb = bd.m.b[r] ?? 0;
  return breaksWith(bd, pa, -1, s, -1) - breaksWith(bd, pa, -1, -1, -1) + breaksWith(bd, pb, -1, s, -1) - breaksWith(bd, pb, -1, -1, -1);
};

/**
 * Direct insertion: the free cell for r that adds the fewest breaks (then
 * keeps its table, then the earliest), with no other meeting touched.
 * Returns whether r was placed.
 */
export const placeDirect = (bd: Board, { r, prefer, kind }: Placing): boolean => {
  const { m } = bd;
  if (!underCap(bd, r)) return false;
  const { S } = m;
  const pa = (m.a[r] ?? 0) * S;
  const pb = (m.b[r] ?? 0) * S;
  let best = -1;
  let bestTable = -1;
  let bestCost = Infinity;
  for (let s = m.open; s < S; s++) {
    if (!mayTake(bd, r, s) || bd.occ[pa + s] !== 0 || bd.occ[pb + s] !== 0 || !orderOk(bd, r, s, -1, -1)) continue;
    const t = tableFor(bd, r, s, prefer);
    if (t < 0) continue;
    const cost = addBreaks(bd, r, s) * BREAK + (prefer >= 0 && t !== prefer ? SEAT : 0);
    if (cost < bestCost) {
      bestCost = cost;
      best = s;
      bestTable = t;
    }
  }
  if (best < 0) return false;
  place(bd, r, best, bestTable, kind);
  return true;
};

/** r into slot s after q moves to slot s2 (s2 = s: q only changes table). */
type Option = { s: number; q: number; s2: number; cost: number };

/**
 * One-step ejection: r takes a slot where exactly one movable meeting is in
 * its way (a side's meeting, or the only table r may use, or, when every
 * table is taken, any meeting of the slot), and that meeting moves to a cell
 * that is free now. The cheapest such pair by `shiftCost` is made; returns
 * whether r was placed. Longer chains are the scheduler's business: on the
 * fair day every extra move is one more person to tell.
 */
export const placeWithOneMove = (bd: Board, placing: Placing, movers: Movers): boolean => {
  const { m } = bd;
  const { r } = placing;
  if (!underCap(bd, r)) return false;
  // Every option ends with some meeting in a free table of an open slot: none, no option.
  const roomy = movers.roomy;
  const rooms = slotsWithRoom(bd, roomy);
  if (rooms === 0) return false;
  const { S, T } = m;
  const h = m.need[r] ?? -1;
  let best: Option | undefined;
  const consider = (s: number, q: number, s2: number) => {
    const cost = shiftCost(bd, r, s, q, s2);
    if (best === undefined || cost < best.cost) best = { s, q, s2, cost };
  };
  const shiftAnywhere = (s: number, q: number) => {
    for (let k = 0; k < rooms; k++) {
      const s2 = roomy[k] ?? 0;
      if (s2 !== s && canShift(bd, q, s2, r, s)) consider(s, q, s2);
    }
  };
  for (let s = m.open; s < S; s++) {
    if (!mayTake(bd, r, s)) continue;
    const qa = (bd.occ[(m.a[r] ?? 0) * S + s] ?? 0) - 1;
    const qb = (bd.occ[(m.b[r] ?? 0) * S + s] ?? 0) - 1;
    if (qa >= 0 && qb >= 0 && qa !== qb) continue;
    const inWay = Math.max(qa, qb);
    if (inWay >= 0) {
      const atTable = h >= 0 ? (bd.cell[s * T + h] ?? 0) - 1 : -1;
      if (movable(bd, inWay) && (atTable < 0 || atTable === inWay)) shiftAnywhere(s, inWay);
    } else if (!orderOk(bd, r, s, -1, -1)) {
      continue;
    } else if (h >= 0) {
      const q = (bd.cell[s * T + h] ?? 0) - 1;
      if (q < 0 || !movable(bd, q)) continue;
      if ((m.need[q] ?? -1) < 0 && (bd.free[s] ?? 0) > 0) consider(s, q, s);
      shiftAnywhere(s, q);
    } else if ((bd.free[s] ?? 0) === 0) {
      for (let k = 0; k < rooms; k++) {
        const s2 = roomy[k] ?? 0;
        const q = moverFor(bd, movers, s, s2);
        if (q >= 0 && canShift(bd, q, s2, r, s)) consider(s, q, s2);
      }
    }
  }
  return best !== undefined && apply(bd, placing, best);
};

/** Makes the option; undoes it and returns false if a table is missing after all (the checks above rule that out). */
const apply = (bd: Board, { r, prefer, kind }: Placing, { s, q, s2 }: Option): boolean => {
  const from = bd.tableOf[q] ?? 0;
  const kindQ = remove(bd, q);
  const tr = tableFor(bd, r, s, prefer);
  if (tr < 0) {
    place(bd, q, s, from, kindQ);
    return false;
  }
  place(bd, r, s, tr, kind);
  const t2 = tableFor(bd, q, s2, from);
  if (t2 < 0) {
    remove(bd, r);
    place(bd, q, s, from, kindQ);
    return false;
  }
  place(bd, q, s2, t2, kindQ);
  return true;
};
