import type { Meeting } from '../../model';
import type { ParticipantSpec, RequestSpec, ScheduleInstance } from '../types';

/**
 * 移动检查: may this meeting go to that cell? Answered while the organiser
 * drags over the grid, so the indexes are built once per schedule and every
 * question is a handful of map lookups. The same rules as `checkPlan`, said
 * as the one sentence the organiser needs to see.
 */

export type MoveVerdict = { ok: true } | { ok: false; reason: string };

/** A meeting on the floor, with its two people and the instance request it stands for. */
export type FloorMeeting = {
  id: string;
  /** The instance request it holds (see `fairInstance`), absent when the request is out of the plan. */
  requestId?: string;
  a: string;
  b: string;
  slotId: string;
  tableId: string;
  locked: boolean;
  state: Meeting['state'];
};

/** How ids read in a reason: names, slot times, table numbers. */
export type MoveLabels = { person(id: string): string; slot(id: string): string; table(id: string): string };

export type MoveCheck = (meetingId: string, slotId: string, tableId: string) => MoveVerdict;

/** A cancelled meeting and a no-show free their seats: nobody sits there. */
export const occupiesSeat = (meeting: Pick<FloorMeeting, 'state'>): boolean => meeting.state !== '已取消' && meeting.state !== '未到场';

const refuse = (reason: string): MoveVerdict => ({ ok: false, reason });
const key = (a: string, b: string) => `${a}\u0000${b}`;

export const createMoveCheck = (instance: ScheduleInstance, meetings: readonly FloorMeeting[], labels: MoveLabels): MoveCheck => {
  const slotIndex = new Map(instance.slots.map((s, i) => [s.id, i]));
  const tables = new Set(instance.tables.map((t) => t.id));
  const people = new Map<string, ParticipantSpec>(instance.participants.map((p) => [p.id, p]));
  const requests = new Map<string, RequestSpec>(instance.requests.map((r) => [r.id, r]));
  const byId = new Map(meetings.map((m) => [m.id, m]));
  const atTable = new Map<string, FloorMeeting>();
  const atPerson = new Map<string, FloorMeeting>();
  const byRequest = new Map<string, FloorMeeting>();
  const followUps = new Map<string, string[]>();
  for (const m of meetings) {
    if (!occupiesSeat(m)) continue;
    atTable.set(key(m.tableId, m.slotId), m);
    atPerson.set(key(m.a, m.slotId), m);
    atPerson.set(key(m.b, m.slotId), m);
    if (m.requestId) byRequest.set(m.requestId, m);
  }
  for (const r of instance.requests) for (const earlier of r.after ?? []) followUps.set(earlier, [...(followUps.get(earlier) ?? []), r.id]);

  const pair = (m: FloorMeeting) => `${labels.person(m.a)} 与 ${labels.person(m.b)}`;

  const orderProblem = (request: RequestSpec, to: number): string | undefined => {
    for (const earlier of request.after ?? []) {
      const m = byRequest.get(earlier);
      if (m && (slotIndex.get(m.slotId) ?? -1) >= to) return `须排在前序约谈（${pair(m)}，${labels.slot(m.slotId)}）之后`;
    }
    for (const later of followUps.get(request.id) ?? []) {
      const m = byRequest.get(later);
      if (m && (slotIndex.get(m.slotId) ?? Infinity) <= to) return `须排在后续约谈（${pair(m)}，${labels.slot(m.slotId)}）之前`;
    }
    return undefined;
  };

  return (meetingId, slotId, tableId) => {
    const meeting = byId.get(meetingId);
    if (!meeting) return refuse('找不到该洽谈，请刷新后重试');
    if (meeting.locked) return refuse('已锁定，解锁后才能移动');
    if (meeting.state !== '待开始') return refuse(`该洽谈${meeting.state}，不能移动`);
    const to = slotIndex.get(slotId);
    if (to === undefined) return refuse('该时段不存在');
    if (!tables.has(tableId)) return refuse('该洽谈桌不存在');
    if (meeting.slotId === slotId && meeting.tableId === tableId) return { ok: true };

    const seated = atTable.get(key(tableId, slotId));
    if (seated && seated.id !== meeting.id) return refuse(`${labels.table(tableId)}在${labels.slot(slotId)}已有洽谈（${pair(seated)}）`);
    for (const side of [meeting.a, meeting.b]) {
      const busy = atPerson.get(key(side, slotId));
      if (busy && busy.id !== meeting.id) return refuse(`${labels.person(side)}在该时段已有洽谈（${labels.table(busy.tableId)}）`);
      const spec = people.get(side);
      if (spec?.unavailable?.includes(slotId)) return refuse(`${labels.person(side)}在${labels.slot(slotId)}不能参会`);
      if (spec?.hostTable !== undefined && spec.hostTable !== tableId) return refuse(`${labels.person(side)}只在${labels.table(spec.hostTable)}洽谈`);
    }
    const request = meeting.requestId ? requests.get(meeting.requestId) : undefined;
    if (!request) return { ok: true };
    if (request.fixedSlot !== undefined && request.fixedSlot !== slotId) return refuse(`该约谈固定在${labels.slot(request.fixedSlot)}`);
    if (request.allowedSlots !== undefined && !request.allowedSlots.includes(slotId)) return refuse('该约谈只能安排在申请指定的时段');
    const order = orderProblem(request, to);
    return order === undefined ? { ok: true } : refuse(order);
  };
};
