import { breaksWith, movable, type Board } from './replanBoard';
import { BREAK, canShift, MOVE, moveCost } from './replanShift';

/**
 * When every table of slot s is taken, any meeting there could make room by
 * moving to a slot s2 with a free table: scanning all of them for every
 * waiting request would cost #tables per slot pair per request. Which meeting
 * is the cheapest to move from s to s2 does not depend on the request, so it
 * is kept per slot pair and recomputed only when either slot has changed
 * (the board bumps a slot's version on every place and remove).
 */
export type Movers = {
  q: Int32Array;
  /** Scratch for the open slots with a free table (see slotsWithRoom). */
  roomy: Int32Array;
  versionFrom: Int32Array;
  versionTo: Int32Array;
};

export const createMovers = (S: number): Movers => ({
  q: new Int32Array(S * S),
  roomy: new Int32Array(S),
  versionFrom: new Int32Array(S * S).fill(-1),
  versionTo: new Int32Array(S * S).fill(-1),
});

/** The cheapest movable meeting of slot s that could sit in slot s2 as things are, or −1. */
export const moverFor = (bd: Board, movers: Movers, s: number, s2: number): number => {
  const { S } = bd.m;
  const k = s * S + s2;
  const fresh = movers.versionFrom[k] === bd.version[s] && movers.versionTo[k] === bd.version[s2];
  const cached = movers.q[k] ?? -1;
  // `after` links reach other slots, which the versions do not watch: a cached mover is checked again before use.
  if (fresh && (cached < 0 || canShift(bd, cached, s2, -1, -1))) return cached;
  const q = cheapest(bd, s, s2);
  movers.q[k] = q;
  movers.versionFrom[k] = bd.version[s] ?? 0;
  movers.versionTo[k] = bd.version[s2] ?? 0;
  return q;
};

const cheapest = (bd: Board, s: number, s2: number): number => {
  const { m } = bd;
  let best = -1;
  let bestCost = Infinity;
  for (let t = 0; t < m.T; t++) {
    const q = (bd.cell[s * m.T + t] ?? 0) - 1;
    if (q < 0 || !movable(bd, q) || !canShift(bd, q, s2, -1, -1)) continue;
    const qa = m.a[q] ?? 0;
    const qb = m.b[q] ?? 0;
    const breaks = breaksWith(bd, qa, s, s2, -1) - breaksWith(bd, qa, -1, -1, -1) + breaksWith(bd, qb, s, s2, -1) - breaksWith(bd, qb, -1, -1, -1);
    const cost = moveCost(bd, q, s2) * MOVE + breaks * BREAK;
    if (cost < bestCost) {
      bestCost = cost;
      best = q;
    }
  }
  return best;
};
