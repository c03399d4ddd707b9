import { instanceSchema, shapeProblem, type InstanceProblem } from './instanceSchema';
import type { LockedMeeting, ParticipantSpec, RequestSpec, ScheduleInstance } from './types';

export type ParsedInstance = { ok: true; instance: ScheduleInstance } | { ok: false; problem: InstanceProblem };

type Found = InstanceProblem | undefined;

/** The first id that repeats in a list, as a problem on the record that repeats it. */
const duplicate = (list: readonly { id: string }[], field: string, nameEn: string, nameZh: string): Found => {
  const seen = new Map<string, number>();
  for (const [i, item] of list.entries()) {
    const earlier = seen.get(item.id);
    if (earlier !== undefined) {
      return { path: `${field}[${i}].id`, en: `${nameEn} "${item.id}" appears twice (${field}[${earlier}] and ${field}[${i}])`, zh: `${nameZh}“${item.id}”重复出现（${field}[${earlier}] 与 ${field}[${i}]）` };
    }
    seen.set(item.id, i);
  }
  return undefined;
};

const checkParticipants = (inst: ScheduleInstance, slots: Set<string>, tables: Set<string>): Found => {
  for (const [i, p] of inst.participants.entries()) {
    for (const [j, s] of (p.unavailable ?? []).entries()) {
      if (!slots.has(s)) return { path: `participants[${i}].unavailable[${j}]`, en: `participant "${p.id}": unavailable slot "${s}" does not exist`, zh: `参与者“${p.id}”的不可参加时段“${s}”不存在` };
    }
    if (p.hostTable !== undefined && !tables.has(p.hostTable)) {
      return { path: `participants[${i}].hostTable`, en: `participant "${p.id}": host table "${p.hostTable}" does not exist`, zh: `参与者“${p.id}”的主场桌“${p.hostTable}”不存在` };
    }
  }
  return undefined;
};

type Known = { slots: Set<string>; requests: Set<string>; people: Map<string, ParticipantSpec> };

const checkRequest = (r: RequestSpec, i: number, { slots, requests, people }: Known): Found => {
  const at = `requests[${i}]`;
  for (const side of ['a', 'b'] as const) {
    if (!people.has(r[side])) return { path: `${at}.${side}`, en: `request "${r.id}": participant "${r[side]}" does not exist`, zh: `约谈申请“${r.id}”的参与者“${r[side]}”不存在` };
  }
  if (r.a === r.b) return { path: `${at}.b`, en: `request "${r.id}": participant "${r.a}" cannot meet itself`, zh: `约谈申请“${r.id}”：参与者“${r.a}”不能与自己洽谈` };
  for (const [j, s] of (r.allowedSlots ?? []).entries()) {
    if (!slots.has(s)) return { path: `${at}.allowedSlots[${j}]`, en: `request "${r.id}": allowed slot "${s}" does not exist`, zh: `约谈申请“${r.id}”的允许时段“${s}”不存在` };
  }
  for (const [j, q] of (r.after ?? []).entries()) {
    if (!requests.has(q)) return { path: `${at}.after[${j}]`, en: `request "${r.id}": earlier request "${q}" does not exist`, zh: `约谈申请“${r.id}”的前序约谈“${q}”不存在` };
  }
  const fixed = r.fixedSlot;
  if (fixed === undefined) return undefined;
  const path = `${at}.fixedSlot`;
  if (!slots.has(fixed)) return { path, en: `request "${r.id}": fixed slot "${fixed}" does not exist`, zh: `约谈申请“${r.id}”的固定时段“${fixed}”不存在` };
  if (r.allowedSlots !== undefined && !r.allowedSlots.includes(fixed)) {
    return { path, en: `request "${r.id}": fixed slot "${fixed}" is not among its allowed slots`, zh: `约谈申请“${r.id}”的固定时段“${fixed}”不在其允许时段内` };
  }
  for (const side of [r.a, r.b]) {
    if (people.get(side)?.unavailable?.includes(fixed)) {
      return { path, en: `request "${r.id}": fixed slot "${fixed}" is unavailable for participant "${side}"`, zh: `约谈申请“${r.id}”的固定时段“${fixed}”是参与者“${side}”不可参加的时段` };
    }
  }
  return undefined;
};

