import type { LockedMeeting, ParticipantSpec, PlannedMeeting, RequestSpec, ScheduleInstance } from '../scheduling';
import { adHocRequestId, fairInstance, floorAsPlan, floorMeetings, occupiesSeat, type FairInstance, type FairRecords, type FloorMeeting } from '../scheduling/fair';
import type { OpenSlot } from './openSlot';

/**
 * The re-planner's view of the fair day for 补位: every meeting on the floor
 * stays in it, but a request without a seat is only offered when both of its
 * people are checked in (已签到): a freed seat goes to someone standing in
 * the hall, not to someone who may never come. Pending (待确认) requests
 * count as wished-for meetings.
 */
export type ReplacementInstance = {
  fair: FairInstance;
  floor: FloorMeeting[];
  instance: ScheduleInstance;
  current: PlannedMeeting[];
  /** Requests with no seat whose people are both checked in: what may be offered. */
  candidates: ReadonlySet<string>;
  checkedIn: ReadonlySet<string>;
};

const lockAt = (spec: RequestSpec, slotId: string): RequestSpec => {
  // As fairInstance does for a fixed meeting: it sits where it is, whatever its rules say now.
  const { allowedSlots: _allowed, after: _after, ...rest } = spec;
  return { ...rest, fixedSlot: slotId };
};

export const replacementInstance = (records: FairRecords, open: OpenSlot): ReplacementInstance => {
  const fair = fairInstance(records, 'accepted-and-pending');
  const floor = floorMeetings(fair, records.meetings);
  const checkedIn = new Set(records.participants.filter((p) => !p.deleted && p.checkIn.state === '已签到').map((p) => p.id));
  const slotIds = new Set(fair.instance.slots.map((s) => s.id));
  const tableIds = new Set(fair.instance.tables.map((t) => t.id));
  const people = new Set(fair.instance.participants.map((p) => p.id));
  const seated = floor.filter((m) => occupiesSeat(m) && slotIds.has(m.slotId) && tableIds.has(m.tableId));
  const held = new Set([...seated.flatMap((m) => (m.requestId ? [m.requestId] : [])), ...(fair.instance.locked ?? []).map((l) => l.requestId)]);

  const specs = new Map<string, RequestSpec>();
  const candidates = new Set<string>();
  for (const r of fair.instance.requests) {
    if (held.has(r.id)) specs.set(r.id, r);
    else if (checkedIn.has(r.a) && checkedIn.has(r.b)) {
      specs.set(r.id, r);
      candidates.add(r.id);
    }
  }
  for (const [id, r] of specs) {
    const after = r.after?.filter((q) => specs.has(q));
    if (r.after && after?.length !== r.after.length) {
      const { after: _dropped, ...rest } = r;
      specs.set(id, after && after.length > 0 ? { ...rest, after } : rest);
    }
  }

  const locked: LockedMeeting[] = [...(fair.instance.locked ?? [])];
  const lockedIds = new Set(locked.map((l) => l.requestId));
  const lockedSlots = new Map<string, Set<string>>();
  const addLock = (lock: LockedMeeting, a: string, b: string) => {
    locked.push(lock);
    lockedIds.add(lock.requestId);
    for (const side of [a, b]) (lockedSlots.get(side) ?? lockedSlots.set(side, new Set()).get(side))?.add(lock.slotId);
  };
  for (const m of seated) {
    if (!m.requestId) {
      // A meeting whose request was declined or cancelled after it was placed still takes its table and people today.
      if (!people.has(m.a) || !people.has(m.b)) continue;
      const requestId = adHocRequestId(m.id);
      specs.set(requestId, { id: requestId, a: m.a, b: m.b, priority: 3, fixedSlot: m.slotId });
      addLock({ requestId, slotId: m.slotId, tableId: m.tableId }, m.a, m.b);
    } else if (open.running && m.slotId === open.slot.id && !lockedIds.has(m.requestId)) {
      // The round is under way: whoever sits at a table now stays there; only its empty seats are offered.
      const spec = specs.get(m.requestId);
      if (spec) specs.set(m.requestId, lockAt(spec, m.slotId));
      addLock({ requestId: m.requestId, slotId: m.slotId, tableId: m.tableId }, m.a, m.b);
    }
  }

  const sittingNow = new Set(open.running ? seated.filter((m) => m.slotId === open.slot.id).flatMap((m) => [m.a, m.b]) : []);
  const participants = fair.instance.participants.map((p): ParticipantSpec => {
    const keep = lockedSlots.get(p.id);
    let unavailable = keep && p.unavailable ? p.unavailable.filter((s) => !keep.has(s)) : p.unavailable;
    // Nobody can be walked to a table of the running round who is not in the hall.
    if (open.running && !checkedIn.has(p.id) && !sittingNow.has(p.id) && !unavailable?.includes(open.slot.id)) unavailable = [...(unavailable ?? []), open.slot.id];
    return unavailable === p.unavailable ? p : { ...p, unavailable };
  });

  return {
    fair,
    floor,
    instance: { ...fair.instance, participants, requests: [...specs.values()], locked },
    current: floorAsPlan(floor),
    candidates,
    checkedIn,
  };
};
