import type { Meeting, MeetingRequest } from '../model';
import { createMoveCheck, fairInstance, floorMeetings, occupiesSeat, type FairRecords, type FloorMeeting } from '../scheduling/fair';
import { LATE_START_MINUTES, openSlotAt } from './openSlot';
import { floorLabels } from './replacementLabels';

/**
 * The last word on a set of ticked 补位 proposals, against the fair as stored
 * now: every change is checked beside all the others as they will stand once
 * applied, so an offer whose seat is freed only by a move left unticked is
 * refused, naming both. Pure, so the repository runs it inside its write.
 */

/** What the organiser confirms: a new meeting, or a move that makes room for one. */
export type ProposalChoice =
  | { kind: 'add'; requestId: string; slotId: string; tableId: string }
  | { kind: 'move'; meetingId: string; slotId: string; tableId: string };

export type ReplacementWrites = {
  adds: { request: MeetingRequest; slotId: string; tableId: string }[];
  moves: { meeting: Meeting; slotId: string; tableId: string }[];
};

export type CheckedReplacements = { ok: true; writes: ReplacementWrites } | { ok: false; message: string };

const AGAIN = '请重新生成补位建议';
const NO_WAY = '今天的洽谈时段都已开始或结束，不能再补位';

/** One change as it will stand: the meeting's id (a new one's is made up), its people and its cell. */
type Step = { id: string; requestId: string | undefined; a: string; b: string; slotId: string; tableId: string; what: string };

class Refusal extends Error {}
const refuse = (message: string): never => {
  throw new Refusal(message);
};

const cellKey = (slotId: string, id: string) => `${slotId}\u0000${id}`;

/**
 * `now` is the fair's clock: given, a change in a slot that has begun (past
 * its first `LATE_START_MINUTES`) or a move out of the running round is
 * refused; the proposals were made for a moment that has passed.
 */
export const checkReplacements = (records: FairRecords, chosen: readonly ProposalChoice[], now?: number): CheckedReplacements => {
  try {
    return { ok: true, writes: verify(records, chosen, now) };
  } catch (e) {
    if (e instanceof Refusal) return { ok: false, message: e.message };
    throw e;
  }
};

