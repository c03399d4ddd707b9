import type { Model } from './model';

/**
 * A proven lower bound on the breaks of any plan that holds every placeable
 * request (every request not `blocked`, locked ones included): the number of
 * participants whose meetings cannot all sit in one run of consecutive slots.
 *
 * Why it is a bound. A participant p with n meetings and no break meets in n
 * consecutive slots, all of which p can attend, and its meetings can be put
 * one to one onto those slots within their domains. When no start of such a
 * block admits that matching (checked exactly, by augmenting paths), every
 * such plan gives p at least one break; breaks of different participants add up.
 *
 * The scheduler stops searching when a plan of that weight reaches it: no
 * plan can do better, so the rest of the time limit would be spent for nothing.
 */
export const breakFloor = (m: Model): number => {
  const { S } = m;
  const holder = new Int32Array(S);
  const visited = new Int32Array(S);
  let stamp = 0;
  const assign = (r: number, lo: number, hi: number): boolean => {
    for (let s = lo; s <= hi; s++) {
      if (!m.inDom[r * S + s] || visited[s] === stamp) continue;
      visited[s] = stamp;
      const other = holder[s] ?? -1;
      if (other < 0 || assign(other, lo, hi)) {
        holder[s] = r;
        return true;
      }
    }
    return false;
  };
  const blockFits = (p: number, meetings: readonly number[], start: number): boolean => {
    const end = start + meetings.length - 1;
    for (let s = start; s <= end; s++) if (!m.available[p * S + s]) return false;
    holder.fill(-1);
    for (const r of meetings) {
      stamp++;
      if (!assign(r, start, end)) return false;
    }
    return true;
  };
  let floor = 0;
  const meetings: number[] = [];
  for (let p = 0; p < m.P; p++) {
    meetings.length = 0;
    for (let i = m.partStart[p] ?? 0; i < (m.partStart[p + 1] ?? 0); i++) {
      const r = m.partReq[i] ?? 0;
      if (m.blocked[r] === undefined) meetings.push(r);
    }
    if (meetings.length < 2) continue;
    let fits = false;
    for (let start = 0; start + meetings.length <= S && !fits; start++) fits = blockFits(p, meetings, start);
    if (!fits) floor++;
  }
  return floor;
};

/** Sum of the priorities of the placeable requests: the weight of a plan that holds them all. */
export const placeableWeight = (m: Model): number => {
  let total = 0;
  for (let r = 0; r < m.R; r++) if (m.blocked[r] === undefined) total += m.w[r] ?? 0;
  return total;
};
