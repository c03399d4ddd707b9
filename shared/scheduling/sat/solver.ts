import { analyze, createAnalysis, type Analysis } from './analyze';
import { addBinary, reduceLearnts, removeSatisfied, storeClause, watchClause } from './clauses';
import { addVar, assign, backtrack, binaryReason, createCore, newDecisionLevel, NO_REASON } from './core';
import { decayActivities, popMaxVar } from './heap';
import { NO_CONFLICT, propagate } from './propagate';
import { clearRecent, createRestarts, noteConflict, shouldRestart } from './restarts';
import { createTarget, noteTrail, resetTarget } from './target';

/** Literals are non-zero integers as in DIMACS: v or −v for variable v ≥ 1. */
export type SatResult = 'sat' | 'unsat' | 'unknown';

export type SatSolveOptions = {
  /** Literals assumed true for this call only (MiniSat-style assumptions). */
  assumptions?: readonly number[];
  /** Give up ('unknown') when now() ≥ deadline; checked every ~100 conflicts or ~10k propagations. */
  deadline: number;
  now: () => number;
};

export type SatSolver = {
  /** Returns the new variable, numbered 1, 2, 3, … */
  newVar(): number;
  readonly numVars: number;
  /** Adds a clause (also between solves). Duplicate literals and tautologies are fine. Returns false once the formula is unsatisfiable at level 0. */
  addClause(lits: readonly number[]): boolean;
  solve(options: SatSolveOptions): SatResult;
  /** After 'sat': the model's value of variable v. */
  value(v: number): boolean;
  /** The preferred polarity of v for decisions (phase saving starts from it): used to start from a known good plan. */
  setPhase(v: number, value: boolean): void;
  /** Counters for reports. */
  readonly stats: { conflicts: number; decisions: number; propagations: number };
};

const CHECK_EVERY_CONFLICTS = 100;
const CHECK_EVERY_PROPAGATIONS = 10_000;
const FIRST_REDUCE = 2000;
const REDUCE_GROWTH = 300;

const internal = (lit: number): number => (lit > 0 ? 2 * lit : -2 * lit + 1);

/**
 * A CDCL SAT solver in the MiniSat/Glucose mould: two watched literals with
 * blockers (binary clauses on their own lists), 1-UIP learning with recursive
 * minimisation, VSIDS, target phases (target.ts), Glucose restarts and
 * LBD-based clause deletion. Incremental: clauses may be added between solves, and
 * assumptions are decisions, so what is learnt under them stays valid.
 */
