import { describe, expect, it } from 'vitest';
import { createSatSolver, type SatSolver } from '../../../../shared/scheduling/sat/solver';

type Cnf = { vars: number; clauses: number[][] };

/** mulberry32: a seeded generator, so a failing case can be replayed. */
const random = (seed: number) => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

const random3Sat = (vars: number, clauses: number, seed: number): Cnf => {
  const next = random(seed);
  const out: number[][] = [];
  for (let i = 0; i < clauses; i++) {
    const clause: number[] = [];
    while (clause.length < 3) {
      const v = 1 + Math.floor(next() * vars);
      if (clause.some((l) => Math.abs(l) === v)) continue;
      clause.push(next() < 0.5 ? v : -v);
    }
    out.push(clause);
  }
  return { vars, clauses: out };
};

/** Pigeon p sits in hole h: variable p * holes + h + 1. */
const pigeonhole = (pigeons: number, holes: number): Cnf => {
  const x = (p: number, h: number) => p * holes + h + 1;
  const clauses: number[][] = [];
  for (let p = 0; p < pigeons; p++) clauses.push(Array.from({ length: holes }, (_, h) => x(p, h)));
  for (let h = 0; h < holes; h++) for (let p = 0; p < pigeons; p++) for (let q = p + 1; q < pigeons; q++) clauses.push([-x(p, h), -x(q, h)]);
  return { vars: pigeons * holes, clauses };
};

const load = (cnf: Cnf, solver: SatSolver = createSatSolver()): SatSolver => {
  while (solver.numVars < cnf.vars) solver.newVar();
  for (const clause of cnf.clauses) solver.addClause(clause);
  return solver;
};

const forever = { deadline: Infinity, now: () => 0 };

const holds = (solver: SatSolver, lit: number) => solver.value(Math.abs(lit)) === lit > 0;
const falseClauses = (solver: SatSolver, clauses: readonly number[][]) => clauses.filter((c) => !c.some((l) => holds(solver, l)));

/** Every assignment, for formulas small enough. */
const bruteForce = ({ vars, clauses }: Cnf): boolean => {
  for (let bits = 0; bits < 2 ** vars; bits++) {
    const holdsIn = (l: number) => ((bits >> (Math.abs(l) - 1)) & 1) === (l > 0 ? 1 : 0);
    if (clauses.every((c) => c.some(holdsIn))) return true;
  }
  return false;
};

/** Plain backtracking with unit propagation, no learning: an independent reference for 40 variables. */
const dpll = (clauses: readonly number[][], assigned: ReadonlyMap<number, boolean> = new Map()): boolean => {
  const values = new Map(assigned);
  for (;;) {
    let unit = 0;
    for (const clause of clauses) {
      if (clause.some((l) => values.get(Math.abs(l)) === l > 0)) continue;
      const open = clause.filter((l) => !values.has(Math.abs(l)));
      if (open.length === 0) return false;
      if (open.length === 1) {
        unit = open[0] ?? 0;
        break;
      }
    }
    if (unit === 0) break;
    values.set(Math.abs(unit), unit > 0);
  }
  const free = clauses.flat().find((l) => !values.has(Math.abs(l)));
  if (free === undefined) return true;
  const v = Math.abs(free);
  return dpll(clauses, new Map(values).set(v, true)) || dpll(clauses, new Map(values).set(v, false));
};

const expectAnswer = (cnf: Cnf, expected: boolean, seed: number) => {
  const solver = load(cnf);
  const result = solver.solve(forever);
  expect(result, `seed ${seed}`).toBe(expected ? 'sat' : 'unsat');
  if (result === 'sat') expect(falseClauses(solver, cnf.clauses), `seed ${seed}`).toEqual([]);
};

