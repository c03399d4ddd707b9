import { better, keyOf } from '../anneal';
import { placeableWeight } from '../floor';
import type { Model } from '../model';
import { createState, restore, type State } from '../state';
import { encodeBreaks } from './breakEncoding';
import { createSatSolver } from './solver';

/**
 * Above this many placement variables (meetings × slots) the SAT search is not
 * tried: the encoding grows with it, and large fairs are the annealer's
 * ground. The B2B instances have about 4,500; fair S has 10,000.
 */
export const SAT_MAX_PLACEMENTS = 6_000;

/** Whether the SAT search is worth its share of the time: small enough to encode (the plan's meetings are at most all requests). */
export const satSuits = (m: Model): boolean => m.R * m.S <= SAT_MAX_PLACEMENTS;

export type ImproveRun = {
  now: () => number;
  deadline: number;
  spread: number | undefined;
  /** No plan can hold more weight (the upper bound). */
  maxWeight: number;
  /** No plan of that weight has fewer breaks (floor.ts, or 0). */
  minBreaks: number;
};

/**
 * `proven`: no plan holding the same meetings has fewer breaks (within the
 * spread bound when one is given), so when those are all the placeable
 * requests, the plan is optimal.
 */
export type ImproveOutcome = 'improved' | 'proven' | 'unchanged' | 'skipped';

/**
 * Improves the plan in `st` by SAT: "these meetings, at most K breaks" as CNF
 * (breakEncoding.ts), K one below the best plan found so far, until the solver
 * proves that no plan has K or the time runs out. The meetings are the plan's,
 * or every placeable request when the plan misses some that might all fit
 * (then the first question is whether they fit at all, at any number of
 * breaks). The solver starts from the plan (its values as the phases), so it
 * searches near it first. A plan it returns is taken only if `better` says so:
 * with a spread bound but nobody sure of a break-free day, the cap per
 * participant cannot be a constant, so it is not encoded.
 */
export const improveBreaks = (st: State, run: ImproveRun): ImproveOutcome => {
  const { m } = st;
  const everything = placeable(m);
  const aimAll = st.weight < run.maxWeight && placeableWeight(m) <= run.maxWeight && fitsCaps(m, meetingsOf(m, everything));
  const held: number[] = [];
  if (aimAll) held.push(...everything);
  else for (let r = 0; r < m.R; r++) if ((st.slotOf[r] ?? -1) >= 0) held.push(r);
  if (held.length === 0 || !satSuits(m)) return 'skipped';
  if (!aimAll && st.breaks <= run.minBreaks) return 'skipped';
  const solver = createSatSolver();
  // Room in the counter for every break a fuller plan might need, or for one fewer than now.
  const limit = aimAll ? st.breaks + m.P : st.breaks - 1;
  const encoding = encodeBreaks(m, held, solver, {
    // Someone meeting exactly once has no break in any plan, so the fewest breaks is 0 and the spread bound a cap.
    ...(run.spread !== undefined && meetingsOf(m, held).includes(1) ? { perParticipant: run.spread } : {}),
    limit,
    hint: st.slotOf,
  });
  const phases = encoding.hintValues;
  if (phases) for (let v = 1; v < phases.length; v++) solver.setPhase(v, phases[v] === 1);
  const scratch = createState(m);
  let outcome: ImproveOutcome = 'unchanged';
  for (let first = aimAll; run.now() < run.deadline; first = false) {
    if (!first && st.breaks <= run.minBreaks) break;
    const bound = first ? undefined : encoding.atLeast[st.breaks - 1];
    const result = solver.solve({ assumptions: bound === undefined ? [] : [-bound], deadline: run.deadline, now: run.now });
    // A proof speaks of plans within the spread bound and of these meetings only.
    if (result === 'unsat') return outcome !== 'improved' && !first && keyOf(st, run.spread).excess === 0 ? 'proven' : outcome;
    if (result === 'unknown') break;
    // The plan is exactly the encoded meetings: with aimAll, the held set is replaced, not added to.
    const slots = new Int32Array(m.R).fill(-1);
    const { x } = encoding;
    held.forEach((r, i) => {
      for (let s = 0; s < m.S; s++) {
        const v = x[i * m.S + s] ?? 0;
        if (v !== 0 && solver.value(v)) slots[r] = s;
      }
    });
    restore(scratch, slots);
    if (!better(keyOf(scratch, run.spread), keyOf(st, run.spread))) break;
    restore(st, slots);
    outcome = 'improved';
  }
  return outcome;
};

const placeable = (m: Model): number[] => {
  const out: number[] = [];
  for (let r = 0; r < m.R; r++) if (m.blocked[r] === undefined) out.push(r);
  return out;
};

/** How many of `requests` each participant has. */
const meetingsOf = (m: Model, requests: readonly number[]): Int32Array => {
  const count = new Int32Array(m.P);
  for (const r of requests) {
    count[m.a[r] ?? 0] = (count[m.a[r] ?? 0] ?? 0) + 1;
    count[m.b[r] ?? 0] = (count[m.b[r] ?? 0] ?? 0) + 1;
  }
  return count;
};

/** Whether nobody would exceed their meeting limit with these counts. */
const fitsCaps = (m: Model, count: Int32Array): boolean => {
  for (let p = 0; p < m.P; p++) if ((count[p] ?? 0) > (m.cap[p] ?? 0)) return false;
  return true;
};
