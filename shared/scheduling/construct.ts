import type { Model } from './model';
import { fits, place, type State } from './state';

/**
 * The first plan: locked meetings, then fixed slots, then a sweep through the
 * slots in time order that fills each slot with the best-scored requests that
 * fit. The score puts priority first (objective 1), then keeps people who are
 * already meeting in the previous slot going (a break is born when someone
 * with meetings before and after sits one out), then favours requests running
 * out of slots. Whatever the sweep leaves is placed wherever it still fits.
 */
export const construct = (st: State): void => {
  const { m } = st;
  for (let r = 0; r < m.R; r++) if (m.locked[r] && m.blocked[r] === undefined) place(st, r, m.dom[m.domStart[r] ?? 0] ?? 0);
  const open = openRequests(m);
  const fixedFirst = open.filter((r) => (m.domStart[r + 1] ?? 0) - (m.domStart[r] ?? 0) === 1).sort((x, y) => (m.w[y] ?? 0) - (m.w[x] ?? 0));
  for (const r of fixedFirst) {
    const s = m.dom[m.domStart[r] ?? 0] ?? 0;
    if (fits(st, r, s)) place(st, r, s);
  }
  const remaining = remainingCounts(st, open);
  const scores = new Float64Array(m.R);
  // later[r]: how many of r's domain slots come after the current one (the sweep only moves forward).
  const later = new Int32Array(m.R);
  for (let r = 0; r < m.R; r++) later[r] = (m.domStart[r + 1] ?? 0) - (m.domStart[r] ?? 0);
  const candidates: number[] = [];
  for (let s = 0; s < m.S; s++) {
    candidates.length = 0;
    for (const r of open) {
      if (!m.inDom[r * m.S + s]) continue;
      later[r] = (later[r] ?? 1) - 1;
      if ((st.slotOf[r] ?? 0) >= 0 || !fits(st, r, s)) continue;
      scores[r] = score(st, remaining, r, s, later[r] ?? 0);
      candidates.push(r);
    }
    candidates.sort((x, y) => (scores[y] ?? 0) - (scores[x] ?? 0));
    for (const r of candidates) {
      if (!fits(st, r, s)) continue;
      place(st, r, s);
      const a = m.a[r] ?? 0;
      const b = m.b[r] ?? 0;
      remaining[a] = (remaining[a] ?? 0) - 1;
      remaining[b] = (remaining[b] ?? 0) - 1;
    }
  }
  for (const r of open) {
    if ((st.slotOf[r] ?? 0) >= 0) continue;
    const s = bestFreeSlot(st, r);
    if (s >= 0) place(st, r, s);
  }
};

/** Requests that may be placed and are not locked. */
export const openRequests = (m: Model): number[] => {
  const out: number[] = [];
  for (let r = 0; r < m.R; r++) if (!m.locked[r] && m.blocked[r] === undefined) out.push(r);
  return out;
};

/** Per participant, how many of its open requests are not yet held. */
const remainingCounts = (st: State, open: readonly number[]): Int32Array => {
  const { m } = st;
  const remaining = new Int32Array(m.P);
  for (const r of open) {
    if ((st.slotOf[r] ?? 0) >= 0) continue;
    const a = m.a[r] ?? 0;
    const b = m.b[r] ?? 0;
    remaining[a] = (remaining[a] ?? 0) + 1;
    remaining[b] = (remaining[b] ?? 0) + 1;
  }
  return remaining;
};

const score = (st: State, remaining: Int32Array, r: number, s: number, later: number): number => {
  const { m } = st;
  return (m.w[r] ?? 0) * 1000 + (flow(st, remaining, m.a[r] ?? 0, s) + flow(st, remaining, m.b[r] ?? 0, s)) * 10 + 1 / (1 + later);
};

/** For one side: + for meeting on from the previous slot, − for resuming after a gap, + for much left to place. */
const flow = (st: State, remaining: Int32Array, p: number, s: number): number => {
  const { S } = st.m;
  const busyBefore = s > 0 && (st.occ[p * S + s - 1] ?? 0) !== 0;
  const continuity = busyBefore ? 2 : (st.nMeet[p] ?? 0) > 0 ? -2 : 0;
  return continuity + Math.min(remaining[p] ?? 0, S) / S;
};

/** The slot where r fits with the fewest added breaks (earliest on ties), or −1. */
export const bestFreeSlot = (st: State, r: number): number => {
  const { m } = st;
  let best = -1;
  let bestCost = Infinity;
  for (let i = m.domStart[r] ?? 0; i < (m.domStart[r + 1] ?? 0); i++) {
    const s = m.dom[i] ?? 0;
    if (!fits(st, r, s)) continue;
    const cost = addedBreaks(st, m.a[r] ?? 0, s) + addedBreaks(st, m.b[r] ?? 0, s);
    if (cost < bestCost) {
      bestCost = cost;
      best = s;
    }
  }
  return best;
};

/** How many breaks p gains if it also meets in the free slot s. */
export const addedBreaks = (st: State, p: number, s: number): number => {
  const { S } = st.m;
  const runs = st.runs[p] ?? 0;
  const left = s > 0 && (st.occ[p * S + s - 1] ?? 0) !== 0 ? 1 : 0;
  const right = s < S - 1 && (st.occ[p * S + s + 1] ?? 0) !== 0 ? 1 : 0;
  const after = runs + 1 - left - right;
  return (after > 0 ? after - 1 : 0) - (runs > 0 ? runs - 1 : 0);
};
