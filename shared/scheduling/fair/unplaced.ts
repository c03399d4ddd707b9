import type { RequestSpec, ScheduleInstance, UnscheduledReason } from '../types';
import { occupiesSeat, type FloorMeeting, type MoveLabels } from './moveCheck';

/**
 * 未排入的约谈 and why, read from the schedule as it stands now (after the
 * organiser's drags and locks), not from the last run of the planner: the
 * reason names what blocks the request today, and when a free cell exists
 * after all, it says so and offers that cell.
 */

export type Unplaced = {
  requestId: string;
  /** `placeable`: a free cell exists now (the request can be placed by hand there). */
  reason: UnscheduledReason | 'placeable';
  message: string;
  /** The first free cell, when `placeable`. */
  freeCell?: { slotId: string; tableId: string };
};

const key = (a: string, b: string) => `${a}\u0000${b}`;

export const explainUnplaced = (instance: ScheduleInstance, meetings: readonly FloorMeeting[], labels: MoveLabels): Unplaced[] => {
  const seated = meetings.filter(occupiesSeat);
  const placed = new Set(seated.flatMap((m) => (m.requestId ? [m.requestId] : [])));
  const people = new Map(instance.participants.map((p) => [p.id, p]));
  const busy = new Map<string, FloorMeeting>();
  const tablesTaken = new Map<string, Set<string>>();
  const counts = new Map<string, number>();
  const slotOf = new Map<string, number>();
  const slotIndex = new Map(instance.slots.map((s, i) => [s.id, i]));
  for (const m of seated) {
    busy.set(key(m.a, m.slotId), m);
    busy.set(key(m.b, m.slotId), m);
    (tablesTaken.get(m.slotId) ?? tablesTaken.set(m.slotId, new Set()).get(m.slotId))?.add(m.tableId);
    for (const side of [m.a, m.b]) counts.set(side, (counts.get(side) ?? 0) + 1);
    if (m.requestId) slotOf.set(m.requestId, slotIndex.get(m.slotId) ?? -1);
  }

  const explain = (r: RequestSpec): Unplaced => {
    const say = (reason: Unplaced['reason'], message: string, freeCell?: Unplaced['freeCell']): Unplaced => ({ requestId: r.id, reason, message, ...(freeCell ? { freeCell } : {}) });
    const a = people.get(r.a);
    const b = people.get(r.b);
    for (const p of [a, b]) {
      if (p?.maxMeetings !== undefined && (counts.get(p.id) ?? 0) >= p.maxMeetings) return say('participant-limit', `${labels.person(p.id)}已达最多洽谈场数（${p.maxMeetings}场）`);
    }
    const hosts = [a?.hostTable, b?.hostTable].filter((t): t is string => t !== undefined);
    if (hosts.length === 2 && hosts[0] !== hosts[1]) return say('host-tables-differ', `双方都有固定洽谈桌且不同（${hosts.map(labels.table).join('、')}）`);

    const earliest = Math.max(-1, ...(r.after ?? []).map((q) => slotOf.get(q) ?? -1));
    const latest = Math.min(instance.slots.length, ...instance.requests.filter((q) => q.after?.includes(r.id)).map((q) => slotOf.get(q.id) ?? instance.slots.length));
    let common = 0;
    let inOrder = 0;
    let tablesFull = 0;
    const conflicts: FloorMeeting[] = [];
    for (const [i, slot] of instance.slots.entries()) {
      if (r.fixedSlot !== undefined && r.fixedSlot !== slot.id) continue;
      if (r.allowedSlots !== undefined && !r.allowedSlots.includes(slot.id)) continue;
      if (a?.unavailable?.includes(slot.id) || b?.unavailable?.includes(slot.id)) continue;
      common++;
      if (i <= earliest || i >= latest) continue;
      inOrder++;
      const conflict = busy.get(key(r.a, slot.id)) ?? busy.get(key(r.b, slot.id));
      if (conflict) {
        conflicts.push(conflict);
        continue;
      }
      const taken = tablesTaken.get(slot.id);
      const host = hosts[0];
      const table = host !== undefined ? (taken?.has(host) ? undefined : host) : instance.tables.find((t) => !taken?.has(t.id))?.id;
      if (table !== undefined) return say('placeable', `${labels.slot(slot.id)}双方都有空，${labels.table(table)}空闲，可手动排入`, { slotId: slot.id, tableId: table });
      tablesFull++;
    }
    if (common === 0) {
      return r.fixedSlot !== undefined
        ? say('conflicts-with-fixed', `固定时段${labels.slot(r.fixedSlot)}有一方不能参会`)
        : say('no-common-slot', '双方没有共同的可参会时段');
    }
    if (inOrder === 0) return say('order-impossible', '按前后约谈的顺序要求，没有可用的时段');
    if (tablesFull > 0) return say('tables-full', hosts[0] !== undefined ? `${labels.table(hosts[0])}在双方都有空的时段已被占用` : '双方都有空的时段，洽谈桌已满');
    const lockedConflict = conflicts.find((m) => m.locked || m.state !== '待开始');
    if (lockedConflict && conflicts.every((m) => m.locked || m.state !== '待开始')) {
      return say('conflicts-with-fixed', `双方共同的可参会时段都被锁定的洽谈占用（如${labels.person(lockedConflict.a)} 与 ${labels.person(lockedConflict.b)}，${labels.slot(lockedConflict.slotId)}）`);
    }
    return say('no-common-slot', `双方共同的可参会时段（${common}个）都已有其他洽谈`);
  };

  return instance.requests.filter((r) => !placed.has(r.id)).map(explain);
};
