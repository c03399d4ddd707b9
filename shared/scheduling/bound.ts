import { compileModel, type Model } from './model';
import type { ScheduleInstance } from './types';

/**
 * A proven upper bound on the priority weight any valid plan can schedule.
 *
 * The relaxation. Let x_r = 1 when request r is held. Every valid plan satisfies
 *   (1) x_r = 0 unless r is placeable (some slot suits both sides, a table suits both);
 *   (2) for each participant p: Σ_{r ∋ p} x_r ≤ c_p, where c_p = min(maxMeetings,
 *       |slots in the domain of some request of p|): p meets at most once per slot,
 *       and only in those slots;
 *   (3) for each table t that some requests must use (a host table, a locked
 *       table): Σ_{r at t} x_r ≤ |slots in the domain of those requests|, since t
 *       holds one meeting per slot;
 *   (4) Σ_r x_r ≤ M = Σ_s min(#tables, ⌊A_s / 2⌋, D_s), where A_s counts the
 *       participants with a request that may use slot s and D_s those requests:
 *       slot s holds at most one meeting per table, each of two of those people.
 * So the plan's weight is at most the LP  max Σ w_r x_r  s.t. (2)–(4), 0 ≤ x ≤ 1.
 *
 * The certificate. By weak duality, for any y_p, v_t, z ≥ 0 and
 * u_r = max(0, w_r − y_a − y_b − v_t(r) − z), every feasible x has
 *   Σ w_r x_r ≤ Σ x_r (y_a + y_b + v_t(r) + z + u_r)
 *            ≤ Σ c_p y_p + Σ C_t v_t + M z + Σ u_r,
 * because each x_r ≤ 1 and each constraint's left side is at most its right side.
 * So *every* choice of the duals gives a valid bound; we only search for a small
 * one, by exact coordinate descent (each dual in turn set to its best value given
 * the others) from two starts, then, unless a greedy point of the relaxation
 * already meets it, by smoothed projected-gradient steps (`refineDuals`), and
 * keep the smallest value seen. Weights are integers, so the bound is rounded down.
 *
 * It is never worse than the simple bounds: all duals 0 gives the sum of the
 * placeable weights; z alone gives the sum of the M largest placeable weights;
 * y alone gives half the sum over participants of their c_p largest weights.
 */
export const upperBoundOfModel = (m: Model): number => {
  const placeable: number[] = [];
  for (let r = 0; r < m.R; r++) if (m.blocked[r] === undefined) placeable.push(r);
  if (placeable.length === 0) return 0;
  const g = constraintGroups(m, placeable);
  const dual = new Float64Array(g.capacity.length);
  const scratch = new Float64Array(placeable.length);
  /** w_r minus the duals of r's constraints: what u_r must cover. */
  const slack = (r: number): number => {
    let sum = m.w[r] ?? 0;
    for (let i = g.ofStart[r] ?? 0; i < (g.ofStart[r + 1] ?? 0); i++) sum -= dual[g.of[i] ?? 0] ?? 0;
    return sum;
  };
  const value = (): number => {
    let total = 0;
    for (let k = 0; k < dual.length; k++) total += (g.capacity[k] ?? 0) * (dual[k] ?? 0);
    for (const r of placeable) total += Math.max(0, slack(r));
    return total;
  };
  let best = Infinity;
  for (const reversed of [false, true]) {
    dual.fill(0);
    best = Math.min(best, value());
    for (let sweep = 0; sweep < SWEEPS; sweep++) {
      for (let n = 0; n < dual.length; n++) {
        // The global constraint first from one start, last from the other: descent stops at different corners.
        const k = reversed ? dual.length - 1 - n : n;
        const from = g.start[k] ?? 0;
        const to = g.start[k + 1] ?? 0;
        for (let i = from; i < to; i++) {
          const r = g.requests[i] ?? 0;
          scratch[i - from] = slack(r) + (dual[k] ?? 0);
        }
        dual[k] = bestDual(scratch.subarray(0, to - from), g.capacity[k] ?? 0);
      }
      const v = value();
      if (v > best - 1e-9) break;
      best = v;
    }
  }
  // Refining pays only while the bound may still come down to what a plan can hold.
  if (Math.floor(best + 1e-6) > greedyWeight(g, placeable, m.w)) best = Math.min(best, refineDuals(g, placeable, m.w, dual, value));
  return Math.floor(best + 1e-6);
};

