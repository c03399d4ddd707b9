import { DELETED, HEADER, LBD_SHIFT, LEARNT, NO_REASON, type Core } from './core';
import { pushPair, push, relayout } from './lists';

/** Stores a clause of 2+ literals in the arena (without watching it) and returns its reference. */
export const storeClause = (s: Core, lits: Int32Array, size: number, learnt: boolean, lbd: number): number => {
  const need = s.arenaLen + HEADER + size;
  if (need > s.arena.length) {
    const bigger = new Int32Array(Math.max(need, s.arena.length * 2));
    bigger.set(s.arena.subarray(0, s.arenaLen));
    s.arena = bigger;
  }
  const cref = s.arenaLen;
  const { arena } = s;
  arena[cref] = size;
  arena[cref + 1] = (lbd << LBD_SHIFT) | (learnt ? LEARNT : 0);
  for (let i = 0; i < size; i++) arena[cref + HEADER + i] = lits[i] ?? 0;
  s.arenaLen = need;
  return cref;
};

/** Watches the clause's first two literals; the other one is each watch's blocker. */
export const watchClause = (s: Core, cref: number): void => {
  const a = s.arena[cref + HEADER] ?? 0;
  const b = s.arena[cref + HEADER + 1] ?? 0;
  pushPair(s.watches, a, cref, b);
  pushPair(s.watches, b, cref, a);
};

export const addBinary = (s: Core, a: number, b: number): void => {
  push(s.bins, a, b);
  push(s.bins, b, a);
};

/** Whether the clause is the reason of its first literal's assignment, so it must not be deleted. */
const isReason = (s: Core, cref: number): boolean => {
  const lit = s.arena[cref + HEADER] ?? 0;
  return s.value[lit] === 1 && s.reason[lit >> 1] === cref;
};

/** Lowest LBD first, then shortest: the order in which learnt clauses are worth keeping. */
const keepOrder = (arena: Int32Array) => (x: number, y: number): number =>
  ((arena[x + 1] ?? 0) >> LBD_SHIFT) - ((arena[y + 1] ?? 0) >> LBD_SHIFT) || (arena[x] ?? 0) - (arena[y] ?? 0);

/**
 * Deletes the less useful half of the learnt clauses with LBD > 2 (glue
 * clauses, LBD ≤ 2, are kept forever, as in Glucose) and compacts the arena.
 */
export const reduceLearnts = (s: Core): void => {
  const { arena } = s;
  const candidates: number[] = [];
  for (let c = 0; c < s.arenaLen; c += HEADER + (arena[c] ?? 0)) {
    const meta = arena[c + 1] ?? 0;
    if ((meta & (LEARNT | DELETED)) === LEARNT && meta >> LBD_SHIFT > 2) candidates.push(c);
  }
  candidates.sort(keepOrder(arena));
  for (let i = candidates.length >> 1; i < candidates.length; i++) {
    const c = candidates[i] ?? 0;
    if (!isReason(s, c)) arena[c + 1] = (arena[c + 1] ?? 0) | DELETED;
  }
  compact(s, false);
};

/**
 * At level 0, after propagation: deletes the clauses a unit satisfies and
 * drops the literals it falsifies, so propagation stops visiting them. Their
 * watched literals are never false then, so they stay first and watched.
 */
export const removeSatisfied = (s: Core): void => {
  for (let i = 0; i < s.trailLen; i++) s.reason[(s.trail[i] ?? 0) >> 1] = NO_REASON;
  compact(s, true);
};

/**
 * Copies the live clauses into a fresh arena (without level-0 false literals
 * and satisfied clauses when `simplify`), moves reasons to the new references,
 * and rebuilds the long watches on the same two literals, so their invariant
 * holds at any level.
 */
const compact = (s: Core, simplify: boolean): void => {
  const old = s.arena;
  const { value } = s;
  let live = 0;
  for (let c = 0; c < s.arenaLen; c += HEADER + (old[c] ?? 0)) if (((old[c + 1] ?? 0) & DELETED) === 0) live += HEADER + (old[c] ?? 0);
  const arena = new Int32Array(Math.max(1024, live + (live >> 1)));
  let len = 0;
  for (let c = 0; c < s.arenaLen; c += HEADER + (old[c] ?? 0)) {
    const size = old[c] ?? 0;
    if ((old[c + 1] ?? 0) & DELETED) continue;
    let kept = 0;
    let satisfied = false;
    for (let k = 0; k < size; k++) {
      const lit = old[c + HEADER + k] ?? 0;
      const val = simplify ? (value[lit] ?? 0) : 0;
      if (val === 1) {
        satisfied = true;
        break;
      }
      if (val === 0) arena[len + HEADER + kept++] = lit;
    }
    if (satisfied) continue;
    arena[len] = kept;
    arena[len + 1] = old[c + 1] ?? 0;
    // The old meta word now forwards to the new place: the old arena is dropped below.
    old[c + 1] = len;
    len += HEADER + kept;
  }
  const { trail, reason } = s;
  for (let i = 0; i < s.trailLen; i++) {
    const v = (trail[i] ?? 0) >> 1;
    const r = reason[v] ?? NO_REASON;
    if (r >= 0) reason[v] = old[r + 1] ?? NO_REASON;
  }
  s.arena = arena;
  s.arenaLen = len;
  const sizes = new Int32Array(2 * s.capacity);
  for (let c = 0; c < len; c += HEADER + (arena[c] ?? 0)) {
    const a = arena[c + HEADER] ?? 0;
    const b = arena[c + HEADER + 1] ?? 0;
    sizes[a] = (sizes[a] ?? 0) + 2;
    sizes[b] = (sizes[b] ?? 0) + 2;
  }
  relayout(s.watches, sizes, sizes.length);
  for (let c = 0; c < len; c += HEADER + (arena[c] ?? 0)) watchClause(s, c);
};