/**
 * Depth-first search for a cycle in `after`, iterative so a long chain of
 * follow-ups cannot overflow the stack; names a request on it and the cycle.
 */
const orderCycle = (requests: readonly RequestSpec[]): Found => {
  const index = new Map(requests.map((r, i) => [r.id, i]));
  const earlier = requests.map((r) => (r.after ?? []).map((q) => index.get(q) ?? -1));
  const state = new Uint8Array(requests.length); // 0 new, 1 on the path, 2 done
  for (let root = 0; root < requests.length; root++) {
    if (state[root] !== 0) continue;
    const path = [root];
    const next = [0];
    state[root] = 1;
    while (path.length > 0) {
      const top = path.length - 1;
      const i = path[top] ?? 0;
      const k = next[top] ?? 0;
      const j = earlier[i]?.[k];
      if (j === undefined) {
        state[i] = 2;
        path.pop();
        next.pop();
        continue;
      }
      next[top] = k + 1;
      if (state[j] === 1) return cycleProblem(requests, path.slice(path.indexOf(j)));
      if (state[j] === 0) {
        state[j] = 1;
        path.push(j);
        next.push(0);
      }
    }
  }
  return undefined;
};

const cycleProblem = (requests: readonly RequestSpec[], cycle: readonly number[]): InstanceProblem => {
  const first = cycle[0] ?? 0;
  const names = [...cycle, first].map((k) => requests[k]?.id ?? '').join(' → ');
  const id = requests[first]?.id ?? '';
  return { path: `requests[${first}].after`, en: `request "${id}" must come after itself through "after" (${names})`, zh: `约谈申请“${id}”经由 after 形成循环，须排在自身之后（${names}）` };
};

/**
 * Locked meetings never move, so each must be a valid meeting on its own and
 * with the other locked ones; otherwise no plan could be valid.
 */
