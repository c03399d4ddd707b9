import { deriveSlots, isActiveRequest, type DockingEvent, type Meeting, type MeetingRequest, type Participant, type RequestPriority, type Slot } from '../../model';
import type { LockedMeeting, ParticipantSpec, Priority, RequestSpec, ScheduleInstance } from '../types';
import { occupiesSeat } from './moveCheck';

/**
 * The fair's records as the scheduler's instance: the bridge between the
 * domain model (participants, 约谈申请, 洽谈) and `schedule()`, so the app's
 * worker, the move check and the unplaced reasons all see the same problem.
 */

export const PRIORITY_WEIGHT: Record<RequestPriority, Priority> = { 必须: 3, 优先: 2, 一般: 1 };

/** Which requests are planned: the accepted ones (the default), or the pending ones as well. */
export type RequestScope = 'accepted' | 'accepted-and-pending';

export type FairRecords = {
  event: DockingEvent;
  /** Live participants of the event. */
  participants: readonly Participant[];
  /** Live requests of the event, any state. */
  requests: readonly MeetingRequest[];
  /** Live meetings of the event. */
  meetings: readonly Meeting[];
};

export type FairInstance = {
  instance: ScheduleInstance;
  slots: Slot[];
  /**
   * Meetings no plan touches: locked ones, those already running or held
   * (anything not 待开始), and no-shows and cancelled ones, which stay as the
   * day's record but free their seats (they are not in `instance.locked`).
   */
  fixedMeetingIds: ReadonlySet<string>;
  /** Requests in scope that cannot be planned at all, with the reason (e.g. a side was deleted). */
  excluded: { requestId: string; reason: string }[];
};

/** Only a 待开始 meeting that is not locked is the planner's to place or move. */
export const isMovable = (meeting: Pick<Meeting, 'locked' | 'state'>): boolean => !meeting.locked && meeting.state === '待开始';

const inScope = (request: MeetingRequest, scope: RequestScope): boolean =>
  !request.deleted && (request.state === '已接受' || (scope === 'accepted-and-pending' && request.state === '待确认'));

/** The slots a person cannot take: those marked unavailable, and every slot of a session they do not attend. */
const unavailableSlots = (participant: Participant, slots: readonly Slot[]): string[] => {
  const { sessionIds, unavailableSlotIds } = participant.availability;
  const marked = new Set(unavailableSlotIds);
  return slots.filter((s) => marked.has(s.id) || (sessionIds.length > 0 && !sessionIds.includes(s.sessionId))).map((s) => s.id);
};

const participantSpec = (participant: Participant, slots: readonly Slot[], tableIds: ReadonlySet<string>): ParticipantSpec => {
  const unavailable = unavailableSlots(participant, slots);
  const { maxMeetings, hostTableId } = participant.availability;
  return {
    id: participant.id,
    ...(unavailable.length > 0 ? { unavailable } : {}),
    ...(maxMeetings !== undefined ? { maxMeetings } : {}),
    // A host table the event no longer has binds nothing (the table list was edited since).
    ...(hostTableId !== undefined && tableIds.has(hostTableId) ? { hostTable: hostTableId } : {}),
  };
};

/** The request's allowed slots that still exist; `undefined` = any. All gone means none: it cannot be placed. */
const allowedSlots = (request: MeetingRequest, slotIds: ReadonlySet<string>): string[] | undefined =>
  request.allowedSlotIds.length === 0 ? undefined : request.allowedSlotIds.filter((id) => slotIds.has(id));

/** A meeting held without a request (ad hoc) still takes its people and table: it enters as its own locked request. */
export const AD_HOC_PREFIX = 'meeting:';
export const adHocRequestId = (meetingId: string) => `${AD_HOC_PREFIX}${meetingId}`;

