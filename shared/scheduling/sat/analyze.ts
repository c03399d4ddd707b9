import { binaryOther, HEADER, LBD_SHIFT, LEARNT, NO_REASON, type Core } from './core';
import { bumpVar } from './heap';
import { BINARY_CONFLICT } from './propagate';

/** Buffers reused by every conflict, grown with the number of variables. */
export type Analysis = {
  /** The learnt clause: the asserting literal first, then one of the backjump level. */
  learnt: Int32Array;
  size: number;
  /** Literals of the conflict level still to resolve away. */
  pending: number;
  backjumpLevel: number;
  lbd: number;
  /** Literals whose `seen` mark must be cleared after minimisation. */
  toClear: Int32Array;
  stack: Int32Array;
  /** Variables of the conflict level implied by learnt clauses. */
  lastLevel: Int32Array;
  lastLevelLen: number;
  /** Per decision level: the conflict number that last counted it (for the LBD). */
  levelStamp: Int32Array;
  stamp: number;
};

export const createAnalysis = (): Analysis => ({
  learnt: new Int32Array(16),
  size: 0,
  pending: 0,
  backjumpLevel: 0,
  lbd: 0,
  toClear: new Int32Array(16),
  stack: new Int32Array(16),
  lastLevel: new Int32Array(16),
  lastLevelLen: 0,
  levelStamp: new Int32Array(16),
  stamp: 0,
});

const ensureRoom = (a: Analysis, vars: number, levels: number): void => {
  if (a.learnt.length > vars + 1 && a.levelStamp.length > levels) return;
  const room = 2 * (Math.max(vars, levels) + 1);
  a.learnt = new Int32Array(room);
  a.toClear = new Int32Array(room);
  a.stack = new Int32Array(room);
  a.lastLevel = new Int32Array(room);
  a.levelStamp = new Int32Array(room);
  a.stamp = 0;
};

/**
 * 1-UIP conflict analysis (MiniSat): walks the trail back from the conflict
 * until one literal of the conflict level is left, collecting the literals of
 * lower levels; then drops the literals implied by the others (recursive
 * minimisation) and finds the backjump level and the LBD.
 */
export const analyze = (s: Core, a: Analysis, conflict: number): void => {
  ensureRoom(a, s.numVars, s.decisionLevel);
  const { seen, level, reason, arena, trail } = s;
  const { learnt } = a;
  a.size = 1;
  a.pending = 0;
  a.lastLevelLen = 0;
  let index = s.trailLen - 1;
  let p = -1;
  let c = conflict;
  for (;;) {
    if (c === BINARY_CONFLICT) {
      visit(s, a, s.conflictA);
      visit(s, a, s.conflictB);
    } else if (c < NO_REASON) visit(s, a, binaryOther(c));
    else {
      const end = c + HEADER + (arena[c] ?? 0);
      if (((arena[c + 1] ?? 0) & LEARNT) !== 0) refreshLbd(s, a, c);
      // A reason's first literal is the one it implied (p itself).
      for (let k = c + HEADER + (p === -1 ? 0 : 1); k < end; k++) visit(s, a, arena[k] ?? 0);
    }
    while (seen[(trail[index] ?? 0) >> 1] === 0) index--;
    p = trail[index--] ?? 0;
    seen[p >> 1] = 0;
    if (--a.pending === 0) break;
    c = reason[p >> 1] ?? NO_REASON;
  }
  const size = a.size;
  learnt[0] = p ^ 1;

  let toClear = 0;
  for (let i = 1; i < size; i++) a.toClear[toClear++] = learnt[i] ?? 0;
  let abstractLevels = 0;
  for (let i = 1; i < size; i++) abstractLevels |= abstractLevel(level[(learnt[i] ?? 0) >> 1] ?? 0);
  let kept = 1;
  for (let i = 1; i < size; i++) {
    const q = learnt[i] ?? 0;
    if ((reason[q >> 1] ?? NO_REASON) === NO_REASON) learnt[kept++] = q;
    else {
      const cleared = redundant(s, a, q, abstractLevels, toClear);
      if (cleared < 0) learnt[kept++] = q;
      else toClear = cleared;
    }
  }
  for (let i = 0; i < toClear; i++) seen[(a.toClear[i] ?? 0) >> 1] = 0;
  a.size = kept;

  let backjump = 0;
  if (kept > 1) {
    let at = 1;
    for (let i = 2; i < kept; i++) if ((level[(learnt[i] ?? 0) >> 1] ?? 0) > (level[(learnt[at] ?? 0) >> 1] ?? 0)) at = i;
    const swap = learnt[at] ?? 0;
    learnt[at] = learnt[1] ?? 0;
    learnt[1] = swap;
    backjump = level[swap >> 1] ?? 0;
  }
  a.backjumpLevel = backjump;
  a.lbd = lbdOf(s, a, learnt, 0, kept);
  for (let i = 0; i < a.lastLevelLen; i++) {
    const v = a.lastLevel[i] ?? 0;
    const r = reason[v] ?? NO_REASON;
    if (r >= 0 && (s.arena[r + 1] ?? 0) >> LBD_SHIFT < a.lbd) bumpVar(s.order, v);
  }
};