/**
 * The weight of a feasible point of the relaxation, taken greedily by weight:
 * when the dual bound already equals it (rounded down), no dual can do better.
 */
const greedyWeight = (g: Groups, placeable: readonly number[], w: ArrayLike<number>): number => {
  const left = Float64Array.from(g.capacity);
  const order = [...placeable].sort((x, y) => (w[y] ?? 0) - (w[x] ?? 0));
  let total = 0;
  for (const r of order) {
    const from = g.ofStart[r] ?? 0;
    const to = g.ofStart[r + 1] ?? 0;
    let fits = true;
    for (let i = from; i < to && fits; i++) fits = (left[g.of[i] ?? 0] ?? 0) >= 1;
    if (!fits) continue;
    for (let i = from; i < to; i++) left[g.of[i] ?? 0] = (left[g.of[i] ?? 0] ?? 0) - 1;
    total += w[r] ?? 0;
  }
  return total;
};

/**
 * Coordinate descent stops at corners of this piecewise-linear dual where no
 * single dual can improve but two together could (raise one person's, lower
 * another's). Projected gradient steps on a smoothed dual (each max(0, e)
 * replaced by τ·log(1 + e^{e/τ}), τ shrinking) move all duals at once; the
 * exact dual is evaluated at every point visited and the least value kept,
 * so the bound stays a proof whatever the steps do.
 */
const refineDuals = (g: Groups, placeable: readonly number[], w: ArrayLike<number>, dual: Float64Array, value: () => number): number => {
  const K = dual.length;
  const grad = new Float64Array(K);
  const size = new Float64Array(K);
  for (let k = 0; k < K; k++) size[k] = (g.start[k + 1] ?? 0) - (g.start[k] ?? 0);
  const bestDuals = Float64Array.from(dual);
  let best = value();
  let tau = 0.5;
  for (let iter = 0; iter < REFINE_ITERATIONS && tau > MIN_TAU; iter++) {
    grad.set(g.capacity);
    for (const r of placeable) {
      let e = w[r] ?? 0;
      for (let i = g.ofStart[r] ?? 0; i < (g.ofStart[r + 1] ?? 0); i++) e -= dual[g.of[i] ?? 0] ?? 0;
      const share = 1 / (1 + Math.exp(-e / tau));
      for (let i = g.ofStart[r] ?? 0; i < (g.ofStart[r + 1] ?? 0); i++) grad[g.of[i] ?? 0] = (grad[g.of[i] ?? 0] ?? 0) - share;
    }
    for (let k = 0; k < K; k++) {
      const step = tau / Math.max(1, Math.sqrt(size[k] ?? 1));
      dual[k] = Math.max(0, (dual[k] ?? 0) - step * (grad[k] ?? 0));
    }
    if (iter % 10 === 9) {
      const v = value();
      if (v < best) {
        best = v;
        bestDuals.set(dual);
      } else {
        dual.set(bestDuals);
        tau *= 0.7;
      }
    }
  }
  return best;
};

export const upperBound = (instance: ScheduleInstance): number => upperBoundOfModel(compileModel(instance));

/** Exact coordinate descent converges in a few sweeps on these duals; more rarely lowers the bound. */
const SWEEPS = 8;
/** Smoothed-gradient steps after the descent; each costs one pass over the requests. */
const REFINE_ITERATIONS = 300;
/** Below this smoothing the steps no longer move the exact dual. */
const MIN_TAU = 0.02;

/**
 * The constraints (2)–(4) in CSR form: constraint k has `capacity[k]` and the
 * requests `requests[start[k]..start[k+1]]`; request r is in constraints
 * `of[ofStart[r]..ofStart[r+1]]`. Constraint 0 is the global one.
 */
type Groups = { capacity: Float64Array; start: Int32Array; requests: Int32Array; ofStart: Int32Array; of: Int32Array };