export const fairInstance = (records: FairRecords, scope: RequestScope = 'accepted'): FairInstance => {
  const slots = deriveSlots(records.event);
  const slotIds = new Set(slots.map((s) => s.id));
  const tableIds = new Set(records.event.tables.map((t) => t.id));
  const people = new Map(records.participants.filter((p) => !p.deleted).map((p) => [p.id, p]));
  const excluded: FairInstance['excluded'] = [];

  const requestRecords = new Map(records.requests.map((r) => [r.id, r]));
  // The planner places the meetings of the requests in scope; every other
  // meeting on the floor stays where it is: locked or under way, held without
  // a request, or for an active request outside the scope (a 待确认 one placed
  // by hand). A meeting whose request was declined or cancelled is neither:
  // applying a plan removes it.
  const isFixed = (m: Meeting): boolean => {
    if (!isMovable(m) || !m.requestId) return true;
    const request = requestRecords.get(m.requestId);
    return request !== undefined && isActiveRequest(request) && !inScope(request, scope);
  };
  // A no-show or cancelled meeting frees its seats, and settles its request:
  // the planner neither keeps it nor places that request again by itself.
  const seated = records.meetings.filter((m) => !m.deleted && slotIds.has(m.slotId) && tableIds.has(m.tableId) && occupiesSeat(m));
  const settledMeetings = records.meetings.filter((m) => !m.deleted && !occupiesSeat(m));
  const settled = new Map(settledMeetings.flatMap((m) => (m.requestId ? [[m.requestId, m.state] as const] : [])));
  const fixed = seated.filter(isFixed);
  const fixedRequestIds = new Set(fixed.flatMap((m) => (m.requestId ? [m.requestId] : [])));
  const seatedRequestIds = new Set(seated.flatMap((m) => (m.requestId ? [m.requestId] : [])));
  const requests = new Map<string, RequestSpec>();
  for (const r of records.requests) {
    if (r.deleted || !(inScope(r, scope) || fixedRequestIds.has(r.id))) continue;
    const settledAs = settled.get(r.id);
    if (settledAs && !seatedRequestIds.has(r.id)) {
      excluded.push({ requestId: r.id, reason: `洽谈已标记为${settledAs}` });
      continue;
    }
    if (!people.has(r.fromId) || !people.has(r.toId)) {
      excluded.push({ requestId: r.id, reason: '约谈一方已被删除' });
      continue;
    }
    const allowed = allowedSlots(r, slotIds);
    requests.set(r.id, { id: r.id, a: r.fromId, b: r.toId, priority: PRIORITY_WEIGHT[r.priority], ...(allowed ? { allowedSlots: allowed } : {}) });
  }
  // Order only between requests both in the plan: a follow-up of a request left out is still worth holding.
  for (const r of records.requests) {
    const spec = requests.get(r.id);
    if (spec && r.afterRequestId && requests.has(r.afterRequestId)) spec.after = [r.afterRequestId];
  }

  const locked: LockedMeeting[] = [];
  for (const m of fixed) {
    let requestId = m.requestId && requests.has(m.requestId) ? m.requestId : undefined;
    if (requestId === undefined) {
      const [a, b] = m.participantIds;
      if (!people.has(a) || !people.has(b)) continue;
      requestId = adHocRequestId(m.id);
      requests.set(requestId, { id: requestId, a, b, priority: 3 });
    }
    locked.push({ requestId, slotId: m.slotId, tableId: m.tableId });
  }
  // A fixed meeting sits where the organiser put it, even in a slot its own rules would not allow now.
  for (const lock of locked) {
    const spec = requests.get(lock.requestId);
    if (spec) {
      delete spec.allowedSlots;
      delete spec.after;
      spec.fixedSlot = lock.slotId;
    }
  }

  const participants = [...people.values()].map((p) => participantSpec(p, slots, tableIds));
  // A fixed meeting in a slot its person later marked unavailable must not make the instance invalid.
  const unavailableOverride = new Map<string, Set<string>>();
  for (const lock of locked) {
    const spec = requests.get(lock.requestId);
    if (!spec) continue;
    for (const side of [spec.a, spec.b]) (unavailableOverride.get(side) ?? unavailableOverride.set(side, new Set()).get(side))?.add(lock.slotId);
  }
  for (const p of participants) {
    const keep = unavailableOverride.get(p.id);
    if (keep && p.unavailable) p.unavailable = p.unavailable.filter((s) => !keep.has(s));
  }

  return {
    instance: {
      slots: slots.map((s) => ({ id: s.id, session: s.sessionId })),
      tables: [...records.event.tables].sort((a, b) => a.number - b.number).map((t) => ({ id: t.id })),
      participants,
      requests: [...requests.values()],
      locked,
    },
    slots,
    fixedMeetingIds: new Set([...fixed, ...settledMeetings].map((m) => m.id)),
    excluded,
  };
};
