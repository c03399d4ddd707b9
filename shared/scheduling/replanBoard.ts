import type { ReplanModel } from './replanModel';

/** Where a held meeting came from: it decides whether the re-planner may move it. */
export const Held = { none: 0, frozen: 1, locked: 2, kept: 3, added: 4 } as const;
export type Held = (typeof Held)[keyof typeof Held];

/**
 * The plan being re-made, as occupancy grids: who sits where in which slot.
 * Every place and remove keeps the grids, the per-slot free-table counts and
 * the per-participant meeting counts in step, in O(1), so the search tries a
 * cell by reading a few array entries. Tables are concrete (unlike the
 * scheduler's state, which assigns them at the end) because on the fair day
 * each meeting already has a table people were told about.
 */
export type Board = {
  m: ReplanModel;
  /** `occ[p * S + s]` = request + 1 of p's meeting in slot s, or 0. */
  occ: Int32Array;
  /** `cell[s * T + t]` = request + 1 of the meeting at table t in slot s, or 0. */
  cell: Int32Array;
  /** Free tables per slot. */
  free: Int32Array;
  /** Bumped on every change in a slot, so cached answers about it can tell they are stale. */
  version: Int32Array;
  slotOf: Int32Array;
  tableOf: Int32Array;
  nMeet: Int32Array;
  held: Uint8Array;
  /** The cell a kept meeting had in `current` (−1 when it named a slot or table the instance lacks). */
  origSlot: Int32Array;
  origTable: Int32Array;
};

export const createBoard = (m: ReplanModel): Board => ({
  m,
  occ: new Int32Array(m.P * m.S),
  cell: new Int32Array(m.S * m.T),
  free: new Int32Array(m.S).fill(m.T),
  version: new Int32Array(m.S),
  slotOf: new Int32Array(m.R).fill(-1),
  tableOf: new Int32Array(m.R).fill(-1),
  nMeet: new Int32Array(m.P),
  held: new Uint8Array(m.R),
  origSlot: new Int32Array(m.R).fill(-1),
  origTable: new Int32Array(m.R).fill(-1),
});

/** Puts r at table t in slot s; the caller has checked that the cell and both sides are free. */
export const place = (bd: Board, r: number, s: number, t: number, kind: Held): void => {
  const { m } = bd;
  const pa = m.a[r] ?? 0;
  const pb = m.b[r] ?? 0;
  bd.occ[pa * m.S + s] = r + 1;
  bd.occ[pb * m.S + s] = r + 1;
  bd.cell[s * m.T + t] = r + 1;
  bd.free[s] = (bd.free[s] ?? 0) - 1;
  bd.version[s] = (bd.version[s] ?? 0) + 1;
  bd.slotOf[r] = s;
  bd.tableOf[r] = t;
  bd.nMeet[pa] = (bd.nMeet[pa] ?? 0) + 1;
  bd.nMeet[pb] = (bd.nMeet[pb] ?? 0) + 1;
  bd.held[r] = kind;
};

/** Takes r off the board; returns how it was held, to put it back as the same. */
export const remove = (bd: Board, r: number): Held => {
  const { m } = bd;
  const s = bd.slotOf[r] ?? 0;
  const pa = m.a[r] ?? 0;
  const pb = m.b[r] ?? 0;
  bd.occ[pa * m.S + s] = 0;
  bd.occ[pb * m.S + s] = 0;
  bd.cell[s * m.T + (bd.tableOf[r] ?? 0)] = 0;
  bd.free[s] = (bd.free[s] ?? 0) + 1;
  bd.version[s] = (bd.version[s] ?? 0) + 1;
  bd.slotOf[r] = -1;
  bd.tableOf[r] = -1;
  bd.nMeet[pa] = (bd.nMeet[pa] ?? 0) - 1;
  bd.nMeet[pb] = (bd.nMeet[pb] ?? 0) - 1;
  const kind = (bd.held[r] ?? 0) as Held;
  bd.held[r] = Held.none;
  return kind;
};

/** Kept and added meetings may move; frozen and locked ones never do. */
export const movable = (bd: Board, r: number): boolean => bd.held[r] === Held.kept || bd.held[r] === Held.added;

/**
 * Whether x in slot sx keeps `after` with every held meeting, reading y as
 * being in slot sy (y about to move or be placed; −1 for none). `after`
 * binds only when both are held.
 */
