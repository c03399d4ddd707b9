import type { Model } from './model';
import { orderFits, type State } from './state';
import type { Unscheduled, UnscheduledReason } from './types';

/**
 * Why a request is not in the final plan, read off that plan: the organiser
 * wants to know what to change (free a slot, add a table, raise a limit),
 * so each reason points at one lever. Per slot of the request's domain, the
 * first obstacle counts: the order with `after`, a side busy with a fixed or
 * locked meeting, a side busy, no table. Then: a side at its maximum →
 * participant-limit; some slot lacked only a table → tables-full; every slot
 * broke the order → order-impossible; the sides were kept apart only by fixed
 * or locked meetings → conflicts-with-fixed; else no-common-slot.
 */
export const explain = (st: State, r: number): Unscheduled => {
  const { m } = st;
  const names = sides(m, r);
  const requestId = m.instance.requests[r]?.id ?? '';
  const reason = m.blocked[r] ?? diagnose(st, r);
  return { requestId, reason, message: message(m, st, r, reason, names) };
};

const diagnose = (st: State, r: number): UnscheduledReason => {
  const { m } = st;
  const { S, T } = m;
  const a = m.a[r] ?? 0;
  const b = m.b[r] ?? 0;
  if ((st.nMeet[a] ?? 0) >= (m.cap[a] ?? 0) || (st.nMeet[b] ?? 0) >= (m.cap[b] ?? 0)) return 'participant-limit';
  let order = 0;
  let fixed = 0;
  let busy = 0;
  let tables = 0;
  const size = (m.domStart[r + 1] ?? 0) - (m.domStart[r] ?? 0);
  const t = m.table[r] ?? -1;
  for (let i = m.domStart[r] ?? 0; i < (m.domStart[r + 1] ?? 0); i++) {
    const s = m.dom[i] ?? 0;
    const atA = st.occ[a * S + s] ?? 0;
    const atB = st.occ[b * S + s] ?? 0;
    if (!orderFits(st, r, s)) order++;
    else if ((atA && pinned(m, atA - 1)) || (atB && pinned(m, atB - 1))) fixed++;
    else if (atA || atB) busy++;
    else if ((st.load[s] ?? 0) >= T || (t >= 0 && st.bound[s * T + t])) tables++;
  }
  if (tables > 0) return 'tables-full';
  if (order === size) return 'order-impossible';
  if (fixed > 0 && busy === 0) return 'conflicts-with-fixed';
  return 'no-common-slot';
};

/** Locked, or fixed to its slot: a meeting the organiser put there, not the scheduler. */
const pinned = (m: Model, q: number): boolean => m.locked[q] === 1 || m.instance.requests[q]?.fixedSlot !== undefined;

const sides = (m: Model, r: number): [string, string] => {
  const spec = m.instance.requests[r];
  return [spec?.a ?? '', spec?.b ?? ''];
};

const message = (m: Model, st: State, r: number, reason: UnscheduledReason, [a, b]: [string, string]): string => {
  const people = m.instance.participants;
  switch (reason) {
    case 'no-common-slot':
      return `“${a}”与“${b}”没有共同的空闲时段`;
    case 'tables-full':
      return `“${a}”与“${b}”有共同的空闲时段，但洽谈桌已排满`;
    case 'participant-limit': {
      const full = [m.a[r] ?? 0, m.b[r] ?? 0].find((p) => (st.nMeet[p] ?? 0) >= (m.cap[p] ?? 0)) ?? m.a[r] ?? 0;
      const other = full === m.a[r] ? b : a;
      return `“${people[full]?.id ?? ''}”已达到 ${m.cap[full] ?? 0} 场的洽谈上限，无法再与“${other}”洽谈`;
    }
    case 'conflicts-with-fixed':
      return `“${a}”与“${b}”可用的时段都被固定或锁定的洽谈占用`;
    case 'order-impossible': {
      const first = m.instance.requests[r]?.after?.[0] ?? '';
      return `“${a}”与“${b}”的洽谈须排在约谈“${first}”之后，但之后没有双方都空闲的时段`;
    }
    case 'host-tables-differ': {
      const hosts = [m.a[r] ?? 0, m.b[r] ?? 0].map((p) => people[p]?.hostTable ?? '');
      return `“${a}”只在主场桌“${hosts[0]}”洽谈，“${b}”只在主场桌“${hosts[1]}”洽谈，无法同桌`;
    }
  }
};
