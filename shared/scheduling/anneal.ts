import { createScratch, evictTo, kempeSwap, relocate } from './moves';
import type { Reporter } from './progress';
import { breakRange, commit, mark, restore, undo, type State } from './state';

export type Anneal = {
  random: () => number;
  now: () => number;
  deadline: number;
  /** The bound on (max − min) breaks, if any. */
  spread: number | undefined;
  /** No plan can hold more than this weight (the upper bound). */
  maxWeight: number;
  /** No plan of weight `maxWeight` has fewer breaks (floor.ts, or 0): reaching both within the spread ends the search. */
  minBreaks: number;
  report?: Reporter;
};

/** Whether no plan can beat `key`: the most weight, within the spread bound, with the fewest breaks possible. */
export const converged = (key: Key, run: Pick<Anneal, 'maxWeight' | 'minBreaks'>): boolean =>
  key.weight >= run.maxWeight && key.excess === 0 && key.breaks <= run.minBreaks;

/** Cost of one unit of priority not held, in breaks: a 必须 meeting left out costs 6 breaks. */
const UNHELD = 2;
/** One missing break of fairness (see fairnessGap) costs as much as this many breaks. */
const FAIRNESS = 4;
/** Start and end temperature, in breaks: early a move costing a break is often taken, at the end almost never. */
const HOT = 0.8;
const COLD = 0.03;
/**
 * Shares of the moves: re-placing a request not held; aiming at a participant's
 * gap; of the moves of held meetings, Kempe swaps, then relocations (the rest
 * evict). Measured on the B2B benchmark instances, Kempe swaps are what finds
 * plans without breaks; relocations shift meetings between slots without the
 * drop a plain eviction costs; evictions keep the search able to drop and re-place meetings.
 */
const INSERT = 0.3;
const AIMED = 0.3;
const KEMPE = 0.5;
const RELOCATE = 0.3;

/**
 * How far the plan is from (max − min) breaks ≤ spread: the breaks each
 * participant lacks to reach max − spread, summed. It is 0 exactly when the
 * bound holds, and falls by one for each break given to someone below the
 * window, so the search feels its way towards the bound instead of facing a
 * cliff that only moves when the last participant at the minimum moves.
 */
const fairnessGap = (st: State, spread: number | undefined): number => {
  if (spread === undefined) return 0;
  const floor = breakRange(st).max - spread;
  let gap = 0;
  for (let b = 0; b < floor; b++) gap += (st.hist[b] ?? 0) * (floor - b);
  return gap;
};

export type Key = { weight: number; excess: number; breaks: number; scheduled: number };

export const keyOf = (st: State, spread: number | undefined): Key => {
  const { min, max } = breakRange(st);
  return { weight: st.weight, excess: spread === undefined ? 0 : Math.max(0, max - min - spread), breaks: st.breaks, scheduled: st.held };
};

/** The organiser's order: more weight, then within the spread bound (or closer), then fewer breaks. */
export const better = (x: Key, y: Key): boolean =>
  x.weight !== y.weight ? x.weight > y.weight : x.excess !== y.excess ? x.excess < y.excess : x.breaks < y.breaks;

/**
 * Simulated annealing over valid, possibly partial plans: cost = breaks +
 * FAIRNESS × fairness gap + UNHELD × priority not held. Moves: put a request
 * that is not held into a slot, dropping what is in the way; move a held
 * meeting the same way, or by a Kempe-chain swap; a third of the meeting moves
 * aim at a participant with a break, moving one of its meetings next to
 * another. Dropped requests wait in a list for an insert move. The temperature
 * falls geometrically with the clock, so the search uses the time it is given
 * whatever the instance's size. Ends on the best plan seen (see `better`).
 */