const constraintGroups = (m: Model, placeable: readonly number[]): Groups => {
  const { S, T } = m;
  const personSlots = new Uint8Array(m.P * S);
  const tableSlots = new Uint8Array(T * S);
  const perSlot = new Int32Array(S);
  const personCount = new Int32Array(m.P);
  const tableCount = new Int32Array(T);
  for (const r of placeable) {
    const a = m.a[r] ?? 0;
    const b = m.b[r] ?? 0;
    const t = m.table[r] ?? -1;
    personCount[a] = (personCount[a] ?? 0) + 1;
    personCount[b] = (personCount[b] ?? 0) + 1;
    if (t >= 0) tableCount[t] = (tableCount[t] ?? 0) + 1;
    for (let i = m.domStart[r] ?? 0; i < (m.domStart[r + 1] ?? 0); i++) {
      const s = m.dom[i] ?? 0;
      perSlot[s] = (perSlot[s] ?? 0) + 1;
      personSlots[a * S + s] = 1;
      personSlots[b * S + s] = 1;
      if (t >= 0) tableSlots[t * S + s] = 1;
    }
  }
  let total = 0;
  for (let s = 0; s < S; s++) {
    let attendees = 0;
    for (let p = 0; p < m.P; p++) attendees += personSlots[p * S + s] ?? 0;
    total += Math.min(T, Math.floor(attendees / 2), perSlot[s] ?? 0);
  }
  const slotsOf = (flags: Uint8Array, i: number): number => {
    let n = 0;
    for (let s = 0; s < S; s++) n += flags[i * S + s] ?? 0;
    return n;
  };
  // Constraint ids: 0 global, then one per participant with requests, then one per bound table.
  const personId = new Int32Array(m.P).fill(-1);
  const tableId = new Int32Array(T).fill(-1);
  const capacity: number[] = [total];
  const sizes: number[] = [placeable.length];
  for (let p = 0; p < m.P; p++) {
    if ((personCount[p] ?? 0) === 0) continue;
    personId[p] = capacity.length;
    capacity.push(Math.min(m.cap[p] ?? 0, slotsOf(personSlots, p)));
    sizes.push(personCount[p] ?? 0);
  }
  for (let t = 0; t < T; t++) {
    if ((tableCount[t] ?? 0) === 0) continue;
    tableId[t] = capacity.length;
    capacity.push(slotsOf(tableSlots, t));
    sizes.push(tableCount[t] ?? 0);
  }
  const start = new Int32Array(capacity.length + 1);
  for (let k = 0; k < sizes.length; k++) start[k + 1] = (start[k] ?? 0) + (sizes[k] ?? 0);
  const fill = Int32Array.from(start.subarray(0, capacity.length));
  const requests = new Int32Array(start[capacity.length] ?? 0);
  const ofStart = new Int32Array(m.R + 1);
  const of: number[] = [];
  const add = (k: number, r: number) => {
    requests[fill[k] ?? 0] = r;
    fill[k] = (fill[k] ?? 0) + 1;
    of.push(k);
  };
  let previous = 0;
  for (const r of placeable) {
    for (let q = previous; q <= r; q++) ofStart[q] = of.length;
    previous = r + 1;
    add(0, r);
    add(personId[m.a[r] ?? 0] ?? 0, r);
    add(personId[m.b[r] ?? 0] ?? 0, r);
    const t = m.table[r] ?? -1;
    if (t >= 0) add(tableId[t] ?? 0, r);
  }
  for (let q = previous; q <= m.R; q++) ofStart[q] = of.length;
  return { capacity: Float64Array.from(capacity), start, requests, ofStart, of: Int32Array.from(of) };
};

/**
 * The best value of one dual given the others: minimises
 * capacity · y + Σ max(0, e_i − y) over y ≥ 0, whose slope is capacity minus
 * the number of e_i above y, so the minimum sits at the (capacity + 1)-th largest e_i.
 */
const bestDual = (e: Float64Array, capacity: number): number => {
  if (e.length <= capacity) return 0;
  e.sort();
  return Math.max(0, e[e.length - 1 - capacity] ?? 0);
};
