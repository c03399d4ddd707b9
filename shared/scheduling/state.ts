import type { Model } from './model';

/**
 * A plan under construction: every placed meeting keeps every hard constraint
 * (one meeting per participant per slot, at most #tables per slot, bound tables
 * distinct, domains, order, per-participant maximum). Placing and removing are
 * O(1) and keep the break count up to date, so moves are evaluated by doing them
 * and undone through the journal when rejected.
 *
 * Breaks of p = (number of maximal runs of occupied slots) − 1, so a meeting
 * placed at s changes p's runs by 1 − [s−1 occupied] − [s+1 occupied].
 */
export type State = {
  m: Model;
  /** Slot of each request, −1 when not held. */
  slotOf: Int32Array;
  /** `occ[p * S + s]` = request + 1 of p's meeting in slot s, or 0. */
  occ: Int32Array;
  load: Int32Array;
  /** `members[s * T + i]`, i < load[s]: the meetings in slot s; `pos[r]` is r's i. */
  members: Int32Array;
  pos: Int32Array;
  /** `bound[s * T + t]` = request + 1 of the meeting that must use table t in slot s, or 0. */
  bound: Int32Array;
  /** `light[s * 4 + w]`: movable (not locked) meetings of priority w in slot s. */
  light: Int32Array;
  nMeet: Int32Array;
  runs: Int32Array;
  /** Participants with at least one meeting, by their number of breaks. */
  hist: Int32Array;
  breaks: number;
  weight: number;
  held: number;
  /**
   * Pairs (request, previous slot) since `mark`, for undo, in the first
   * `journalLength` entries: a typed array that only grows, because resizing a
   * plain array in the search's hot loop cost a fifth of its moves.
   */
  journal: Int32Array;
  journalLength: number;
};

export const createState = (m: Model): State => ({
  m,
  slotOf: new Int32Array(m.R).fill(-1),
  occ: new Int32Array(m.P * m.S),
  load: new Int32Array(m.S),
  members: new Int32Array(m.S * m.T),
  pos: new Int32Array(m.R),
  bound: new Int32Array(m.S * m.T),
  light: new Int32Array(m.S * 4),
  nMeet: new Int32Array(m.P),
  runs: new Int32Array(m.P),
  hist: new Int32Array(m.S + 2),
  breaks: 0,
  weight: 0,
  held: 0,
  journal: new Int32Array(64),
  journalLength: 0,
});

const breaksOf = (runs: number): number => (runs > 0 ? runs - 1 : 0);

/** Occupies (delta 1) or frees (delta −1) slot s for participant p. */
const touch = (st: State, p: number, s: number, r: number, delta: 1 | -1): void => {
  const { S } = st.m;
  const row = p * S;
  const had = st.nMeet[p] ?? 0;
  const oldRuns = st.runs[p] ?? 0;
  if (delta < 0) st.occ[row + s] = 0;
  const left = s > 0 && (st.occ[row + s - 1] ?? 0) !== 0 ? 1 : 0;
  const right = s < S - 1 && (st.occ[row + s + 1] ?? 0) !== 0 ? 1 : 0;
  const newRuns = oldRuns + delta * (1 - left - right);
  if (delta > 0) st.occ[row + s] = r + 1;
  st.runs[p] = newRuns;
  st.nMeet[p] = had + delta;
  const before = breaksOf(oldRuns);
  const after = breaksOf(newRuns);
  if (had > 0) st.hist[before] = (st.hist[before] ?? 0) - 1;
  if (had + delta > 0) st.hist[after] = (st.hist[after] ?? 0) + 1;
  st.breaks += after - before;
};

const record = (st: State, r: number, s: number): void => {
  if (st.journalLength + 2 > st.journal.length) {
    const grown = new Int32Array(st.journal.length * 2);
    grown.set(st.journal);
    st.journal = grown;
  }
  st.journal[st.journalLength++] = r;
  st.journal[st.journalLength++] = s;
};

/** Puts r in slot s; the caller has checked that it fits (see `fits`). */
export const place = (st: State, r: number, s: number): void => {
  record(st, r, -1);
  seat(st, r, s);
};

export const remove = (st: State, r: number): void => {
  record(st, r, st.slotOf[r] ?? -1);
  unseat(st, r);
};