describe('createSatSolver', () => {
  it('agrees with brute force on small random 3-SAT near the threshold', () => {
    let sat = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const cnf = random3Sat(12, 51, seed);
      const expected = bruteForce(cnf);
      if (expected) sat++;
      expectAnswer(cnf, expected, seed);
    }
    // Near the threshold both answers come up often, so both paths are exercised.
    expect(sat).toBeGreaterThan(60);
    expect(sat).toBeLessThan(240);
  });

  it('agrees with backtracking search on random 3-SAT with 40 variables and 170 clauses', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const cnf = random3Sat(40, 170, 1000 + seed);
      expectAnswer(cnf, dpll(cnf.clauses), seed);
    }
  });

  it('finds models of larger satisfiable random formulas that satisfy every clause', () => {
    let sat = 0;
    for (let seed = 1; seed <= 10; seed++) {
      const cnf = random3Sat(250, 950, 5000 + seed);
      const solver = load(cnf);
      if (solver.solve(forever) !== 'sat') continue;
      sat++;
      expect(falseClauses(solver, cnf.clauses)).toEqual([]);
    }
    // Below the threshold (3.8 clauses a variable) nearly all are satisfiable.
    expect(sat).toBeGreaterThanOrEqual(8);
  });

  it('solves 50,000 variables and 100,000 mostly binary clauses within a second', () => {
    const next = random(11);
    const vars = 50_000;
    const planted = Array.from({ length: vars + 1 }, () => next() < 0.5);
    const pick = () => {
      const v = 1 + Math.floor(next() * vars);
      return next() < 0.5 ? v : -v;
    };
    const clauses: number[][] = [];
    for (let i = 0; i < 100_000; i++) {
      const clause = Array.from({ length: i % 3 === 0 ? 3 : 2 }, pick);
      // Keep only clauses the planted assignment satisfies, so the formula is satisfiable.
      if (!clause.some((l) => planted[Math.abs(l)] === l > 0)) clause[0] = -(clause[0] ?? 0);
      clauses.push(clause);
    }
    const solver = load({ vars, clauses });
    const start = performance.now();
    expect(solver.solve({ deadline: start + 1000, now: () => performance.now() })).toBe('sat');
    expect(falseClauses(solver, clauses)).toEqual([]);
  });

  it('proves that 6 pigeons do not fit in 5 holes, and seats 5 in 5', () => {
    const six = load(pigeonhole(6, 5));
    expect(six.solve(forever)).toBe('unsat');
    expect(six.addClause([1, 2])).toBe(false);
    const five = pigeonhole(5, 5);
    const solver = load(five);
    expect(solver.solve(forever)).toBe('sat');
    expect(falseClauses(solver, five.clauses)).toEqual([]);
  });

  it('stays correct through learnt-clause reductions (8 pigeons, 7 holes)', () => {
    const solver = load(pigeonhole(8, 7));
    expect(solver.solve(forever)).toBe('unsat');
    // The first reduction comes at 2,000 conflicts.
    expect(solver.stats.conflicts).toBeGreaterThan(2000);
  });

  it('takes clauses between solves', () => {
    const solver = load({ vars: 3, clauses: [[1, 2], [-1, 3]] });
    expect(solver.solve(forever)).toBe('sat');
    solver.addClause([-2]);
    expect(solver.solve(forever)).toBe('sat');
    expect([solver.value(1), solver.value(2), solver.value(3)]).toEqual([true, false, true]);
    expect(solver.addClause([-3])).toBe(false);
    expect(solver.solve(forever)).toBe('unsat');
  });

  it('answers under assumptions without keeping them', () => {
    const php = pigeonhole(5, 5);
    const solver = load(php);
    // Pigeons 0 and 1 both in hole 0 is impossible; the formula itself is not.
    expect(solver.solve({ ...forever, assumptions: [1, 6] })).toBe('unsat');
    expect(solver.solve({ ...forever, assumptions: [1, 7] })).toBe('sat');
    expect([solver.value(1), solver.value(7)]).toEqual([true, true]);
    expect(falseClauses(solver, php.clauses)).toEqual([]);
    expect(solver.solve(forever)).toBe('sat');
    expect(solver.solve({ ...forever, assumptions: [-1, -1, 1] })).toBe('unsat');
  });

  it('keeps what it learnt under assumptions valid for later solves', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const cnf = random3Sat(40, 150, 9000 + seed);
      const solver = load(cnf);
      const next = random(seed);
      for (let round = 0; round < 6; round++) {
        const assumptions = Array.from({ length: 4 }, () => (next() < 0.5 ? 1 : -1) * (1 + Math.floor(next() * 40)));
        const expected = dpll(cnf.clauses, new Map(assumptions.map((l) => [Math.abs(l), l > 0])));
        const consistent = assumptions.every((l) => !assumptions.includes(-l));
        const result = solver.solve({ ...forever, assumptions });
        expect(result, `seed ${seed} round ${round}`).toBe(consistent && expected ? 'sat' : 'unsat');
        if (result === 'sat') {
          expect(falseClauses(solver, cnf.clauses)).toEqual([]);
          expect(assumptions.every((l) => holds(solver, l))).toBe(true);
        }
      }
    }
  });

  it('gives up with unknown when the deadline has passed, and solves on the next call', () => {
    const solver = load(pigeonhole(7, 6));
    expect(solver.solve({ deadline: 0, now: () => 1 })).toBe('unknown');
    expect(solver.solve(forever)).toBe('unsat');
  });

  it('gives up when the deadline passes during the search, reading the clock only now and then, and resumes', () => {
    const solver = load(pigeonhole(8, 7));
    let reads = 0;
    expect(solver.solve({ deadline: 10, now: () => reads++ })).toBe('unknown');
    // Once before the search, then about every hundred conflicts until it reads 10.
    expect(reads).toBe(11);
    expect(solver.stats.conflicts).toBeGreaterThan(500);
    expect(solver.solve(forever)).toBe('unsat');
  });

  it('follows the given phases where the formula leaves a choice', () => {
    const next = random(7);
    const vars = 60;
    const phases = Array.from({ length: vars + 1 }, () => next() < 0.5);
    // Every clause holds under the phases, so a search that decides by them never conflicts.
    const clauses = random3Sat(vars, 120, 8).clauses.map((c) => (c.some((l) => phases[Math.abs(l)] === l > 0) ? c : [...c.slice(1), -(c[0] ?? 0)]));
    const solver = load({ vars, clauses });
    for (let v = 1; v <= vars; v++) solver.setPhase(v, phases[v] ?? false);
    expect(solver.solve(forever)).toBe('sat');
    for (let v = 1; v <= vars; v++) expect(solver.value(v), `variable ${v}`).toBe(phases[v]);
    expect(solver.stats.conflicts).toBe(0);
  });

  it('decides false by default', () => {
    const solver = load({ vars: 3, clauses: [[1, 2, 3]] });
    expect(solver.solve(forever)).toBe('sat');
    expect([solver.value(1), solver.value(2), solver.value(3)].filter(Boolean)).toHaveLength(1);
  });

  it('accepts duplicate literals and tautologies, and refuses unknown variables', () => {
    const solver = load({ vars: 2, clauses: [[1, 1, -2], [2, -2], [-1, -1]] });
    expect(solver.solve(forever)).toBe('sat');
    expect([solver.value(1), solver.value(2)]).toEqual([false, false]);
    expect(() => solver.addClause([3])).toThrow(RangeError);
    expect(() => solver.solve({ ...forever, assumptions: [0] })).toThrow(RangeError);
  });

  it('numbers variables from 1 and counts its work', () => {
    const solver = createSatSolver();
    expect([solver.newVar(), solver.newVar(), solver.numVars]).toEqual([1, 2, 2]);
    load(pigeonhole(6, 5), solver).solve(forever);
    expect(solver.stats.conflicts).toBeGreaterThan(0);
    expect(solver.stats.decisions).toBeGreaterThan(0);
    expect(solver.stats.propagations).toBeGreaterThan(solver.stats.conflicts);
  });
});
