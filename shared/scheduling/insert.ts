import { addedBreaks } from './construct';
import { conflicts } from './conflicts';
import type { Model } from './model';
import { commit, mark, place, remove, undo, type State } from './state';

export type Search = { random: () => number; timeUp: () => boolean };

/** Longest ejection chain: long enough to thread a packed day, short enough to stay cheap. */
const CHAIN = 40;

/**
 * Raises the held weight with ejection chains: put a request that is not held
 * into the slot where it evicts the least priority (never more than its own),
 * then do the same for what it evicted, and so on; keep the chain when the plan
 * ends heavier (or as heavy with fewer breaks), else undo it. A meeting placed
 * in a chain is not evicted again by the same chain, so chains do not cycle.
 * This is an augmenting-path search: a request that only fits after others
 * shuffle along is found without trying whole plans. Passes repeat while one
 * of them gains something and the clock allows.
 */
export const raiseWeight = (st: State, open: readonly number[], search: Search, target: number): void => {
  const { m } = st;
  const order = [...open].sort((x, y) => (m.w[y] ?? 0) - (m.w[x] ?? 0));
  const stamp = new Int32Array(m.R);
  const chain = { id: 0, out: [] as number[], queue: [] as number[] };
  let gained = true;
  while (gained && st.weight < target && !search.timeUp()) {
    gained = false;
    for (const r of order) {
      if ((st.slotOf[r] ?? 0) >= 0) continue;
      if (search.timeUp() || st.weight >= target) return;
      chain.id++;
      if (tryChain(st, r, search, stamp, chain)) gained = true;
    }
  }
};

type Chain = { id: number; out: number[]; queue: number[] };

const tryChain = (st: State, first: number, search: Search, stamp: Int32Array, chain: Chain): boolean => {
  const { m } = st;
  const startWeight = st.weight;
  const startBreaks = st.breaks;
  const undoTo = mark(st);
  const { queue, out } = chain;
  queue.length = 0;
  queue.push(first);
  for (let step = 0; step < CHAIN && queue.length > 0; step++) {
    const r = heaviestLast(queue, m);
    const s = chooseSlot(st, r, search, stamp, chain.id, out);
    if (s < 0) continue;
    conflicts(st, r, s, out, search.random);
    for (const q of out) {
      remove(st, q);
      queue.push(q);
    }
    place(st, r, s);
    stamp[r] = chain.id;
  }
  if (st.weight > startWeight || (st.weight === startWeight && st.breaks < startBreaks)) {
    commit(st);
    return true;
  }
  undo(st, undoTo);
  return false;
};

/** Pops the queue's heaviest request: it is the one most worth re-placing. */
const heaviestLast = (queue: number[], m: Model): number => {
  let best = queue.length - 1;
  for (let i = 0; i < queue.length - 1; i++) if ((m.w[queue[i] ?? 0] ?? 0) > (m.w[queue[best] ?? 0] ?? 0)) best = i;
  const r = queue[best] ?? 0;
  queue[best] = queue[queue.length - 1] ?? 0;
  queue.pop();
  return r;
};

/**
 * The slot for r that evicts the least priority (at most r's own, and nothing
 * this chain placed), then adds the fewest breaks, random among equals; −1 if none.
 */
const chooseSlot = (st: State, r: number, search: Search, stamp: Int32Array, id: number, out: number[]): number => {
  const { m } = st;
  let best = -1;
  let bestCost = Infinity;
  const limit = m.w[r] ?? 0;
  for (let i = m.domStart[r] ?? 0; i < (m.domStart[r + 1] ?? 0); i++) {
    const s = m.dom[i] ?? 0;
    const evicted = conflicts(st, r, s, out, search.random);
    if (evicted < 0 || evicted > limit) continue;
    let tabu = false;
    for (const q of out) if (stamp[q] === id) tabu = true;
    if (tabu) continue;
    const breaks = out.length === 0 ? addedBreaks(st, m.a[r] ?? 0, s) + addedBreaks(st, m.b[r] ?? 0, s) : 0;
    const cost = evicted * 100 + out.length * 10 + breaks + search.random();
    if (cost < bestCost) {
      bestCost = cost;
      best = s;
    }
  }
  return best;
};
