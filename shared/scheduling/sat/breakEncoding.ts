import type { Model } from '../model';

/** Where the encoding puts its variables and clauses: the SAT solver, or a DIMACS writer in a test. */
export type ClauseSink = {
  newVar(): number;
  addClause(lits: readonly number[]): boolean;
};

export type BreakEncoding = {
  /** `x[i * S + s]`: variable of "meeting i (of `held`) sits in slot s", 0 where s is outside its domain. */
  x: Int32Array;
  held: Int32Array;
  /**
   * `atLeast[j]` is implied by "the plan has more than j breaks": assuming
   * −atLeast[K] bounds the total to K. Covers j < `limit` (see encodeBreaks).
   */
  atLeast: Int32Array;
  /** The value every variable takes in the hint plan (index = variable), when a hint was given: its phases. */
  hintValues?: Uint8Array;
};

export type BreakEncodingOptions = {
  /** Most breaks any one participant may have (the spread bound when someone is sure to have none). */
  perParticipant?: number;
  /** Totals up to this many breaks can be bounded (the best plan's breaks − 1 is enough). */
  limit: number;
  /** A valid plan holding exactly `held` (slot per request): gives `hintValues`. */
  hint?: Int32Array;
};

/**
 * The plans holding exactly the meetings `held` as CNF, with their breaks
 * counted in unary, so a SAT solver can look for one with fewer breaks.
 *
 * x[i,s] places meeting i in slot s; each meeting takes exactly one slot of
 * its domain; a participant meets at most once per slot; at most #tables
 * meetings per slot and one per bound table; `after` is strict. busy[p,s] ↔
 * p meets in s; a run of p starts at s when p is busy at s and not at s − 1
 * (implied only in that direction: a solver can never gain by inventing
 * starts, since they only raise the count); p's breaks = its runs − 1,
 * counted by a sequential counter whose outputs feed one counter of the total.
 * Counters are the ladder kind (Sinz 2005): outputs implied by the inputs,
 * which is all an upper bound needs.
 */
