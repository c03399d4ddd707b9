import { createVarOrder, growVarOrder, insertVar, type VarOrder } from './heap';
import { createLists, growKeys, type Lists } from './lists';

/**
 * The solver's state, all in typed arrays so the hot loops never allocate.
 *
 * Internal literals: 2v for v, 2v + 1 for ¬v (v ≥ 1), so `lit ^ 1` negates
 * and `lit >> 1` is the variable.
 *
 * Long clauses (3+ literals, and learnt ones) live in one Int32Array arena:
 * [size, meta, lit0, lit1, …] at their offset (the clause reference); lit0 and
 * lit1 are the watched ones, lit0 the implied one when the clause is a reason.
 * Binary clauses live only in `bins`: they are most of the scheduler's clauses,
 * and a binary watch needs no clause visit.
 */
export type Core = {
  numVars: number;
  /** Variables the per-variable arrays have room for (index 0 unused). */
  capacity: number;

  /** Per literal: 1 true, −1 false, 0 unassigned. */
  value: Int8Array;
  /** Per literal: (clause reference, blocker) pairs of clauses watching it, visited when it becomes false. */
  watches: Lists;
  /** Per literal l: the literals q of binary clauses (l ∨ q). */
  bins: Lists;

  level: Int32Array;
  /** Clause reference, NO_REASON, or a binary clause as binaryReason(other literal). */
  reason: Int32Array;
  /** Saved phase: 1 decides v, 0 decides ¬v. */
  phase: Uint8Array;
  seen: Uint8Array;
  order: VarOrder;

  trail: Int32Array;
  trailLen: number;
  /** Next trail entry to propagate. */
  qhead: number;
  /** Trail length at the start of each decision level. */
  levelStart: Int32Array;
  decisionLevel: number;

  arena: Int32Array;
  arenaLen: number;

  /** False once the clauses are unsatisfiable without assumptions. */
  ok: boolean;
  /** The literals of the last binary conflict (propagate returned BINARY_CONFLICT). */
  conflictA: number;
  conflictB: number;

  stats: { conflicts: number; decisions: number; propagations: number };
};

export const NO_REASON = -1;
export const binaryReason = (other: number): number => -2 - other;
/** The other literal of a binary reason (reason < NO_REASON). */
export const binaryOther = (reason: number): number => -2 - reason;

export const HEADER = 2;
export const LEARNT = 1;
export const DELETED = 2;
/** meta = lbd << LBD_SHIFT | flags. */
export const LBD_SHIFT = 2;

export const createCore = (): Core => ({
  numVars: 0,
  capacity: 1,
  value: new Int8Array(2),
  watches: createLists(2),
  bins: createLists(2),
  level: new Int32Array(1),
  reason: new Int32Array(1).fill(NO_REASON),
  phase: new Uint8Array(1),
  seen: new Uint8Array(1),
  order: createVarOrder(1),
  trail: new Int32Array(1),
  trailLen: 0,
  qhead: 0,
  levelStart: new Int32Array(1),
  decisionLevel: 0,
  arena: new Int32Array(1024),
  arenaLen: 0,
  ok: true,
  conflictA: 0,
  conflictB: 0,
  stats: { conflicts: 0, decisions: 0, propagations: 0 },
});

const grownInt32 = (old: Int32Array, length: number, fill = 0): Int32Array => {
  const next = new Int32Array(length);
  if (fill !== 0) next.fill(fill);
  next.set(old);
  return next;
};

const grow = (s: Core, capacity: number): void => {
  const lits = 2 * capacity;
  const value = new Int8Array(lits);
  value.set(s.value);
  s.value = value;
  growKeys(s.watches, lits);
  growKeys(s.bins, lits);
  s.level = grownInt32(s.level, capacity);
  s.reason = grownInt32(s.reason, capacity, NO_REASON);
  const phase = new Uint8Array(capacity);
  phase.set(s.phase);
  s.phase = phase;
  s.seen = new Uint8Array(capacity);
  growVarOrder(s.order, capacity);
  s.trail = grownInt32(s.trail, capacity);
  s.levelStart = grownInt32(s.levelStart, capacity + 1);
  s.capacity = capacity;
};

export const addVar = (s: Core): number => {
  const v = s.numVars + 1;
  if (v >= s.capacity) grow(s, Math.max(16, s.capacity * 2));
  s.numVars = v;
  insertVar(s.order, v);
  return v;
};

export const assign = (s: Core, lit: number, reason: number): void => {
  const v = lit >> 1;
  s.value[lit] = 1;
  s.value[lit ^ 1] = -1;
  s.level[v] = s.decisionLevel;
  s.reason[v] = reason;
  s.trail[s.trailLen++] = lit;
};

export const newDecisionLevel = (s: Core): void => {
  if (s.decisionLevel + 1 >= s.levelStart.length) s.levelStart = grownInt32(s.levelStart, s.levelStart.length * 2);
  s.levelStart[++s.decisionLevel] = s.trailLen;
};

/** Undoes every assignment above `level`, saving phases and returning variables to the heap. */
export const backtrack = (s: Core, level: number): void => {
  if (s.decisionLevel <= level) return;
  const { value, trail, phase, reason, order } = s;
  const start = s.levelStart[level + 1] ?? 0;
  for (let i = s.trailLen - 1; i >= start; i--) {
    const lit = trail[i] ?? 0;
    const v = lit >> 1;
    value[lit] = 0;
    value[lit ^ 1] = 0;
    phase[v] = (lit & 1) ^ 1;
    reason[v] = NO_REASON;
    if ((order.index[v] ?? -1) < 0) insertVar(order, v);
  }
  s.trailLen = start;
  s.qhead = start;
  s.decisionLevel = level;
};
