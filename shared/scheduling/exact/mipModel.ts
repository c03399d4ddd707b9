import type { ExactModel } from './compile';
import { lpWriter, type Term } from './lpText';

/**
 * The scheduling problem as one integer program, in CPLEX LP format.
 *
 * Variables: x[r,s] = 1 when request r is held in slot s (only the slots of
 * its domain, see compile.ts; at most one per request); y[p,s] = participant p busy in slot s (the sum
 * of p's x in s, at most 1); z[p,s] = p starts a run of meetings in s; u[p] =
 * p meets at all. A participant's breaks are then runs − 1 when busy, i.e.
 * Σ_s z[p,s] − u[p]: every break ends a run and starts the next one. Slots are
 * one sequence (breaks.ts: the pause between sessions is not a break), so
 * sessions play no part here.
 *
 * z is pinned exactly (z ≥ y_s − y_{s−1}, z ≤ y_s, z ≤ 1 − y_{s−1}), not just
 * from below, so the fairness term cannot buy a smaller spread by inventing
 * breaks; u likewise (u ≥ y_s, u ≤ Σ y). Both can then be continuous: they
 * are integral whenever x is.
 *
 * Objective, lexicographic by weights, as schedule.ts ranks plans: the held
 * priority weight first, then (when `maxBreakSpread` is given) the excess of
 * max − min breaks over the bound, then the total breaks. Each weight exceeds
 * the most the terms after it can ever add up to, so no amount of the later
 * goals buys one unit of an earlier one, and every coefficient is an integer,
 * so the objective is integral and an absolute gap below 1 proves optimality.
 */
export type MipModel = {
  lp: string;
  /** Number of x variables; 0 means no request can be held at all. */
  xCount: number;
  /** Objective value of a plan, given each request's slot (−1 = not held). */
  objectiveOf(slotOf: readonly number[]): number;
  /** The solver's values as each request's slot (−1 = not held); undefined when a request is in two slots. */
  decode(values: ReadonlyMap<string, number>): number[] | undefined;
  /** Every variable's value for a plan, to hand the solver as its start. */
  valuesOf(slotOf: readonly number[]): Map<string, number>;
  /** The most priority weight an objective value can stand for. */
  weightWithin(objective: number): number;
};

const xName = (r: number, s: number) => `x${r}_${s}`;
const yName = (p: number, s: number) => `y${p}_${s}`;
const zName = (p: number, s: number) => `z${p}_${s}`;
const uName = (p: number) => `u${p}`;

/** Most breaks a participant can have: n meetings give at most n − 1, and each break needs an empty slot. */
const breakCeiling = (meetings: number, S: number) => Math.max(0, Math.min(meetings - 1, Math.floor((S - 1) / 2)));

/**
 * `minWeight`, when given, is a cutoff: only plans holding at least that much
 * priority weight (the heuristic's plan does, and is kept unless beaten). When
 * it is all the weight there is, every request must be held, and presolve turns
 * that into equalities that tighten the whole program.
 */