const verify = (records: FairRecords, chosen: readonly ProposalChoice[], now: number | undefined): ReplacementWrites => {
  if (chosen.length === 0) refuse('请至少勾选一项补位建议');
  const fair = fairInstance(records, 'accepted-and-pending');
  const floor = floorMeetings(fair, records.meetings);
  const labels = floorLabels(records, fair.slots);
  const slotIndex = new Map(fair.slots.map((s, i) => [s.id, i]));
  const open = now === undefined ? undefined : (openSlotAt(fair.slots, now) ?? refuse(NO_WAY));
  const people = new Map(records.participants.map((p) => [p.id, p]));
  const requests = new Map(records.requests.map((r) => [r.id, r]));
  const meetings = new Map(records.meetings.map((m) => [m.id, m]));
  const planned = new Set(fair.instance.requests.map((r) => r.id));
  const seatedRequests = new Set(records.meetings.filter((m) => !m.deleted && occupiesSeat(m)).flatMap((m) => (m.requestId ? [m.requestId] : [])));
  const pair = (a: string, b: string) => `${labels.person(a)} 与 ${labels.person(b)}`;
  const here = (side: string) => people.get(side)?.checkIn.state === '已签到';

  const inTime = (what: string, slotId: string) => {
    const i = slotIndex.get(slotId);
    if (open && i !== undefined && i < open.index) refuse(`${what}无法确认：${labels.slot(slotId)}已开始超过${LATE_START_MINUTES}分钟，${AGAIN}`);
  };
  const intoRunningRound = (what: string, slotId: string, sides: readonly string[]) => {
    const away = open?.running && slotId === open.slot.id ? sides.find((s) => !here(s)) : undefined;
    if (away !== undefined) refuse(`${what}无法确认：本轮已开始，${labels.person(away)}尚未签到或已离场`);
  };

  const writes: ReplacementWrites = { adds: [], moves: [] };
  const steps: Step[] = [];
  const seen = new Set<string>();
  const final = new Map<string, FloorMeeting>(floor.map((m) => [m.id, m]));
  for (const c of chosen) {
    const where = `${labels.slot(c.slotId)}，${labels.table(c.tableId)}`;
    if (c.kind === 'add') {
      const r = requests.get(c.requestId);
      if (!r || r.deleted) return refuse(`补位的约谈申请已被删除，${AGAIN}`);
      const what = `补位“${pair(r.fromId, r.toId)}（${where}）”`;
      if (seen.has(r.id)) refuse(`${what}重复提交`);
      seen.add(r.id);
      if (r.state !== '待确认' && r.state !== '已接受') refuse(`${what}无法确认：该约谈申请${r.state}`);
      if (!planned.has(r.id)) refuse(`${what}无法确认：${fair.excluded.find((x) => x.requestId === r.id)?.reason ?? '该约谈申请不在排期范围内'}`);
      if (seatedRequests.has(r.id)) refuse(`${what}无法确认：该约谈已在排期中`);
      const away = [r.fromId, r.toId].find((s) => !here(s));
      if (away !== undefined) refuse(`${what}无法确认：${labels.person(away)}尚未签到或已离场`);
      inTime(what, c.slotId);
      const id = `new:${r.id}`;
      final.set(id, { id, requestId: r.id, a: r.fromId, b: r.toId, slotId: c.slotId, tableId: c.tableId, locked: false, state: '待开始' });
      steps.push({ id, requestId: r.id, a: r.fromId, b: r.toId, slotId: c.slotId, tableId: c.tableId, what });
      writes.adds.push({ request: r, slotId: c.slotId, tableId: c.tableId });
    } else {
      const m = meetings.get(c.meetingId);
      const onFloor = final.get(c.meetingId);
      if (!m || m.deleted || !onFloor) return refuse(`要调整的洽谈已被删除，${AGAIN}`);
      const [a, b] = m.participantIds;
      const what = `调整“${pair(a, b)}”（${labels.slot(m.slotId)}，${labels.table(m.tableId)} → ${where}）`;
      if (seen.has(m.id)) refuse(`${what}重复提交`);
      seen.add(m.id);
      const from = slotIndex.get(m.slotId);
      if (open && from !== undefined && (from < open.index || (open.running && from === open.index))) refuse(`${what}无法确认：该洽谈已开始，${AGAIN}`);
      inTime(what, c.slotId);
      intoRunningRound(what, c.slotId, [a, b]);
      final.set(m.id, { ...onFloor, slotId: c.slotId, tableId: c.tableId });
      steps.push({ id: m.id, requestId: onFloor.requestId, a, b, slotId: c.slotId, tableId: c.tableId, what });
      writes.moves.push({ meeting: m, slotId: c.slotId, tableId: c.tableId });
    }
  }

  const seated = [...final.values()].filter(occupiesSeat);
  const atTable = new Map<string, FloorMeeting[]>();
  const atPerson = new Map<string, FloorMeeting[]>();
  const count = new Map<string, number>();
  const push = (map: Map<string, FloorMeeting[]>, key: string, m: FloorMeeting) => (map.get(key) ?? map.set(key, []).get(key))?.push(m);
  for (const m of seated) {
    push(atTable, cellKey(m.slotId, m.tableId), m);
    for (const side of [m.a, m.b]) {
      push(atPerson, cellKey(m.slotId, side), m);
      count.set(side, (count.get(side) ?? 0) + 1);
    }
  }
  const limits = new Map(fair.instance.participants.map((p) => [p.id, p.maxMeetings]));
  const room = '。请一并勾选为它腾出位置的调整，或重新生成补位建议';
  // The rest of a move's rules (availability, host tables, allowed slots, order) against every meeting that
  // stays, with all the changes lifted out: one check for the whole set (building one reads the whole fair).
  const stepIds = new Set(steps.map((s) => s.id));
  const check = createMoveCheck(fair.instance, [...final.values()].map((m) => (stepIds.has(m.id) ? { ...m, slotId: '', tableId: '' } : m)), labels);
  // The order between two changes, which the lifted check cannot see.
  const stepByRequest = new Map(steps.flatMap((s) => (s.requestId ? [[s.requestId, s] as const] : [])));
  const specs = new Map(fair.instance.requests.map((r) => [r.id, r]));
  for (const step of steps) {
    const other = atTable.get(cellKey(step.slotId, step.tableId))?.find((m) => m.id !== step.id);
    if (other) refuse(`${step.what}无法确认：${labels.table(step.tableId)}在该时段仍有洽谈（${pair(other.a, other.b)}）${room}`);
    for (const side of [step.a, step.b]) {
      const busy = atPerson.get(cellKey(step.slotId, side))?.find((m) => m.id !== step.id);
      if (busy) refuse(`${step.what}无法确认：${labels.person(side)}在该时段仍有洽谈（${pair(busy.a, busy.b)}，${labels.table(busy.tableId)}）${room}`);
      const max = limits.get(side);
      if (step.id.startsWith('new:') && max !== undefined && (count.get(side) ?? 0) > max) refuse(`${step.what}无法确认：${labels.person(side)}已达最多洽谈场数（${max}场）`);
    }
    const verdict = check(step.id, step.slotId, step.tableId);
    if (!verdict.ok) refuse(`${step.what}无法确认：${verdict.reason}`);
    for (const earlier of (step.requestId ? specs.get(step.requestId)?.after : undefined) ?? []) {
      const before = stepByRequest.get(earlier);
      if (before && (slotIndex.get(before.slotId) ?? -1) >= (slotIndex.get(step.slotId) ?? -1)) {
        refuse(`${step.what}无法确认：须排在前序约谈（${pair(before.a, before.b)}，${labels.slot(before.slotId)}）之后`);
      }
    }
  }
  return writes;
};
