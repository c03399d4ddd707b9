import type { Model } from './model';

/**
 * Domains narrowed under two hopes that hold in a good plan of most fairs:
 * every request we aim for is held, and nobody has a break. The first turns
 * `after` into bounds (a follow-up sits after the earliest slot its first
 * meeting can take; the first meeting before the latest its follow-up can
 * take). The second means a participant p meets in every slot of one block of
 * n_p consecutive slots, so a meeting can only sit where a block of each side
 * can cover it; a block start is possible when p is available all along it and
 * p's meetings can be matched one-to-one onto its slots within their domains
 * (checked by augmenting paths). Each narrowing feeds the others until nothing
 * changes. A participant left with no possible block is exempted from the
 * second hope (it will have a break), and the narrowing restarts without it.
 *
 * The result is a guide, not a constraint: the search runs in it first, where
 * a plan without breaks is easier to find, then in the full domains.
 * Returns undefined when nothing narrows, or when the first hope is
 * impossible (a chain of `after` longer than the slots allow).
 */
export const narrowModel = (m: Model, aim: Uint8Array, timeUp: () => boolean): Model | undefined => {
  const exempt = new Uint8Array(m.P);
  while (!timeUp()) {
    const dom = Uint8Array.from(m.inDom);
    for (let r = 0; r < m.R; r++) if (!aim[r]) dom.fill(0, r * m.S, (r + 1) * m.S);
    const result = narrow(m, aim, exempt, dom, timeUp);
    if (result === 'order') return undefined;
    if (result === 'done') return withDomains(m, aim, dom);
  }
  return undefined;
};

/**
 * 'done'; 'order' when `after` empties a domain; 'retry' when some participants
 * lost every block (they are exempted, since what was cut relied on them) or the clock ran out.
 */
const narrow = (m: Model, aim: Uint8Array, exempt: Uint8Array, dom: Uint8Array, timeUp: () => boolean): 'done' | 'order' | 'retry' => {
  const { S } = m;
  const blocks = createBlockCheck(m, aim, dom);
  for (let changed = true; changed; ) {
    if (timeUp()) return 'retry';
    let failed = false;
    changed = false;
    for (let r = 0; r < m.R; r++) {
      if (!aim[r]) continue;
      const result = orderBounds(m, aim, dom, r);
      if (result < 0) return 'order';
      if (result > 0) changed = true;
    }
    for (let p = 0; p < m.P; p++) {
      if (exempt[p]) continue;
      const hull = blocks(p);
      if (hull === undefined) continue;
      if (hull.every((v) => v === 0)) {
        exempt[p] = 1;
        failed = true;
        continue;
      }
      for (let i = m.partStart[p] ?? 0; i < (m.partStart[p + 1] ?? 0); i++) {
        const r = m.partReq[i] ?? 0;
        if (!aim[r]) continue;
        for (let s = 0; s < S; s++) {
          if (dom[r * S + s] && !hull[s]) {
            dom[r * S + s] = 0;
            changed = true;
          }
        }
      }
    }
    if (failed) return 'retry';
  }
  return 'done';
};

/** Cuts r's domain to after its predecessors' earliest and before its successors' latest slot; −1 if emptied, 1 if cut, 0 if not. */
const orderBounds = (m: Model, aim: Uint8Array, dom: Uint8Array, r: number): number => {
  const { S } = m;
  const first = (q: number): number => {
    for (let s = 0; s < S; s++) if (dom[q * S + s]) return s;
    return S;
  };
  const last = (q: number): number => {
    for (let s = S - 1; s >= 0; s--) if (dom[q * S + s]) return s;
    return -1;
  };
  let lo = 0;
  let hi = S - 1;
  for (let i = m.predStart[r] ?? 0; i < (m.predStart[r + 1] ?? 0); i++) {
    const q = m.pred[i] ?? 0;
    if (aim[q]) lo = Math.max(lo, first(q) + 1);
  }
  for (let i = m.succStart[r] ?? 0; i < (m.succStart[r + 1] ?? 0); i++) {
    const q = m.succ[i] ?? 0;
    if (aim[q]) hi = Math.min(hi, last(q) - 1);
  }
  let cut = 0;
  let left = 0;
  for (let s = 0; s < S; s++) {
    if (!dom[r * S + s]) continue;
    if (s < lo || s > hi) {
      dom[r * S + s] = 0;
      cut = 1;
    } else left++;
  }
  return left === 0 ? -1 : cut;
};

/**
 * For participant p, the slots covered by some possible block (1) or not (0);
 * undefined when p has no aimed meeting. Kuhn's augmenting paths on at most
 * #slots meetings, once per start.
 */
const createBlockCheck = (m: Model, aim: Uint8Array, dom: Uint8Array) => {
  const { S } = m;
  const holder = new Int32Array(S);
  const visited = new Int32Array(S);
  let stamp = 0;
  const assign = (r: number, lo: number, hi: number): boolean => {
    for (let s = lo; s <= hi; s++) {
      if (!dom[r * S + s] || visited[s] === stamp) continue;
      visited[s] = stamp;
      const other = holder[s] ?? -1;
      if (other < 0 || assign(other, lo, hi)) {
        holder[s] = r;
        return true;
      }
    }
    return false;
  };
  return (p: number): Uint8Array | undefined => {
    const meetings: number[] = [];
    for (let i = m.partStart[p] ?? 0; i < (m.partStart[p + 1] ?? 0); i++) if (aim[m.partReq[i] ?? 0]) meetings.push(m.partReq[i] ?? 0);
    const n = meetings.length;
    if (n === 0) return undefined;
    const hull = new Uint8Array(S);
    for (let start = 0; start + n <= S; start++) {
      let ok = true;
      for (let s = start; s < start + n && ok; s++) if (!m.available[p * S + s]) ok = false;
      holder.fill(-1);
      for (const r of meetings) {
        if (!ok) break;
        stamp++;
        ok = assign(r, start, start + n - 1);
      }
      if (ok) hull.fill(1, start, start + n);
    }
    return hull;
  };
};

/** The model with domains replaced; requests not aimed for keep their full domains. */
const withDomains = (m: Model, aim: Uint8Array, narrowed: Uint8Array): Model | undefined => {
  const { S } = m;
  const inDom = Uint8Array.from(m.inDom);
  let cut = false;
  for (let r = 0; r < m.R; r++) {
    if (!aim[r]) continue;
    for (let s = 0; s < S; s++) {
      if (inDom[r * S + s] && !narrowed[r * S + s]) {
        inDom[r * S + s] = 0;
        cut = true;
      }
    }
  }
  if (!cut) return undefined;
  const domStart = new Int32Array(m.R + 1);
  const dom: number[] = [];
  for (let r = 0; r < m.R; r++) {
    for (let s = 0; s < S; s++) if (inDom[r * S + s]) dom.push(s);
    domStart[r + 1] = dom.length;
  }
  return { ...m, inDom, domStart, dom: Int32Array.from(dom) };
};