export const encodeBreaks = (m: Model, held: readonly number[], sink: ClauseSink, options: BreakEncodingOptions): BreakEncoding => {
  const { S, T } = m;
  const N = held.length;
  const hint = options.hint;
  const values: number[] = [0];
  const fresh = (value: boolean): number => {
    const v = sink.newVar();
    values[v] = value ? 1 : 0;
    return v;
  };
  const valueOf = (lit: number): boolean => (lit > 0 ? values[lit] === 1 : values[-lit] === 0);
  const clause = (lits: readonly number[]) => {
    sink.addClause(lits);
  };

  /** Unary count of `lits` up to k: out[j] implied by "at least j + 1 of them". */
  const count = (lits: readonly number[], k: number): number[] => {
    let row: number[] = [];
    for (const lit of lits) {
      const next: number[] = [];
      for (let j = 0; j < Math.min(k, row.length + 1); j++) {
        const before = row[j];
        const below = row[j - 1];
        const out = fresh((before !== undefined && valueOf(before)) || (valueOf(lit) && (j === 0 || (below !== undefined && valueOf(below)))));
        if (before !== undefined) clause([-before, out]);
        if (j === 0) clause([-lit, out]);
        else if (below !== undefined) clause([-lit, -below, out]);
        next.push(out);
      }
      row = next;
    }
    return row;
  };
  const atMost = (lits: readonly number[], k: number) => {
    if (lits.length <= k) return;
    if (k === 0) {
      for (const lit of lits) clause([-lit]);
    } else if (k === 1 && lits.length <= 6) {
      for (let i = 0; i < lits.length; i++) for (let j = i + 1; j < lits.length; j++) clause([-(lits[i] ?? 0), -(lits[j] ?? 0)]);
    } else {
      const out = count(lits, k + 1);
      clause([-(out[k] ?? 0)]);
    }
  };

  const index = new Int32Array(m.R).fill(-1);
  held.forEach((r, i) => {
    index[r] = i;
  });
  const x = new Int32Array(N * S);
  for (let i = 0; i < N; i++) {
    const r = held[i] ?? 0;
    const lits: number[] = [];
    for (let s = 0; s < S; s++) {
      if (!m.inDom[r * S + s]) continue;
      const v = fresh(hint !== undefined && hint[r] === s);
      x[i * S + s] = v;
      lits.push(v);
    }
    clause(lits);
    atMost(lits, 1);
  }

  for (let s = 0; s < S; s++) {
    const here: number[] = [];
    for (let i = 0; i < N; i++) if (x[i * S + s]) here.push(x[i * S + s] ?? 0);
    atMost(here, T);
  }
  const byTable = new Map<number, number[]>();
  for (let i = 0; i < N; i++) {
    const t = m.table[held[i] ?? 0] ?? -1;
    if (t < 0) continue;
    const list = byTable.get(t);
    if (list) list.push(i);
    else byTable.set(t, [i]);
  }
  for (const meetings of byTable.values()) {
    for (let s = 0; s < S; s++) atMost(meetings.map((i) => x[i * S + s] ?? 0).filter((v) => v !== 0), 1);
  }

  for (let i = 0; i < N; i++) {
    const r = held[i] ?? 0;
    for (let j = m.predStart[r] ?? 0; j < (m.predStart[r + 1] ?? 0); j++) {
      const q = index[m.pred[j] ?? 0] ?? -1;
      if (q < 0) continue;
      for (let s = 0; s < S; s++) {
        const v = x[i * S + s] ?? 0;
        if (v === 0) continue;
        const earlier: number[] = [-v];
        for (let t = 0; t < s; t++) if (x[q * S + t]) earlier.push(x[q * S + t] ?? 0);
        clause(earlier);
      }
    }
  }

  const breakLits: number[] = [];
  const perParticipant = options.perParticipant;
  const busy = new Int32Array(S);
  for (let p = 0; p < m.P; p++) {
    const mine: number[] = [];
    for (let j = m.partStart[p] ?? 0; j < (m.partStart[p + 1] ?? 0); j++) {
      const i = index[m.partReq[j] ?? 0] ?? -1;
      if (i >= 0) mine.push(i);
    }
    if (mine.length === 0) continue;
    busy.fill(0);
    for (let s = 0; s < S; s++) {
      const here = mine.map((i) => x[i * S + s] ?? 0).filter((v) => v !== 0);
      if (here.length === 0) continue;
      atMost(here, 1);
      const y = here.length === 1 ? (here[0] ?? 0) : fresh(here.some(valueOf));
      if (here.length > 1) {
        for (const v of here) clause([-v, y]);
        clause([-y, ...here]);
      }
      busy[s] = y;
    }
    const starts: number[] = [];
    for (let s = 0; s < S; s++) {
      const y = busy[s] ?? 0;
      if (y === 0) continue;
      const previous = s > 0 ? (busy[s - 1] ?? 0) : 0;
      if (previous === 0) {
        starts.push(y);
        continue;
      }
      const start = fresh(valueOf(y) && !valueOf(previous));
      clause([-y, previous, start]);
      starts.push(start);
    }
    if (mine.length === 1 || starts.length <= 1) continue;
    const most = Math.min(perParticipant ?? Infinity, options.limit, starts.length - 1);
    const runs = count(starts, most + 2);
    // runs[j] ⇐ at least j + 1 runs, i.e. at least j breaks.
    // More than `most` breaks is barred: beyond the spread bound, or alone over any total the counter can bound.
    if (runs[most + 1] !== undefined) clause([-(runs[most + 1] ?? 0)]);
    for (let j = 1; j <= most; j++) if (runs[j] !== undefined) breakLits.push(runs[j] ?? 0);
  }
  const atLeast = Int32Array.from(count(breakLits, options.limit + 1));
  return {
    x,
    held: Int32Array.from(held),
    atLeast,
    ...(hint === undefined ? {} : { hintValues: Uint8Array.from(values) }),
  };
};