export const createSatSolver = (): SatSolver => {
  const s = createCore();
  const analysis = createAnalysis();
  const restarts = createRestarts();
  const target = createTarget();
  let model = new Uint8Array(0);
  let nextReduce = FIRST_REDUCE;
  let reductions = 0;
  /** Level-0 assignments when the clauses were last cleaned of them. */
  let simplifiedAt = 0;
  let scratch = new Int32Array(8);

  const addClause = (lits: readonly number[]): boolean => {
    if (!s.ok) return false;
    if (scratch.length < lits.length) scratch = new Int32Array(2 * lits.length);
    let size = 0;
    for (const lit of lits) {
      const v = Math.abs(lit);
      if (!Number.isInteger(lit) || lit === 0 || v > s.numVars) throw new RangeError(`literal ${lit} names no variable (there are ${s.numVars})`);
      const l = internal(lit);
      const val = s.value[l];
      if (val === 1) return true;
      if (val === -1) continue;
      let duplicate = false;
      for (let i = 0; i < size; i++) {
        if (scratch[i] === l) duplicate = true;
        else if (scratch[i] === (l ^ 1)) return true;
      }
      if (!duplicate) scratch[size++] = l;
    }
    if (size === 0) return (s.ok = false);
    if (size === 1) {
      assign(s, scratch[0] ?? 0, NO_REASON);
      if (propagate(s) !== NO_CONFLICT) s.ok = false;
      return s.ok;
    }
    if (size === 2) addBinary(s, scratch[0] ?? 0, scratch[1] ?? 0);
    else watchClause(s, storeClause(s, scratch, size, false, 0));
    return true;
  };

  /** Learns the analysed clause and asserts its first literal after the backjump. */
  const learn = (a: Analysis): void => {
    backtrack(s, a.backjumpLevel);
    const first = a.learnt[0] ?? 0;
    if (a.size === 1) assign(s, first, NO_REASON);
    else if (a.size === 2) {
      const second = a.learnt[1] ?? 0;
      addBinary(s, first, second);
      assign(s, first, binaryReason(second));
    } else {
      const cref = storeClause(s, a.learnt, a.size, true, a.lbd);
      watchClause(s, cref);
      assign(s, first, cref);
    }
  };

  const simplifyIfNew = (): void => {
    if (s.decisionLevel !== 0 || s.trailLen === simplifiedAt) return;
    removeSatisfied(s);
    simplifiedAt = s.trailLen;
  };

  /** The next decision: the next assumption, else the most active unassigned variable; 0 when all are assigned; −1 when an assumption is false. */
  const decide = (assumptions: Int32Array): number => {
    while (s.decisionLevel < assumptions.length) {
      const p = assumptions[s.decisionLevel] ?? 0;
      const val = s.value[p];
      if (val === 1) newDecisionLevel(s);
      else if (val === -1) return -1;
      else return p;
    }
    const { value, order } = s;
    const phase = target.values;
    for (;;) {
      const v = popMaxVar(order);
      if (v === 0) return 0;
      if (value[2 * v] === 0) return 2 * v + (phase[v] === 1 ? 0 : 1);
    }
  };

  const search = (assumptions: Int32Array, deadline: number, now: () => number): SatResult => {
    const { stats } = s;
    let checkedConflicts = stats.conflicts;
    let checkedPropagations = stats.propagations;
    for (;;) {
      const conflict = propagate(s);
      if (conflict !== NO_CONFLICT) {
        stats.conflicts++;
        if (s.decisionLevel === 0) {
          s.ok = false;
          return 'unsat';
        }
        noteTrail(target, s);
        analyze(s, analysis, conflict);
        noteConflict(restarts, analysis.lbd, s.trailLen);
        learn(analysis);
        decayActivities(s.order);
        continue;
      }
      if (stats.conflicts - checkedConflicts >= CHECK_EVERY_CONFLICTS || stats.propagations - checkedPropagations >= CHECK_EVERY_PROPAGATIONS) {
        if (now() >= deadline) return 'unknown';
        checkedConflicts = stats.conflicts;
        checkedPropagations = stats.propagations;
      }
      if (shouldRestart(restarts)) {
        clearRecent(restarts);
        backtrack(s, 0);
        simplifyIfNew();
        continue;
      }
      if (stats.conflicts >= nextReduce) {
        reductions++;
        nextReduce = stats.conflicts + FIRST_REDUCE + REDUCE_GROWTH * reductions;
        reduceLearnts(s);
      }
      const next = decide(assumptions);
      if (next === -1) return 'unsat';
      if (next === 0) return 'sat';
      stats.decisions++;
      newDecisionLevel(s);
      assign(s, next, NO_REASON);
    }
  };

  const solve = ({ assumptions = [], deadline, now }: SatSolveOptions): SatResult => {
    if (!s.ok) return 'unsat';
    const assumed = Int32Array.from(assumptions, (lit) => {
      if (!Number.isInteger(lit) || lit === 0 || Math.abs(lit) > s.numVars) throw new RangeError(`assumption ${lit} names no variable`);
      return internal(lit);
    });
    if (now() >= deadline) return 'unknown';
    resetTarget(target, s);
    simplifyIfNew();
    const result = search(assumed, deadline, now);
    if (result === 'sat') {
      model = new Uint8Array(s.numVars + 1);
      for (let v = 1; v <= s.numVars; v++) model[v] = s.value[2 * v] === 1 ? 1 : 0;
    }
    backtrack(s, 0);
    return result;
  };

  return {
    newVar: () => addVar(s),
    get numVars() {
      return s.numVars;
    },
    addClause,
    solve,
    value: (v) => model[v] === 1,
    setPhase: (v, value) => {
      if (!Number.isInteger(v) || v < 1 || v > s.numVars) throw new RangeError(`variable ${v} does not exist (there are ${s.numVars})`);
      s.phase[v] = value ? 1 : 0;
    },
    get stats() {
      return s.stats;
    },
  };
};
