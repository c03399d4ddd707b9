import { Held, orderOk, type Board } from './replanBoard';
import type { ReplanReason, ReplanUnscheduled } from './replanTypes';

/**
 * Why a request is not in the re-made plan, read off that plan, in the words
 * of reasons.ts (which reads the scheduler's own state, so it cannot serve
 * here) plus the fair day's own: a side is gone, the request was cancelled,
 * or every slot it could take is past. Per open slot of its domain the first
 * obstacle counts: the order with `after`, a side busy with a locked or fixed
 * meeting, a side busy, no table; then the same precedence as reasons.ts.
 */
export const explainReplan = (bd: Board, r: number): ReplanUnscheduled => {
  const reason = diagnose(bd, r);
  return { requestId: bd.m.instance.requests[r]?.id ?? '', reason, message: message(bd, r, reason) };
};

const diagnose = (bd: Board, r: number): ReplanReason => {
  const { m } = bd;
  const { S, T } = m;
  const a = m.a[r] ?? 0;
  const b = m.b[r] ?? 0;
  if (m.cancelled[r]) return 'cancelled';
  if (m.absent[a] || m.absent[b]) return 'absent';
  if (m.hostsDiffer[r]) return 'host-tables-differ';
  let anySlot = false;
  let size = 0;
  for (let s = 0; s < S; s++) {
    if (!m.inDom[r * S + s]) continue;
    anySlot = true;
    if (s >= m.open) size++;
  }
  if (!anySlot) return 'no-common-slot';
  if (size === 0) return 'past-slots';
  if ((bd.nMeet[a] ?? 0) >= (m.cap[a] ?? 0) || (bd.nMeet[b] ?? 0) >= (m.cap[b] ?? 0)) return 'participant-limit';
  let order = 0;
  let pinned = 0;
  let busy = 0;
  let tables = 0;
  const h = m.need[r] ?? -1;
  for (let s = m.open; s < S; s++) {
    if (!m.inDom[r * S + s]) continue;
    const atA = (bd.occ[a * S + s] ?? 0) - 1;
    const atB = (bd.occ[b * S + s] ?? 0) - 1;
    if (!orderOk(bd, r, s, -1, -1)) order++;
    else if (isPinned(bd, atA) || isPinned(bd, atB)) pinned++;
    else if (atA >= 0 || atB >= 0) busy++;
    else if ((bd.free[s] ?? 0) === 0 || (h >= 0 && bd.cell[s * T + h] !== 0)) tables++;
  }
  if (tables > 0) return 'tables-full';
  if (order === size) return 'order-impossible';
  if (pinned > 0 && busy === 0) return 'conflicts-with-fixed';
  return 'no-common-slot';
};

/** Locked, or fixed to its slot: a meeting the organiser put there, not the re-planner. */
const isPinned = (bd: Board, q: number): boolean => q >= 0 && (bd.held[q] === Held.locked || bd.m.instance.requests[q]?.fixedSlot !== undefined);

const message = (bd: Board, r: number, reason: ReplanReason): string => {
  const { m } = bd;
  const people = m.instance.participants;
  const pa = m.a[r] ?? 0;
  const pb = m.b[r] ?? 0;
  const a = people[pa]?.id ?? '';
  const b = people[pb]?.id ?? '';
  switch (reason) {
    case 'cancelled':
      return `“${a}”与“${b}”的约谈已取消`;
    case 'absent': {
      const [gone, other] = m.absent[pa] ? [a, b] : [b, a];
      return `“${gone}”已离场，无法再与“${other}”洽谈`;
    }
    case 'past-slots':
      return `“${a}”与“${b}”可用的时段都已过去`;
    case 'no-common-slot':
      return `“${a}”与“${b}”没有共同的空闲时段`;
    case 'tables-full':
      return `“${a}”与“${b}”有共同的空闲时段，但洽谈桌已排满`;
    case 'participant-limit': {
      const full = (bd.nMeet[pa] ?? 0) >= (m.cap[pa] ?? 0) ? pa : pb;
      return `“${people[full]?.id ?? ''}”已达到 ${m.cap[full] ?? 0} 场的洽谈上限，无法再与“${full === pa ? b : a}”洽谈`;
    }
    case 'conflicts-with-fixed':
      return `“${a}”与“${b}”可用的时段都被固定或锁定的洽谈占用`;
    case 'order-impossible':
      return `“${a}”与“${b}”的洽谈须排在约谈“${m.instance.requests[r]?.after?.[0] ?? ''}”之后，但之后没有双方都空闲的时段`;
    case 'host-tables-differ':
      return `“${a}”只在主场桌“${people[pa]?.hostTable ?? ''}”洽谈，“${b}”只在主场桌“${people[pb]?.hostTable ?? ''}”洽谈，无法同桌`;
  }
};