const checkLocked = (inst: ScheduleInstance, locked: readonly LockedMeeting[], tables: Set<string>): Found => {
  const requests = new Map(inst.requests.map((r) => [r.id, r]));
  const people = new Map(inst.participants.map((p) => [p.id, p]));
  const slotIndex = new Map(inst.slots.map((s, i) => [s.id, i]));
  const byRequest = new Map<string, number>();
  const busy = new Map<string, number>();
  const counts = new Map<string, number>();
  for (const [i, m] of locked.entries()) {
    const at = `locked[${i}]`;
    const r = requests.get(m.requestId);
    if (!r) return { path: `${at}.requestId`, en: `locked meeting ${i + 1}: request "${m.requestId}" does not exist`, zh: `第${i + 1}个锁定洽谈的约谈申请“${m.requestId}”不存在` };
    const name = `locked meeting of request "${r.id}"`;
    const nameZh = `约谈申请“${r.id}”的锁定洽谈`;
    if (!slotIndex.has(m.slotId)) return { path: `${at}.slotId`, en: `${name}: slot "${m.slotId}" does not exist`, zh: `${nameZh}的时段“${m.slotId}”不存在` };
    if (!tables.has(m.tableId)) return { path: `${at}.tableId`, en: `${name}: table "${m.tableId}" does not exist`, zh: `${nameZh}的桌号“${m.tableId}”不存在` };
    const earlier = byRequest.get(r.id);
    if (earlier !== undefined) return { path: `${at}.requestId`, en: `${name} is locked twice (locked[${earlier}] and ${at})`, zh: `${nameZh}被重复锁定（locked[${earlier}] 与 ${at}）` };
    byRequest.set(r.id, i);
    if (r.fixedSlot !== undefined && r.fixedSlot !== m.slotId) return { path: `${at}.slotId`, en: `${name}: slot "${m.slotId}" differs from its fixed slot "${r.fixedSlot}"`, zh: `${nameZh}的时段“${m.slotId}”与其固定时段“${r.fixedSlot}”不同` };
    if (r.allowedSlots !== undefined && !r.allowedSlots.includes(m.slotId)) return { path: `${at}.slotId`, en: `${name}: slot "${m.slotId}" is not among its allowed slots`, zh: `${nameZh}的时段“${m.slotId}”不在其允许时段内` };
    for (const side of [r.a, r.b]) {
      const p = people.get(side);
      if (p?.unavailable?.includes(m.slotId)) return { path: `${at}.slotId`, en: `${name}: slot "${m.slotId}" is unavailable for participant "${side}"`, zh: `${nameZh}的时段“${m.slotId}”是参与者“${side}”不可参加的时段` };
      if (p?.hostTable !== undefined && p.hostTable !== m.tableId) return { path: `${at}.tableId`, en: `${name}: participant "${side}" meets only at host table "${p.hostTable}", not "${m.tableId}"`, zh: `${nameZh}：参与者“${side}”只在主场桌“${p.hostTable}”洽谈，不能在“${m.tableId}”` };
      const other = busy.get(`p${m.slotId}\u0000${side}`);
      if (other !== undefined) return { path: `${at}.slotId`, en: `${name}: participant "${side}" already has locked meeting ${other + 1} in slot "${m.slotId}"`, zh: `${nameZh}：参与者“${side}”在时段“${m.slotId}”已有第${other + 1}个锁定洽谈` };
      busy.set(`p${m.slotId}\u0000${side}`, i);
      const count = (counts.get(side) ?? 0) + 1;
      counts.set(side, count);
      if (p?.maxMeetings !== undefined && count > p.maxMeetings) return { path: `${at}.requestId`, en: `${name}: participant "${side}" has more locked meetings than its maximum of ${p.maxMeetings}`, zh: `${nameZh}：参与者“${side}”的锁定洽谈超过其上限 ${p.maxMeetings} 场` };
    }
    const table = busy.get(`t${m.slotId}\u0000${m.tableId}`);
    if (table !== undefined) return { path: `${at}.tableId`, en: `${name}: table "${m.tableId}" already has locked meeting ${table + 1} in slot "${m.slotId}"`, zh: `${nameZh}：桌号“${m.tableId}”在时段“${m.slotId}”已有第${table + 1}个锁定洽谈` };
    busy.set(`t${m.slotId}\u0000${m.tableId}`, i);
  }
  for (const [i, m] of locked.entries()) {
    for (const q of requests.get(m.requestId)?.after ?? []) {
      const j = byRequest.get(q);
      const before = j === undefined ? undefined : locked[j];
      if (before !== undefined && (slotIndex.get(before.slotId) ?? 0) >= (slotIndex.get(m.slotId) ?? 0)) {
        return { path: `locked[${i}].slotId`, en: `locked meeting of request "${m.requestId}" must come after locked meeting of request "${q}", but does not`, zh: `约谈申请“${m.requestId}”的锁定洽谈应排在约谈申请“${q}”的锁定洽谈之后，实际并非如此` };
      }
    }
  }
  return undefined;
};

/**
 * Parses an instance.json, or returns the first problem: its shape, then
 * duplicate ids, references to records that do not exist, a request of a
 * participant with itself, fixed slots that cannot hold, cycles in `after`, and
 * locked meetings that break a rule or clash with each other.
 */
export const parseInstance = (raw: unknown): ParsedInstance => {
  const parsed = instanceSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, problem: shapeProblem(parsed.error.issues[0]) };
  const instance: ScheduleInstance = parsed.data;
  const problem =
    duplicate(instance.slots, 'slots', 'slot', '时段') ??
    duplicate(instance.tables, 'tables', 'table', '桌号') ??
    duplicate(instance.participants, 'participants', 'participant', '参与者') ??
    duplicate(instance.requests, 'requests', 'request', '约谈申请') ??
    references(instance) ??
    orderCycle(instance.requests) ??
    checkLocked(instance, instance.locked ?? [], new Set(instance.tables.map((t) => t.id)));
  return problem === undefined ? { ok: true, instance } : { ok: false, problem };
};

const references = (instance: ScheduleInstance): Found => {
  const known: Known = {
    slots: new Set(instance.slots.map((s) => s.id)),
    requests: new Set(instance.requests.map((r) => r.id)),
    people: new Map(instance.participants.map((p) => [p.id, p])),
  };
  const found = checkParticipants(instance, known.slots, new Set(instance.tables.map((t) => t.id)));
  if (found) return found;
  for (const [i, r] of instance.requests.entries()) {
    const problem = checkRequest(r, i, known);
    if (problem) return problem;
  }
  return undefined;
};