export const buildMip = (m: ExactModel, maxBreakSpread?: number, minWeight?: number): MipModel => {
  const { S, T, dom } = m;
  const P = m.reqsOf.length;
  const lp = lpWriter();
  const objective: Term[] = [];
  const bounds: string[] = [];
  const binaries: string[] = [];

  // Which participants can be busy in which slot, and with which x.
  const busyTerms = Array.from({ length: P }, () => Array.from({ length: S }, (): Term[] => []));
  const perSlot = Array.from({ length: S }, (): Term[] => []);
  const perTable = new Map<string, Term[]>();
  let xCount = 0;
  for (const [r, slots] of dom.entries()) {
    if (slots.length > 1) lp.row(`once_${r}`, slots.map((s): Term => [1, xName(r, s)]), '<=', 1);
    for (const s of slots) {
      const x = xName(r, s);
      xCount++;
      binaries.push(x);
      if (m.lockedSlot[r] === s) bounds.push(`${x} = 1`);
      busyTerms[m.a[r] ?? 0]?.[s]?.push([1, x]);
      busyTerms[m.b[r] ?? 0]?.[s]?.push([1, x]);
      perSlot[s]?.push([1, x]);
      const t = m.table[r] ?? -1;
      if (t >= 0) {
        const key = `${t}_${s}`;
        perTable.set(key, [...(perTable.get(key) ?? []), [1, x]]);
      }
    }
  }

  // A table holds one meeting per slot: bound meetings take their own table, the rest any
  // free one, so a slot fits its meetings exactly when they number at most T and no two
  // share a bound table (the same argument as tables.ts).
  perSlot.forEach((terms, s) => {
    if (terms.length > T) lp.row(`tables_${s}`, terms, '<=', T);
  });
  for (const [key, terms] of perTable) if (terms.length > 1) lp.row(`table_${key}`, terms, '<=', 1);

  const ceiling = m.reqsOf.map((reqs, p) => breakCeiling(Math.min(m.cap[p] ?? 0, reqs.length), S));
  const withBreaks = ceiling.map((c) => c > 0);
  const meets = m.reqsOf.map((reqs) => reqs.length > 0);
  const spread = maxBreakSpread !== undefined;
  const maxCeiling = Math.max(0, ...ceiling);
  const totalCeiling = ceiling.reduce((x, y) => x + y, 0);
  const spreadWeight = spread ? totalCeiling + 1 : 0;
  const weightUnit = spreadWeight * maxCeiling + totalCeiling + 1;

  for (let p = 0; p < P; p++) {
    if (!meets[p]) continue;
    const busy: string[] = [];
    for (let s = 0; s < S; s++) {
      const terms = busyTerms[p]?.[s] ?? [];
      if (terms.length === 0) continue;
      const y = yName(p, s);
      busy.push(y);
      lp.row(`busy_${p}_${s}`, [[1, y], ...terms.map(([c, x]): Term => [-c, x])], '=', 0);
      bounds.push(`0 <= ${y} <= 1`);
    }
    if (busy.length > (m.cap[p] ?? 0)) lp.row(`cap_${p}`, busy.map((y): Term => [1, y]), '<=', m.cap[p] ?? 0);
    if (!withBreaks[p] && !spread) continue;
    const u = uName(p);
    bounds.push(`0 <= ${u} <= 1`);
    lp.row(`meets_${p}`, [[1, u], ...busy.map((y): Term => [-1, y])], '<=', 0);
    if (spread) for (const y of busy) lp.row(`meetsif_${y}`, [[1, u], [-1, y]], '>=', 0);
    // breaks_p as terms: Σ z − u, or nothing for someone who can never have a break.
    const breaks: Term[] = withBreaks[p] ? [[-1, u]] : [];
    if (withBreaks[p]) {
      for (let s = 0; s < S; s++) {
        if ((busyTerms[p]?.[s] ?? []).length === 0) continue;
        const z = zName(p, s);
        const y = yName(p, s);
        const before = s > 0 && (busyTerms[p]?.[s - 1] ?? []).length > 0 ? yName(p, s - 1) : undefined;
        bounds.push(`0 <= ${z} <= 1`);
        lp.row(`runlo_${p}_${s}`, before ? [[1, z], [-1, y], [1, before]] : [[1, z], [-1, y]], '>=', 0);
        lp.row(`runhi_${p}_${s}`, [[1, z], [-1, y]], '<=', 0);
        if (before) lp.row(`runend_${p}_${s}`, [[1, z], [1, before]], '<=', 1);
        breaks.push([1, z]);
        objective.push([-1, z]);
      }
      objective.push([1, u]);
    }
    if (spread) {
      // bmax ≥ breaks_p; bmin ≤ breaks_p + maxCeiling·(1 − u): binding only for whoever meets.
      lp.row(`bmax_${p}`, [[1, 'bmax'], ...breaks.map(([c, v]): Term => [-c, v])], '>=', 0);
      const uInBreaks = breaks.find(([, v]) => v === u)?.[0] ?? 0;
      const others = breaks.filter(([, v]) => v !== u).map(([c, v]): Term => [-c, v]);
      lp.row(`bmin_${p}`, [[1, 'bmin'], ...others, [maxCeiling - uInBreaks, u]], '<=', maxCeiling);
    }
  }
  if (spread) {
    lp.row('excess', [[1, 'ex'], [-1, 'bmax'], [1, 'bmin']], '>=', -maxBreakSpread);
    bounds.push(`0 <= bmin <= ${maxCeiling}`, `0 <= bmax <= ${maxCeiling}`, `0 <= ex <= ${maxCeiling}`);
    objective.push([-spreadWeight, 'ex']);
  }

  // Precedence, binding only when both are held: `later` in slot s or before, and `earlier`
  // in slot s or after, cannot both be. Checking each slot of `later`'s domain suffices.
  for (const [k, [earlier, later]] of m.order.entries()) {
    const first = dom[earlier] ?? [];
    const second = dom[later] ?? [];
    for (const s of second) {
      const clash: Term[] = [...second.filter((t) => t <= s).map((t): Term => [1, xName(later, t)]), ...first.filter((t) => t >= s).map((t): Term => [1, xName(earlier, t)])];
      if (first.some((t) => t >= s)) lp.row(`order_${k}_${s}`, clash, '<=', 1);
    }
  }

  const held: Term[] = [];
  for (const [r, slots] of dom.entries()) for (const s of slots) held.push([weightUnit * (m.w[r] ?? 0), xName(r, s)]);
  if (minWeight !== undefined && minWeight > 0) lp.row('cutoff', held.map(([c, x]): Term => [c / weightUnit, x]), '>=', minWeight);

  const breaksOf = (slotOf: readonly number[]) => {
    const at = Array.from({ length: P }, (): number[] => []);
    slotOf.forEach((s, r) => {
      if (s < 0) return;
      at[m.a[r] ?? 0]?.push(s);
      at[m.b[r] ?? 0]?.push(s);
    });
    return at.map((list) => {
      list.sort((x, y) => x - y);
      let breaks = 0;
      for (let i = 1; i < list.length; i++) if ((list[i] ?? 0) - (list[i - 1] ?? 0) > 1) breaks++;
      return { breaks, busy: list };
    });
  };

  const objectiveOf = (slotOf: readonly number[]) => {
    const people = breaksOf(slotOf);
    const weight = slotOf.reduce((sum, s, r) => sum + (s >= 0 ? (m.w[r] ?? 0) : 0), 0);
    const total = people.reduce((sum, p) => sum + p.breaks, 0);
    const active = people.filter((p) => p.busy.length > 0).map((p) => p.breaks);
    const excess = spread && active.length > 0 ? Math.max(0, Math.max(...active) - Math.min(...active) - (maxBreakSpread ?? 0)) : 0;
    return weightUnit * weight - spreadWeight * excess - total;
  };

  const valuesOf = (slotOf: readonly number[]) => {
    const values = new Map<string, number>();
    slotOf.forEach((s, r) => {
      if (s >= 0) values.set(xName(r, s), 1);
    });
    const people = breaksOf(slotOf);
    const active: number[] = [];
    people.forEach(({ breaks, busy }, p) => {
      if (busy.length === 0) return;
      active.push(breaks);
      values.set(uName(p), 1);
      for (const s of busy) {
        values.set(yName(p, s), 1);
        if (withBreaks[p] && !busy.includes(s - 1)) values.set(zName(p, s), 1);
      }
    });
    if (spread) {
      const max = Math.max(0, ...active);
      const min = active.length > 0 ? Math.min(...active) : maxCeiling;
      values.set('bmax', max);
      values.set('bmin', min);
      values.set('ex', Math.max(0, max - min - (maxBreakSpread ?? 0)));
    }
    return values;
  };

  const decode = (values: ReadonlyMap<string, number>) => {
    const slotOf = dom.map((slots, r) => slots.filter((s) => (values.get(xName(r, s)) ?? 0) > 0.5));
    return slotOf.some((s) => s.length > 1) ? undefined : slotOf.map((s) => s[0] ?? -1);
  };

  // objective = weightUnit·weight − (terms < weightUnit), so weight ≤ (objective + weightUnit − 1) / weightUnit.
  const weightWithin = (objective: number) => Math.floor((objective + weightUnit - 1) / weightUnit + 1e-9);

  return { lp: lp.text([...held, ...objective], bounds, binaries), xCount, objectiveOf, decode, valuesOf, weightWithin };
};