export const orderOk = (bd: Board, x: number, sx: number, y: number, sy: number): boolean => {
  const { m } = bd;
  for (let i = m.predStart[x] ?? 0; i < (m.predStart[x + 1] ?? 0); i++) {
    const p = m.pred[i] ?? 0;
    const at = p === y ? sy : (bd.slotOf[p] ?? -1);
    if (at >= 0 && at >= sx) return false;
  }
  for (let i = m.succStart[x] ?? 0; i < (m.succStart[x + 1] ?? 0); i++) {
    const q = m.succ[i] ?? 0;
    const at = q === y ? sy : (bd.slotOf[q] ?? -1);
    if (at >= 0 && at <= sx) return false;
  }
  return true;
};

/** Whether r may take slot s by its own rules: the slot is open and in r's domain. */
export const mayTake = (bd: Board, r: number, s: number): boolean => s >= bd.m.open && bd.m.inDom[r * bd.m.S + s] === 1;

/** Whether both sides of r are below their meeting limit (a meeting being moved is already counted). */
export const underCap = (bd: Board, r: number): boolean => {
  const { m } = bd;
  const pa = m.a[r] ?? 0;
  const pb = m.b[r] ?? 0;
  return (bd.nMeet[pa] ?? 0) < (m.cap[pa] ?? 0) && (bd.nMeet[pb] ?? 0) < (m.cap[pb] ?? 0);
};

/**
 * The table for r in slot s, or −1: its bound table if free; else, among the
 * free tables, `prefer` (the table it sits at now), then the table a side
 * sits at in the slot before or after (people stay put between meetings),
 * then the first that is nobody's booth, then any.
 */
export const tableFor = (bd: Board, r: number, s: number, prefer: number): number => {
  const { m } = bd;
  const { T } = m;
  const base = s * T;
  const h = m.need[r] ?? -1;
  if (h >= 0) return bd.cell[base + h] === 0 ? h : -1;
  if ((bd.free[s] ?? 0) <= 0) return -1;
  if (prefer >= 0 && bd.cell[base + prefer] === 0) return prefer;
  const pa = m.a[r] ?? 0;
  const pb = m.b[r] ?? 0;
  let near = seatNear(bd, pa, s - 1, base);
  if (near < 0) near = seatNear(bd, pb, s - 1, base);
  if (near < 0) near = seatNear(bd, pa, s + 1, base);
  if (near < 0) near = seatNear(bd, pb, s + 1, base);
  if (near >= 0) return near;
  let booth = -1;
  for (let t = 0; t < T; t++) {
    if (bd.cell[base + t] !== 0) continue;
    if (!m.booth[t]) return t;
    if (booth < 0) booth = t;
  }
  return booth;
};

/** The table p sits at in slot n, if it is free in the slot at `base` and nobody's booth; else −1. */
const seatNear = (bd: Board, p: number, n: number, base: number): number => {
  const { S } = bd.m;
  if (n < 0 || n >= S) return -1;
  const q = (bd.occ[p * S + n] ?? 0) - 1;
  const t = q >= 0 ? (bd.tableOf[q] ?? -1) : -1;
  return t >= 0 && !bd.m.booth[t] && bd.cell[base + t] === 0 ? t : -1;
};

/**
 * Breaks of participant p (breaks.ts) if slot `minus` were freed and slots
 * `plus1`, `plus2` taken (−1: none). Read-only, so the search can price a
 * change without making it.
 */
export const breaksWith = (bd: Board, p: number, minus: number, plus1: number, plus2: number): number => {
  const { S } = bd.m;
  const row = p * S;
  let runs = 0;
  let prev = false;
  for (let s = 0; s < S; s++) {
    const on = s === plus1 || s === plus2 || (s !== minus && bd.occ[row + s] !== 0);
    if (on && !prev) runs++;
    prev = on;
  }
  return runs > 0 ? runs - 1 : 0;
};

/** Fills `out` with the open slots that have a free table; returns how many. */
export const slotsWithRoom = (bd: Board, out: Int32Array): number => {
  let n = 0;
  for (let s = bd.m.open; s < bd.m.S; s++) if ((bd.free[s] ?? 0) > 0) out[n++] = s;
  return n;
};

/** Total breaks of the board. */
export const totalBreaks = (bd: Board): number => {
  let total = 0;
  for (let p = 0; p < bd.m.P; p++) total += breaksWith(bd, p, -1, -1, -1);
  return total;
};