/**
 * Takes literal q (false) of a conflict or reason clause into the analysis:
 * counted as pending when of the conflict level, else into the learnt clause.
 */
const visit = (s: Core, a: Analysis, q: number): void => {
  const v = q >> 1;
  const lvl = s.level[v] ?? 0;
  if (s.seen[v] !== 0 || lvl === 0) return;
  bumpVar(s.order, v);
  s.seen[v] = 1;
  if (lvl < s.decisionLevel) {
    a.learnt[a.size++] = q;
    return;
  }
  a.pending++;
  const r = s.reason[v] ?? NO_REASON;
  // Glucose bumps these again when their learnt reason is better (lower LBD) than the new clause.
  if (r >= 0 && ((s.arena[r + 1] ?? 0) & LEARNT) !== 0) a.lastLevel[a.lastLevelLen++] = v;
};

const abstractLevel = (lvl: number): number => 1 << (lvl & 31);

/**
 * Whether q is implied by other literals of the learnt clause (marked seen),
 * following reasons depth-first. Returns the new length of `toClear` (the
 * marks it added stay, as they are redundant too) or −1 when not redundant
 * (its own marks undone).
 */
const redundant = (s: Core, a: Analysis, q: number, abstractLevels: number, toClearLen: number): number => {
  const { seen, level, reason, arena } = s;
  const { stack, toClear } = a;
  let top = 0;
  let cleared = toClearLen;
  stack[top++] = q;
  while (top > 0) {
    const r = reason[(stack[--top] ?? 0) >> 1] ?? NO_REASON;
    const single = r < NO_REASON;
    const end = single ? 1 : (arena[r] ?? 0) - 1;
    for (let k = 0; k < end; k++) {
      const lit = single ? binaryOther(r) : (arena[r + HEADER + 1 + k] ?? 0);
      const v = lit >> 1;
      if (seen[v] !== 0 || (level[v] ?? 0) === 0) continue;
      if ((reason[v] ?? NO_REASON) !== NO_REASON && (abstractLevel(level[v] ?? 0) & abstractLevels) !== 0) {
        seen[v] = 1;
        stack[top++] = lit;
        toClear[cleared++] = lit;
      } else {
        for (let i = toClearLen; i < cleared; i++) seen[(toClear[i] ?? 0) >> 1] = 0;
        return -1;
      }
    }
  }
  return cleared;
};

/** Number of distinct decision levels among the literals: Glucose's measure of a clause's quality. */
export const lbdOf = (s: Core, a: Analysis, lits: Int32Array, from: number, to: number): number => {
  a.stamp++;
  let lbd = 0;
  for (let i = from; i < to; i++) {
    const lvl = s.level[(lits[i] ?? 0) >> 1] ?? 0;
    if (a.levelStamp[lvl] !== a.stamp) {
      a.levelStamp[lvl] = a.stamp;
      lbd++;
    }
  }
  return lbd;
};

/** A learnt clause used in a conflict gets its LBD lowered when it now spans fewer levels (Glucose). */
const refreshLbd = (s: Core, a: Analysis, cref: number): void => {
  const meta = s.arena[cref + 1] ?? 0;
  const old = meta >> LBD_SHIFT;
  if (old <= 2) return;
  const lbd = lbdOf(s, a, s.arena, cref + HEADER, cref + HEADER + (s.arena[cref] ?? 0));
  if (lbd < old) s.arena[cref + 1] = (lbd << LBD_SHIFT) | (meta & ((1 << LBD_SHIFT) - 1));
};
