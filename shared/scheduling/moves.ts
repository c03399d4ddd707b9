import { conflicts } from './conflicts';
import { bestFreeSlot } from './construct';
import { orderFits, place, remove, type State } from './state';

/**
 * The annealer's moves. Each keeps the plan valid; each returns true when
 * done, false when it cannot be done, possibly after some changes, which the
 * caller undoes through the journal (as it does a done move it rejects).
 */

/** Scratch space reused by every move, so the hot loop allocates nothing. */
export type Scratch = { chain: number[]; origin: number[]; out: number[]; seen: Uint8Array };

export const createScratch = (requests: number): Scratch => ({ chain: [], origin: [], out: [], seen: new Uint8Array(requests) });

/**
 * Kempe-chain swap: r moves from its slot s1 to s2, whatever it collides with
 * in s2 moves to s1, whatever those collide with in s1 moves to s2, and so on
 * until the chain closes. Colliding means sharing a participant or a bound
 * table, so after the swap nobody is double-booked; domains, order and slot
 * loads are checked. The classic move of timetabling searches (and the one
 * that matters most here): it reshuffles two slots without ever dropping a meeting.
 */
export const kempeSwap = (st: State, r: number, s2: number, x: Scratch): boolean => {
  const { m } = st;
  const { S, T } = m;
  const s1 = st.slotOf[r] ?? -1;
  if (s1 < 0 || s1 === s2) return false;
  const { chain, origin, seen } = x;
  chain.length = 0;
  origin.length = 0;
  chain.push(r);
  seen[r] = 1;
  let ok = true;
  let from1 = 0;
  for (let k = 0; k < chain.length && ok; k++) {
    const q = chain[k] ?? 0;
    const here = st.slotOf[q] ?? 0;
    origin.push(here);
    const there = here === s1 ? s2 : s1;
    if (here === s1) from1++;
    if (m.locked[q] || !m.inDom[q * S + there]) ok = false;
    link(x, st.occ[(m.a[q] ?? 0) * S + there] ?? 0);
    link(x, st.occ[(m.b[q] ?? 0) * S + there] ?? 0);
    const t = m.table[q] ?? -1;
    if (t >= 0) link(x, st.bound[there * T + t] ?? 0);
  }
  for (const q of chain) seen[q] = 0;
  const from2 = chain.length - from1;
  if (!ok || (st.load[s1] ?? 0) - from1 + from2 > T || (st.load[s2] ?? 0) - from2 + from1 > T) return false;
  for (const q of chain) remove(st, q);
  for (let k = 0; k < chain.length; k++) place(st, chain[k] ?? 0, origin[k] === s1 ? s2 : s1);
  for (const q of chain) if (!orderFits(st, q, st.slotOf[q] ?? 0)) return false;
  return true;
};

/**
 * Adds the meeting `code` (request + 1; 0 for none) to the Kempe chain unless
 * it is in it. A module function, not a closure: kempeSwap runs a million
 * times a second and would allocate one per call.
 */
const link = (x: Scratch, code: number): void => {
  if (code === 0 || x.seen[code - 1]) return;
  x.seen[code - 1] = 1;
  x.chain.push(code - 1);
};

/**
 * Puts r (held or not) in slot s2 and drops whatever is in its way (see
 * conflicts.ts); the dropped requests wait to be put back by later moves. This
 * is what lets the search pass a packed day: a meeting takes a seat, its
 * occupant finds another, and so on, each step judged on its own.
 */
export const evictTo = (st: State, r: number, s2: number, x: Scratch, random: () => number, dropped: (q: number) => void): boolean => {
  if ((st.slotOf[r] ?? -1) === s2 || st.m.locked[r]) return false;
  if ((st.slotOf[r] ?? -1) >= 0) remove(st, r);
  if (conflicts(st, r, s2, x.out, random) < 0) return false;
  for (const q of x.out) {
    remove(st, q);
    dropped(q);
  }
  place(st, r, s2);
  return true;
};

/**
 * Puts r (held) in slot s2 and re-seats at once whatever is in its way, each
 * where it fits with the fewest added breaks; fails when one of them fits
 * nowhere. One move instead of evictTo's drop-then-hope: the annealer judges
 * the whole shuffle by its breaks, where a dropped meeting would cost far more
 * than any break and the move would almost never be taken.
 */
export const relocate = (st: State, r: number, s2: number, x: Scratch, random: () => number): boolean => {
  if ((st.slotOf[r] ?? -1) === s2 || (st.slotOf[r] ?? -1) < 0 || st.m.locked[r]) return false;
  remove(st, r);
  if (conflicts(st, r, s2, x.out, random) < 0) return false;
  const moved = x.out;
  for (const q of moved) remove(st, q);
  place(st, r, s2);
  for (const q of moved) {
    const s = bestFreeSlot(st, q);
    if (s < 0) return false;
    place(st, q, s);
  }
  return true;
};
