import type { ExactModel } from './compile';
import type { Unscheduled, UnscheduledReason } from '../types';

/**
 * Why each request is left out of the exact plan, read off that plan with the
 * rules and sentences of reasons.ts (the organiser sees one vocabulary, whichever
 * mode planned): per slot of the request's domain the first obstacle counts —
 * the `after` order, a side busy with a fixed or locked meeting, a side busy,
 * no table. Then: a side at its maximum → participant-limit; some slot lacked
 * only a table → tables-full; every slot broke the order → order-impossible;
 * only fixed or locked meetings were in the way → conflicts-with-fixed; else
 * no-common-slot.
 */
export const explainExact = (m: ExactModel, slotOf: readonly number[]): Unscheduled[] => {
  const { S, T, instance } = m;
  const P = m.reqsOf.length;
  const count = Array.from({ length: P }, () => 0);
  const occupant = Array.from({ length: P * S }, () => -1);
  const load = Array.from({ length: S }, () => 0);
  const boundTaken = new Set<string>();
  slotOf.forEach((s, r) => {
    if (s < 0) return;
    for (const p of [m.a[r] ?? 0, m.b[r] ?? 0]) {
      count[p] = (count[p] ?? 0) + 1;
      occupant[p * S + s] = r;
    }
    load[s] = (load[s] ?? 0) + 1;
    if ((m.table[r] ?? -1) >= 0) boundTaken.add(`${m.table[r]}_${s}`);
  });
  const pinned = (q: number) => (m.lockedSlot[q] ?? -1) >= 0 || instance.requests[q]?.fixedSlot !== undefined;
  const orderFits = (r: number, s: number) =>
    m.order.every(([earlier, later]) => {
      if (later === r) return (slotOf[earlier] ?? -1) < 0 || (slotOf[earlier] ?? -1) < s;
      if (earlier === r) return (slotOf[later] ?? -1) < 0 || (slotOf[later] ?? -1) > s;
      return true;
    });
  const full = (p: number) => (count[p] ?? 0) >= (m.cap[p] ?? 0);

  const diagnose = (r: number): UnscheduledReason => {
    const a = m.a[r] ?? 0;
    const b = m.b[r] ?? 0;
    const blocked = m.blocked[r];
    if (blocked !== undefined) return blocked;
    const dom = m.dom[r] ?? [];
    if (full(a) || full(b)) return 'participant-limit';
    let order = 0;
    let fixed = 0;
    let busy = 0;
    let tables = 0;
    for (const s of dom) {
      const atA = occupant[a * S + s] ?? -1;
      const atB = occupant[b * S + s] ?? -1;
      if (!orderFits(r, s)) order++;
      else if ((atA >= 0 && pinned(atA)) || (atB >= 0 && pinned(atB))) fixed++;
      else if (atA >= 0 || atB >= 0) busy++;
      else if ((load[s] ?? 0) >= T || ((m.table[r] ?? -1) >= 0 && boundTaken.has(`${m.table[r]}_${s}`))) tables++;
    }
    if (tables > 0) return 'tables-full';
    if (order === dom.length) return 'order-impossible';
    if (fixed > 0 && busy === 0) return 'conflicts-with-fixed';
    return 'no-common-slot';
  };

  const message = (r: number, reason: UnscheduledReason): string => {
    const spec = instance.requests[r];
    const [a, b] = [spec?.a ?? '', spec?.b ?? ''];
    switch (reason) {
      case 'no-common-slot':
        return `“${a}”与“${b}”没有共同的空闲时段`;
      case 'tables-full':
        return `“${a}”与“${b}”有共同的空闲时段，但洽谈桌已排满`;
      case 'participant-limit': {
        const p = [m.a[r] ?? 0, m.b[r] ?? 0].find((q) => full(q)) ?? m.a[r] ?? 0;
        const other = p === m.a[r] ? b : a;
        return `“${instance.participants[p]?.id ?? ''}”已达到 ${m.cap[p] ?? 0} 场的洽谈上限，无法再与“${other}”洽谈`;
      }
      case 'conflicts-with-fixed':
        return `“${a}”与“${b}”可用的时段都被固定或锁定的洽谈占用`;
      case 'order-impossible':
        return `“${a}”与“${b}”的洽谈须排在约谈“${spec?.after?.[0] ?? ''}”之后，但之后没有双方都空闲的时段`;
      case 'host-tables-differ': {
        const hosts = [m.a[r] ?? 0, m.b[r] ?? 0].map((p) => instance.participants[p]?.hostTable ?? '');
        return `“${a}”只在主场桌“${hosts[0]}”洽谈，“${b}”只在主场桌“${hosts[1]}”洽谈，无法同桌`;
      }
    }
  };

  const out: Unscheduled[] = [];
  slotOf.forEach((s, r) => {
    if (s >= 0) return;
    const reason = diagnose(r);
    out.push({ requestId: instance.requests[r]?.id ?? '', reason, message: message(r, reason) });
  });
  return out;
};