const seat = (st: State, r: number, s: number): void => {
  const { m } = st;
  st.slotOf[r] = s;
  touch(st, m.a[r] ?? 0, s, r, 1);
  touch(st, m.b[r] ?? 0, s, r, 1);
  const i = st.load[s] ?? 0;
  st.members[s * m.T + i] = r;
  st.pos[r] = i;
  st.load[s] = i + 1;
  const t = m.table[r] ?? -1;
  if (t >= 0) st.bound[s * m.T + t] = r + 1;
  if (!m.locked[r]) st.light[s * 4 + (m.w[r] ?? 0)] = (st.light[s * 4 + (m.w[r] ?? 0)] ?? 0) + 1;
  st.weight += m.w[r] ?? 0;
  st.held++;
};

const unseat = (st: State, r: number): void => {
  const { m } = st;
  const s = st.slotOf[r] ?? -1;
  st.slotOf[r] = -1;
  touch(st, m.a[r] ?? 0, s, r, -1);
  touch(st, m.b[r] ?? 0, s, r, -1);
  const last = (st.load[s] ?? 1) - 1;
  const i = st.pos[r] ?? 0;
  const moved = st.members[s * m.T + last] ?? 0;
  st.members[s * m.T + i] = moved;
  st.pos[moved] = i;
  st.load[s] = last;
  const t = m.table[r] ?? -1;
  if (t >= 0) st.bound[s * m.T + t] = 0;
  if (!m.locked[r]) st.light[s * 4 + (m.w[r] ?? 0)] = (st.light[s * 4 + (m.w[r] ?? 0)] ?? 0) - 1;
  st.weight -= m.w[r] ?? 0;
  st.held--;
};

/** A point to undo to. */
export const mark = (st: State): number => st.journalLength;

/** Undoes every place and remove since `to`, newest first. */
export const undo = (st: State, to: number): void => {
  const j = st.journal;
  while (st.journalLength > to) {
    const s = j[--st.journalLength] ?? -1;
    const r = j[--st.journalLength] ?? 0;
    if (s < 0) unseat(st, r);
    else seat(st, r, s);
  }
};

/** Forgets the journal (after a committed move), so it does not grow without bound. */
export const commit = (st: State): void => {
  st.journalLength = 0;
};

/**
 * Whether r can go to slot s as the plan stands, without moving anything else.
 * r itself must not be held.
 */
export const fits = (st: State, r: number, s: number): boolean => {
  const { m } = st;
  const { S, T } = m;
  if (!m.inDom[r * S + s]) return false;
  const a = m.a[r] ?? 0;
  const b = m.b[r] ?? 0;
  if (st.occ[a * S + s] || st.occ[b * S + s]) return false;
  if ((st.load[s] ?? 0) >= T) return false;
  const t = m.table[r] ?? -1;
  if (t >= 0 && st.bound[s * T + t]) return false;
  if ((st.nMeet[a] ?? 0) >= (m.cap[a] ?? 0) || (st.nMeet[b] ?? 0) >= (m.cap[b] ?? 0)) return false;
  return orderFits(st, r, s);
};

/** `after` holds between r at s and every held predecessor and successor. */
export const orderFits = (st: State, r: number, s: number): boolean => {
  const { m } = st;
  for (let i = m.predStart[r] ?? 0; i < (m.predStart[r + 1] ?? 0); i++) if ((st.slotOf[m.pred[i] ?? 0] ?? -1) >= s) return false;
  for (let i = m.succStart[r] ?? 0; i < (m.succStart[r + 1] ?? 0); i++) {
    const q = st.slotOf[m.succ[i] ?? 0] ?? -1;
    if (q >= 0 && q <= s) return false;
  }
  return true;
};

/** Smallest and largest breaks over participants with meetings (0, 0 when none). */
export const breakRange = (st: State): { min: number; max: number } => {
  const h = st.hist;
  let min = 0;
  while (min < h.length && (h[min] ?? 0) === 0) min++;
  if (min === h.length) return { min: 0, max: 0 };
  let max = h.length - 1;
  while ((h[max] ?? 0) === 0) max--;
  return { min, max };
};


/** Puts the plan back to a snapshot of `slotOf` (a valid plan the search passed through). */
export const restore = (st: State, slots: Int32Array): void => {
  for (let r = 0; r < st.m.R; r++) if ((st.slotOf[r] ?? -1) >= 0) remove(st, r);
  for (let r = 0; r < st.m.R; r++) if ((slots[r] ?? -1) >= 0) place(st, r, slots[r] ?? 0);
  commit(st);
};