export const anneal = (st: State, open: readonly number[], run: Anneal): void => {
  const { m } = st;
  const { S } = m;
  const x = createScratch(m.R);
  const waiting: number[] = [];
  const listed = new Uint8Array(m.R);
  const drop = (q: number) => {
    if (listed[q]) return;
    listed[q] = 1;
    waiting.push(q);
  };
  for (const r of open) if ((st.slotOf[r] ?? -1) < 0) drop(r);
  const best = { slots: Int32Array.from(st.slotOf), key: keyOf(st, run.spread) };
  const cost = (): number => st.breaks + FAIRNESS * fairnessGap(st, run.spread) - UNHELD * st.weight;
  let current = cost();
  const startAt = run.now();
  const span = Math.max(1, run.deadline - startAt);
  let temperature = HOT;
  commit(st);
  for (let iteration = 0; ; iteration++) {
    if ((iteration & 255) === 0) {
      const now = run.now();
      if (now >= run.deadline) break;
      run.report?.tick(now, best.key);
      temperature = HOT * Math.pow(COLD / HOT, (now - startAt) / span);
    }
    if (converged(best.key, run)) break;
    let r: number;
    let target = -1;
    if (waiting.length > 0 && run.random() < INSERT) {
      const i = Math.floor(run.random() * waiting.length);
      r = waiting[i] ?? 0;
      if ((st.slotOf[r] ?? -1) >= 0) {
        waiting[i] = waiting[waiting.length - 1] ?? 0;
        waiting.pop();
        listed[r] = 0;
        continue;
      }
    } else if (run.random() < AIMED) {
      const aimed = aim(st, run.random);
      if (aimed < 0) continue;
      r = Math.floor(aimed / S);
      target = aimed % S;
    } else {
      r = anyMeeting(st, run.random);
      if (r < 0) break;
    }
    if (target < 0) {
      const size = (m.domStart[r + 1] ?? 0) - (m.domStart[r] ?? 0);
      if (size === 0) continue;
      target = m.dom[(m.domStart[r] ?? 0) + Math.floor(run.random() * size)] ?? 0;
    }
    const undoTo = mark(st);
    const held = (st.slotOf[r] ?? -1) >= 0;
    const roll = run.random();
    const done =
      held && roll < KEMPE ? kempeSwap(st, r, target, x)
      : held && roll < KEMPE + RELOCATE ? relocate(st, r, target, x, run.random)
      : evictTo(st, r, target, x, run.random, drop);
    if (!done) {
      undo(st, undoTo);
      continue;
    }
    const next = cost();
    const delta = next - current;
    if (delta > 0 && run.random() >= Math.exp(-delta / temperature)) {
      undo(st, undoTo);
      continue;
    }
    commit(st);
    current = next;
    // Cheap screen first: a better plan has more weight or no more breaks than the best.
    if (st.weight < best.key.weight || (st.weight === best.key.weight && st.breaks > best.key.breaks && run.spread === undefined)) continue;
    const key = keyOf(st, run.spread);
    if (better(key, best.key)) {
      best.key = key;
      best.slots.set(st.slotOf);
    }
  }
  restore(st, best.slots);
};

/** A held meeting, uniformly over slots then over the slot's meetings; −1 when nothing is held. */
const anyMeeting = (st: State, random: () => number): number => {
  const { m } = st;
  if (st.held === 0) return -1;
  for (;;) {
    const s = Math.floor(random() * m.S);
    const load = st.load[s] ?? 0;
    if (load > 0) return st.members[s * m.T + Math.floor(random() * load)] ?? 0;
  }
};

/**
 * A participant with a break (found by sampling a few), one of its meetings,
 * and a free slot of it next to another of its meetings: the move that closes
 * the gap if the counterpart can follow. Returns request × S + slot, or −1.
 */
const aim = (st: State, random: () => number): number => {
  const { m } = st;
  const { S } = m;
  let p = -1;
  for (let tries = 0; tries < 10 && p < 0; tries++) {
    const q = Math.floor(random() * m.P);
    if ((st.runs[q] ?? 0) >= 2) p = q;
  }
  if (p < 0) return -1;
  const row = p * S;
  let r = -1;
  for (let s = 0, k = 0, pick = Math.floor(random() * (st.nMeet[p] ?? 0)); s < S && r < 0; s++) {
    const code = st.occ[row + s] ?? 0;
    if (code && k++ === pick) r = code - 1;
  }
  if (r < 0 || m.locked[r]) return -1;
  let chosen = -1;
  let seen = 0;
  for (let s = 0; s < S; s++) {
    if (st.occ[row + s] || !m.inDom[r * S + s]) continue;
    const left = s > 0 ? (st.occ[row + s - 1] ?? 0) : 0;
    const right = s < S - 1 ? (st.occ[row + s + 1] ?? 0) : 0;
    if ((left === 0 || left === r + 1) && (right === 0 || right === r + 1)) continue;
    if (random() * ++seen < 1) chosen = s;
  }
  return chosen < 0 ? -1 : r * S + chosen;
};
