import type { ScheduleInstance, UnscheduledReason } from '../types';

/**
 * The instance as the integer program sees it: indices instead of ids, and
 * for each request the slots it may take. Written here rather than borrowed
 * from model.ts so the heuristic's internals can change freely; the rules are
 * the same as checkPlan's (check.ts), which judges both.
 */
export type ExactModel = {
  instance: ScheduleInstance;
  S: number;
  T: number;
  /** Slots each request may take (ascending); empty when it can never be held (see `blocked`). */
  dom: number[][];
  /** The table a request must use (a side's host table, or its locked table), or −1. */
  table: number[];
  /** Slot of each locked request, −1 for the others. */
  lockedSlot: number[];
  a: number[];
  b: number[];
  w: number[];
  /** Most meetings per participant (maxMeetings, capped by the number of slots). */
  cap: number[];
  /** Each participant's requests that have at least one slot. */
  reqsOf: number[][];
  /** `[earlier, later]`: when both are held, `later` is in a strictly later slot. */
  order: [number, number][];
  /** Why a request can never be held, whatever the plan (as model.ts decides it); undefined when it might be. */
  blocked: (UnscheduledReason | undefined)[];
};

export const compileExact = (instance: ScheduleInstance): ExactModel => {
  const S = instance.slots.length;
  const T = instance.tables.length;
  const slotIndex = new Map(instance.slots.map((s, i) => [s.id, i]));
  const tableIndex = new Map(instance.tables.map((t, i) => [t.id, i]));
  const personIndex = new Map(instance.participants.map((p, i) => [p.id, i]));
  const requestIndex = new Map(instance.requests.map((r, i) => [r.id, i]));
  const locks = new Map((instance.locked ?? []).map((l) => [l.requestId, l]));
  const unavailable = instance.participants.map((p) => new Set((p.unavailable ?? []).map((s) => slotIndex.get(s) ?? -1)));
  const host = instance.participants.map((p) => (p.hostTable === undefined ? -1 : (tableIndex.get(p.hostTable) ?? -1)));
  const cap = instance.participants.map((p) => Math.min(p.maxMeetings ?? S, S));

  const m: ExactModel = { instance, S, T, dom: [], table: [], lockedSlot: [], a: [], b: [], w: [], cap, reqsOf: instance.participants.map(() => []), order: [], blocked: [] };
  for (const [r, spec] of instance.requests.entries()) {
    const pa = personIndex.get(spec.a) ?? 0;
    const pb = personIndex.get(spec.b) ?? 0;
    m.a.push(pa);
    m.b.push(pb);
    m.w.push(spec.priority ?? 3);
    const lock = locks.get(spec.id);
    const ha = host[pa] ?? -1;
    const hb = host[pb] ?? -1;
    let dom: number[] = [];
    if (lock) {
      // A locked meeting stays where it is, whatever the availabilities say now.
      const s = slotIndex.get(lock.slotId) ?? 0;
      dom = [s];
      m.table.push(tableIndex.get(lock.tableId) ?? 0);
      m.lockedSlot.push(s);
    } else {
      m.table.push(ha >= 0 ? ha : hb);
      m.lockedSlot.push(-1);
      const fixed = spec.fixedSlot === undefined ? undefined : slotIndex.get(spec.fixedSlot);
      const listed = spec.allowedSlots === undefined ? undefined : new Set(spec.allowedSlots.map((s) => slotIndex.get(s)));
      for (let s = 0; s < S; s++) {
        if ((fixed === undefined || fixed === s) && (listed === undefined || listed.has(s)) && !unavailable[pa]?.has(s) && !unavailable[pb]?.has(s)) dom.push(s);
      }
    }
    const blocked: UnscheduledReason | undefined =
      lock ? undefined
      : ha >= 0 && hb >= 0 && ha !== hb ? 'host-tables-differ'
      : dom.length === 0 ? 'no-common-slot'
      : (cap[pa] ?? 0) === 0 || (cap[pb] ?? 0) === 0 ? 'participant-limit'
      : T === 0 ? 'tables-full'
      : undefined;
    m.blocked.push(blocked);
    if (blocked !== undefined) dom = [];
    m.dom.push(dom);
    if (dom.length > 0) {
      m.reqsOf[pa]?.push(r);
      m.reqsOf[pb]?.push(r);
    }
    for (const q of spec.after ?? []) {
      const earlier = requestIndex.get(q);
      if (earlier !== undefined) m.order.push([earlier, r]);
    }
  }
  return m;
};
