import { breaksWith, Held, mayTake, orderOk, type Board } from './replanBoard';

/**
 * Costs of a placement, compared as one number: a kept meeting moved weighs
 * more than any number of breaks (fewest changes on the floor first), a break
 * more than a table change.
 */
export const MOVE = 1_000_000;
export const BREAK = 10;
export const SEAT = 1;

/**
 * Whether moving q lowers or raises the number of kept meetings off their
 * original cell; a meeting added in this re-plan moves for free.
 */
export const moveCost = (bd: Board, q: number, s2: number): number => {
  if (bd.held[q] !== Held.kept) return 0;
  const { T } = bd.m;
  const h = bd.m.need[q] ?? -1;
  const now = bd.tableOf[q] ?? -1;
  const t2 = h >= 0 ? h : (s2 !== bd.slotOf[q] && bd.cell[s2 * T + now] === 0) ? now : -2;
  const wasMoved = bd.slotOf[q] !== bd.origSlot[q] || now !== bd.origTable[q];
  const atOrigin = s2 === bd.origSlot[q] && t2 === bd.origTable[q];
  return (atOrigin ? 0 : 1) - (wasMoved ? 1 : 0);
};

/** Whether q could sit in slot s2 (other than its own) with r in slot s: its rules, its sides free, a table, the order. */
export const canShift = (bd: Board, q: number, s2: number, r: number, s: number): boolean => {
  const { m } = bd;
  const { S, T } = m;
  if (!mayTake(bd, q, s2) || bd.occ[(m.a[q] ?? 0) * S + s2] !== 0 || bd.occ[(m.b[q] ?? 0) * S + s2] !== 0) return false;
  const h = m.need[q] ?? -1;
  if (h >= 0 ? bd.cell[s2 * T + h] !== 0 : (bd.free[s2] ?? 0) <= 0) return false;
  return orderOk(bd, q, s2, r, s) && (r < 0 || orderOk(bd, r, s, q, s2));
};

/** Price of q leaving slot s for s2 while r takes s: the move, the breaks of everyone involved, q's table. */
export const shiftCost = (bd: Board, r: number, s: number, q: number, s2: number): number => {
  const { m } = bd;
  const ra = m.a[r] ?? 0;
  const rb = m.b[r] ?? 0;
  const qa = m.a[q] ?? 0;
  const qb = m.b[q] ?? 0;
  let breaks = personDelta(bd, ra, s, q, s2, true) + personDelta(bd, rb, s, q, s2, true);
  if (qa !== ra && qa !== rb) breaks += personDelta(bd, qa, s, q, s2, false);
  if (qb !== ra && qb !== rb) breaks += personDelta(bd, qb, s, q, s2, false);
  const seat = s2 === s || ((m.need[q] ?? -1) < 0 && bd.cell[s2 * m.T + (bd.tableOf[q] ?? 0)] !== 0) ? SEAT : 0;
  return moveCost(bd, q, s2) * MOVE + breaks * BREAK + seat;
};

/** Change in p's breaks when q leaves slot s for s2 and, if p is a side of r, r takes s. */
const personDelta = (bd: Board, p: number, s: number, q: number, s2: number, inR: boolean): number => {
  const inQ = p === bd.m.a[q] || p === bd.m.b[q];
  return breaksWith(bd, p, inQ ? s : -1, inR ? s : -1, inQ ? s2 : -1) - breaksWith(bd, p, -1, -1, -1);
};
