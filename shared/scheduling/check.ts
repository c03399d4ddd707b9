import type { PlannedMeeting, ScheduleInstance } from './types';

/**
 * Every hard constraint of issue 4, checked on a finished plan, independently
 * of the scheduler's own bookkeeping (the benchmarks and the property tests
 * trust this, not the scheduler). Returns one Chinese sentence per violation,
 * naming the records; empty when the plan is valid.
 *
 * `after` binds when both meetings are held: the later one must be in a
 * strictly later slot (see schedule.ts for why holding it alone is allowed).
 */
export const checkPlan = (instance: ScheduleInstance, meetings: readonly PlannedMeeting[]): string[] => {
  const problems: string[] = [];
  const slotIndex = new Map(instance.slots.map((s, i) => [s.id, i]));
  const tables = new Set(instance.tables.map((t) => t.id));
  const requests = new Map(instance.requests.map((r) => [r.id, r]));
  const people = new Map(instance.participants.map((p) => [p.id, p]));
  const held = new Map<string, PlannedMeeting>();
  const busy = new Map<string, string>();
  const counts = new Map<string, number>();

  for (const m of meetings) {
    const r = requests.get(m.requestId);
    if (!r) {
      problems.push(`约谈申请“${m.requestId}”不存在`);
      continue;
    }
    const name = `约谈“${r.id}”（${r.a} 与 ${r.b}）`;
    if (!slotIndex.has(m.slotId)) problems.push(`${name}的时段“${m.slotId}”不存在`);
    if (!tables.has(m.tableId)) problems.push(`${name}的桌号“${m.tableId}”不存在`);
    if (held.has(r.id)) problems.push(`${name}被安排了不止一次`);
    held.set(r.id, m);
    if (r.fixedSlot !== undefined && r.fixedSlot !== m.slotId) problems.push(`${name}应在固定时段“${r.fixedSlot}”，却排在“${m.slotId}”`);
    if (r.allowedSlots !== undefined && !r.allowedSlots.includes(m.slotId)) problems.push(`${name}排在允许时段之外的“${m.slotId}”`);
    const table = busy.get(`t\u0000${m.slotId}\u0000${m.tableId}`);
    if (table !== undefined) problems.push(`桌号“${m.tableId}”在时段“${m.slotId}”同时安排了约谈“${table}”和“${r.id}”`);
    busy.set(`t\u0000${m.slotId}\u0000${m.tableId}`, r.id);
    const hosts = new Set<string>();
    for (const side of [r.a, r.b]) {
      const p = people.get(side);
      if (p?.unavailable?.includes(m.slotId)) problems.push(`${name}排在参与者“${side}”不可参加的时段“${m.slotId}”`);
      if (p?.hostTable !== undefined) {
        hosts.add(p.hostTable);
        if (p.hostTable !== m.tableId) problems.push(`${name}在桌号“${m.tableId}”，但参与者“${side}”只在主场桌“${p.hostTable}”洽谈`);
      }
      const other = busy.get(`p\u0000${m.slotId}\u0000${side}`);
      if (other !== undefined) problems.push(`参与者“${side}”在时段“${m.slotId}”同时有约谈“${other}”和“${r.id}”`);
      busy.set(`p\u0000${m.slotId}\u0000${side}`, r.id);
      counts.set(side, (counts.get(side) ?? 0) + 1);
    }
    if (hosts.size > 1) problems.push(`${name}无法安排：双方的主场桌不同（${[...hosts].join('、')}）`);
  }

  for (const [id, count] of counts) {
    const max = people.get(id)?.maxMeetings;
    if (max !== undefined && count > max) problems.push(`参与者“${id}”有 ${count} 场洽谈，超过上限 ${max} 场`);
  }
  for (const [id, m] of held) {
    for (const q of requests.get(id)?.after ?? []) {
      const before = held.get(q);
      if (before !== undefined && (slotIndex.get(before.slotId) ?? -1) >= (slotIndex.get(m.slotId) ?? -1)) {
        problems.push(`约谈“${id}”应排在约谈“${q}”之后，但“${q}”在“${before.slotId}”，“${id}”在“${m.slotId}”`);
      }
    }
  }
  for (const lock of instance.locked ?? []) {
    const m = held.get(lock.requestId);
    if (!m) problems.push(`锁定的约谈“${lock.requestId}”不在排期中`);
    else if (m.slotId !== lock.slotId || m.tableId !== lock.tableId) {
      problems.push(`锁定的约谈“${lock.requestId}”被移动：应在时段“${lock.slotId}”桌号“${lock.tableId}”，现为时段“${m.slotId}”桌号“${m.tableId}”`);
    }
  }
  return problems;
};
