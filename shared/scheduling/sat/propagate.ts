import { binaryReason, HEADER, type Core } from './core';
import { pushPair } from './lists';

export const NO_CONFLICT = -1;
/** The conflict is the binary clause (conflictA ∨ conflictB). */
export const BINARY_CONFLICT = -2;

/**
 * Unit propagation of everything on the trail from `qhead`: binary clauses
 * first (no clause visit), then long clauses by two watched literals with a
 * blocker. Returns NO_CONFLICT, BINARY_CONFLICT or the conflicting clause.
 */
export const propagate = (s: Core): number => {
  const { value, bins, watches, arena, trail, level, reason } = s;
  const binData = bins.data;
  const binStart = bins.start;
  const binLen = bins.len;
  const watchStart = watches.start;
  const watchLen = watches.len;
  let ws = watches.data;
  const dl = s.decisionLevel;
  let trailLen = s.trailLen;
  let qhead = s.qhead;
  let conflict = NO_CONFLICT;
  while (qhead < trailLen) {
    const p = trail[qhead++] ?? 0;
    const falseLit = p ^ 1;

    const bn = binLen[falseLit] ?? 0;
    if (bn > 0) {
      const from = binStart[falseLit] ?? 0;
      for (let i = from; i < from + bn; i++) {
        const q = binData[i] ?? 0;
        const val = value[q];
        if (val === 1) continue;
        if (val === -1) {
          s.conflictA = falseLit;
          s.conflictB = q;
          conflict = BINARY_CONFLICT;
          break;
        }
        value[q] = 1;
        value[q ^ 1] = -1;
        level[q >> 1] = dl;
        reason[q >> 1] = binaryReason(falseLit);
        trail[trailLen++] = q;
      }
      if (conflict !== NO_CONFLICT) break;
    }

    const listStart = watchStart[falseLit] ?? 0;
    const n = listStart + (watchLen[falseLit] ?? 0);
    let i = listStart;
    let j = listStart;
    while (i < n) {
      const cref = ws[i] ?? 0;
      const blocker = ws[i + 1] ?? 0;
      i += 2;
      if (value[blocker] === 1) {
        ws[j++] = cref;
        ws[j++] = blocker;
        continue;
      }
      const base = cref + HEADER;
      let first = arena[base] ?? 0;
      if (first === falseLit) {
        first = arena[base + 1] ?? 0;
        arena[base] = first;
        arena[base + 1] = falseLit;
      }
      if (first !== blocker && value[first] === 1) {
        ws[j++] = cref;
        ws[j++] = first;
        continue;
      }
      const end = base + (arena[cref] ?? 0);
      let moved = false;
      for (let k = base + 2; k < end; k++) {
        const lit = arena[k] ?? 0;
        if (value[lit] !== -1) {
          arena[base + 1] = lit;
          arena[k] = falseLit;
          // Never falseLit's own list (lit is not false), but the buffer may be replaced.
          pushPair(watches, lit, cref, first);
          ws = watches.data;
          moved = true;
          break;
        }
      }
      if (moved) continue;
      ws[j++] = cref;
      ws[j++] = first;
      if (value[first] === -1) {
        conflict = cref;
        while (i < n) ws[j++] = ws[i++] ?? 0;
        break;
      }
      value[first] = 1;
      value[first ^ 1] = -1;
      level[first >> 1] = dl;
      reason[first >> 1] = cref;
      trail[trailLen++] = first;
    }
    watchLen[falseLit] = j - listStart;
    if (conflict !== NO_CONFLICT) break;
  }
  s.stats.propagations += qhead - s.qhead;
  s.trailLen = trailLen;
  s.qhead = conflict === NO_CONFLICT ? qhead : trailLen;
  return conflict;
};
