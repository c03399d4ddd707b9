import type { State } from './state';

/**
 * The held meetings that must leave for request r (not held) to take slot s:
 * the meetings of either side in s, the meeting on r's bound table in s, held
 * predecessors not earlier and successors not later, one meeting of a side at
 * its maximum, and, when s is full, one of its lightest movable meetings
 * (`pick` chooses which of equals, so searches do not always evict the same one).
 * Fills `out` and returns their total priority, or −1 when s is outside r's
 * domain or a locked meeting would have to leave.
 */
export const conflicts = (st: State, r: number, s: number, out: number[], pick: () => number): number => {
  const { m } = st;
  const { S, T } = m;
  out.length = 0;
  if (!m.inDom[r * S + s]) return -1;
  const a = m.a[r] ?? 0;
  const b = m.b[r] ?? 0;
  const t = m.table[r] ?? -1;
  if (!take(m, out, (st.occ[a * S + s] ?? 0) - 1)) return -1;
  if (!take(m, out, (st.occ[b * S + s] ?? 0) - 1)) return -1;
  if (t >= 0 && !take(m, out, (st.bound[s * T + t] ?? 0) - 1)) return -1;
  for (let i = m.predStart[r] ?? 0; i < (m.predStart[r + 1] ?? 0); i++) {
    const q = m.pred[i] ?? 0;
    if ((st.slotOf[q] ?? -1) >= s && !take(m, out, q)) return -1;
  }
  for (let i = m.succStart[r] ?? 0; i < (m.succStart[r + 1] ?? 0); i++) {
    const q = m.succ[i] ?? 0;
    const at = st.slotOf[q] ?? -1;
    if (at >= 0 && at <= s && !take(m, out, q)) return -1;
  }
  if (!makeRoom(st, a, out) || !makeRoom(st, b, out)) return -1;
  let leaving = 0;
  for (const q of out) if (st.slotOf[q] === s) leaving++;
  if ((st.load[s] ?? 0) - leaving >= T) {
    const q = lightestIn(st, s, out, pick);
    if (q < 0 || !take(m, out, q)) return -1;
  }
  let weight = 0;
  for (const q of out) weight += m.w[q] ?? 0;
  return weight;
};

/** Adds q (−1: nothing) to the leaving meetings; false when q is locked and cannot leave. */
const take = (m: State['m'], out: number[], q: number): boolean => {
  if (q < 0) return true;
  if (m.locked[q]) return false;
  if (!out.includes(q)) out.push(q);
  return true;
};

/** When p is at its maximum even after what already leaves, one more of its meetings must go. */
const makeRoom = (st: State, p: number, out: number[]): boolean => {
  const { m } = st;
  let leaving = 0;
  for (const q of out) if (m.a[q] === p || m.b[q] === p) leaving++;
  if ((st.nMeet[p] ?? 0) - leaving < (m.cap[p] ?? 0)) return true;
  const q = lightestOf(st, p, out);
  return q >= 0 && take(m, out, q);
};

/** p's held, movable meeting of least priority that is not already leaving, or −1. */
const lightestOf = (st: State, p: number, out: readonly number[]): number => {
  const { m } = st;
  let best = -1;
  for (let i = m.partStart[p] ?? 0; i < (m.partStart[p + 1] ?? 0); i++) {
    const q = m.partReq[i] ?? 0;
    if ((st.slotOf[q] ?? -1) < 0 || m.locked[q] || out.includes(q)) continue;
    if (best < 0 || (m.w[q] ?? 0) < (m.w[best] ?? 0)) best = q;
  }
  return best;
};

/** A movable meeting of least priority in slot s, not already leaving, or −1. */
const lightestIn = (st: State, s: number, out: readonly number[], pick: () => number): number => {
  const { m } = st;
  const { T } = m;
  for (let w = 1; w <= 3; w++) {
    let present = st.light[s * 4 + w] ?? 0;
    for (const q of out) if (st.slotOf[q] === s && m.w[q] === w && !m.locked[q]) present--;
    if (present <= 0) continue;
    const load = st.load[s] ?? 0;
    const start = Math.floor(pick() * load);
    for (let k = 0; k < load; k++) {
      const q = st.members[s * T + ((start + k) % load)] ?? 0;
      if (m.w[q] === w && !m.locked[q] && !out.includes(q)) return q;
    }
  }
  return -1;
};
