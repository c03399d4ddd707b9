import type { Transaction } from 'dexie';
import { ID_PREFIX, meetingSchema, type DockingEvent, type Meeting, type MeetingRequest, type Participant } from '@shared/model';
import type { PlannedMeeting } from '@shared/scheduling';
import { createMoveCheck, fairInstance, floorMeetings, occupiesSeat, type FairInstance, type FairRecords, type MoveLabels, type RequestScope } from '@shared/scheduling/fair';
import type { DeskDatabase } from './database';
import { deskClock, LAST_STAMP_KEY } from './deskClock';
import { newId } from './fieldChanges';
import { stampFields } from '@shared/sync/stampFields';
import { runWrite, WriteRefused, type WriteResult } from './writeResult';

/**
 * 洽谈 writes: applying a plan, moving, locking and placing by hand. Each is
 * one transaction that re-reads the fair as it is now and checks the result
 * against it, so a plan computed before someone moved or locked a meeting,
 * or a move another window made impossible, is refused and nothing changes.
 */

const meetingTables = (db: DeskDatabase) => [db.events, db.participants, db.meetingRequests, db.meetings, db.meta];

const refuse = (message: string, field = ''): never => {
  throw new WriteRefused([{ field, message }]);
};

/** The fair's live records, read through the transaction. */
export const loadFair = async (tx: Transaction, eventId: string): Promise<FairRecords> => {
  const event = await tx.table<DockingEvent, string>('events').get(eventId);
  if (!event || event.deleted) return refuse('该活动不存在或已被删除');
  const live = <T extends { deleted: boolean }>(rows: T[]) => rows.filter((r) => !r.deleted);
  const [participants, requests, meetings] = await Promise.all([
    tx.table<Participant, string>('participants').where('eventId').equals(eventId).toArray(),
    tx.table<MeetingRequest, string>('meetingRequests').where('eventId').equals(eventId).toArray(),
    tx.table<Meeting, string>('meetings').where('eventId').equals(eventId).toArray(),
  ]);
  return { event, participants: live(participants), requests: live(requests), meetings: live(meetings) };
};

export const readFair = (db: DeskDatabase, eventId: string): Promise<FairRecords> =>
  db.transaction('r', meetingTables(db), (tx) => loadFair(tx, eventId));

/**
 * What a plan was computed from: every meeting the planner had to respect or
 * may replace, with its place and lock. Applying a plan whose basis no longer
 * matches would undo a move or a lock made while it was computed.
 */
export const planBasis = (records: Pick<FairRecords, 'meetings'>): string =>
  records.meetings
    .filter((m) => !m.deleted)
    .map((m) => `${m.id}:${m.slotId}:${m.tableId}:${m.locked ? 1 : 0}:${m.state}`)
    .sort()
    .join('|');

/** Labels for the move check's sentences: names, times, table numbers. */
export const moveLabels = (records: FairRecords, fair: FairInstance): MoveLabels => {
  const people = new Map(records.participants.map((p) => [p.id, p.name]));
  const slots = new Map(fair.slots.map((s) => [s.id, `${s.label}（${s.start}）`]));
  const tables = new Map(records.event.tables.map((t) => [t.id, `${t.number}号桌`]));
  return {
    person: (id) => people.get(id) ?? '（已删除的参会人）',
    slot: (id) => slots.get(id) ?? id,
    table: (id) => tables.get(id) ?? id,
  };
};

/** Cells taken twice after a write: a last guard that the stored schedule never double-books anyone. */
const doubleBooking = (records: FairRecords, meetings: readonly Meeting[]): string | undefined => {
  const names = new Map(records.participants.map((p) => [p.id, p.name]));
  const seen = new Set<string>();
  for (const m of meetings) {
    if (m.deleted || !occupiesSeat(m)) continue;
    for (const k of [`t|${m.tableId}|${m.slotId}`, `p|${m.participantIds[0]}|${m.slotId}`, `p|${m.participantIds[1]}|${m.slotId}`]) {
      if (seen.has(k)) {
        const [kind, id] = k.split('|');
        return kind === 't' ? `该桌在同一时段会有两场洽谈（${id}）` : `${names.get(id ?? '') ?? '某参会人'}在同一时段会有两场洽谈`;
      }
      seen.add(k);
    }
  }
  return undefined;
};

export type PlanApplied = { created: number; moved: number; removed: number; kept: number };

/**
 * Replaces the planner's meetings with a new plan, in one transaction:
 * meetings keep their id when their request stays in the plan (so a merge
 * with another laptop sees a move, not a delete and a create); a meeting whose
 * request left the plan becomes a tombstone; fixed meetings are never touched.
 */
export const applyPlan = async (
  db: DeskDatabase,
  eventId: string,
  plan: readonly PlannedMeeting[],
  options: { basis: string; scope: RequestScope },
): Promise<WriteResult<PlanApplied>> => {
  const clock = await deskClock(db);
  return runWrite(() =>
    db.transaction('rw', meetingTables(db), async (tx) => {
      const records = await loadFair(tx, eventId);
      if (planBasis(records) !== options.basis) refuse('排期在计算期间被修改（如移动或锁定了洽谈），请重新排期');
      const fair = fairInstance(records, options.scope);
      const requests = new Map(records.requests.map((r) => [r.id, r]));
      const planned = new Set(fair.instance.requests.map((r) => r.id));
      const existing = new Map<string, Meeting>();
      for (const m of records.meetings) if (!fair.fixedMeetingIds.has(m.id) && m.requestId) existing.set(m.requestId, m);
      const fixedRequests = new Set(records.meetings.filter((m) => fair.fixedMeetingIds.has(m.id)).flatMap((m) => (m.requestId ? [m.requestId] : [])));

      const writes: Meeting[] = [];
      const result: PlanApplied = { created: 0, moved: 0, removed: 0, kept: 0 };
      let stamp = '';
      const nextStamp = () => (stamp = clock.next());
      const inPlan = new Set<string>();
      for (const p of plan) {
        if (fixedRequests.has(p.requestId)) continue;
        const request = requests.get(p.requestId);
        if (!request || !planned.has(p.requestId)) refuse('方案中的约谈申请已被取消或删除，请重新排期');
        inPlan.add(p.requestId);
        const current = existing.get(p.requestId);
        if (current) {
          if (current.slotId === p.slotId && current.tableId === p.tableId) {
            result.kept++;
            continue;
          }
          const at = nextStamp();
          writes.push({ ...current, slotId: p.slotId, tableId: p.tableId, updatedAt: at, ...stampFields(current, ['slotId', 'tableId'], at) });
          result.moved++;
        } else {
          const at = nextStamp();
          const created = meetingSchema.parse({
            id: newId(ID_PREFIX.meeting),
            eventId,
            createdAt: at,
            updatedAt: at,
            deleted: false,
            requestId: p.requestId,
            participantIds: [request?.fromId, request?.toId],
            slotId: p.slotId,
            tableId: p.tableId,
          });
          writes.push(created);
          result.created++;
        }
      }
      for (const [requestId, m] of existing) {
        if (inPlan.has(requestId)) continue;
        const at = nextStamp();
        writes.push({ ...m, deleted: true, updatedAt: at, ...stampFields(m, ['deleted'], at) });
        result.removed++;
      }
      const after = new Map(records.meetings.map((m) => [m.id, m]));
      for (const w of writes) after.set(w.id, w);
      const clash = doubleBooking(records, [...after.values()]);
      if (clash) refuse(`方案与当前排期冲突：${clash}，请重新排期`);
      if (writes.length > 0) {
        await tx.table<Meeting, string>('meetings').bulkPut(writes);
        await tx.table('meta').put({ key: LAST_STAMP_KEY, value: stamp });
      }
      return result;
    }),
  );
};

const updateMeeting = async (
  db: DeskDatabase,
  id: string,
  change: (current: Meeting, tx: Transaction) => Promise<Partial<Pick<Meeting, 'slotId' | 'tableId' | 'locked'>>>,
): Promise<WriteResult<Meeting>> => {
  const clock = await deskClock(db);
  return runWrite(() =>
    db.transaction('rw', meetingTables(db), async (tx) => {
      const current = await tx.table<Meeting, string>('meetings').get(id);
      if (!current || current.deleted) return refuse('该洽谈不存在或已被删除');
      const patch = await change(current, tx);
      const changed = (Object.keys(patch) as (keyof typeof patch)[]).filter((k) => patch[k] !== current[k]);
      if (changed.length === 0) return current;
      const stamp = clock.next();
      const next: Meeting = { ...current, ...patch, updatedAt: stamp, ...stampFields(current, changed, stamp) };
      await tx.table<Meeting, string>('meetings').put(next);
      await tx.table('meta').put({ key: LAST_STAMP_KEY, value: stamp });
      return next;
    }),
  );
};

/**
 * What a move of `meeting` to `slotId` can clash with, read through indexes
 * rather than the whole fair (a fair of 6,000 meetings takes seconds to read):
 * the meetings of the target slot, the meeting's request, the request it
 * follows and those that follow it, with their meetings, and the people of
 * all of them (for names and availability). The move check sees only these,
 * which is all it asks about.
 */
const loadMoveContext = async (tx: Transaction, meeting: Meeting, slotId: string): Promise<FairRecords> => {
  const event = await tx.table<DockingEvent, string>('events').get(meeting.eventId);
  if (!event || event.deleted) return refuse('该活动不存在或已被删除');
  const requestsTable = tx.table<MeetingRequest, string>('meetingRequests');
  const meetingsTable = tx.table<Meeting, string>('meetings');
  const request = meeting.requestId ? await requestsTable.get(meeting.requestId) : undefined;
  const related = request
    ? [...(request.afterRequestId ? [await requestsTable.get(request.afterRequestId)] : []), ...(await requestsTable.where('afterRequestId').equals(request.id).toArray())]
    : [];
  const requests = [request, ...related].filter((r): r is MeetingRequest => r !== undefined && !r.deleted && r.eventId === event.id);
  const [inSlot, ofRelated] = await Promise.all([
    meetingsTable.where('slotId').equals(slotId).toArray(),
    Promise.all(related.map((r) => (r ? meetingsTable.where('requestId').equals(r.id).toArray() : []))),
  ]);
  const meetings = new Map<string, Meeting>();
  for (const m of [meeting, ...inSlot, ...ofRelated.flat()]) if (!m.deleted && m.eventId === event.id) meetings.set(m.id, m);
  const peopleIds = new Set([...meetings.values()].flatMap((m) => m.participantIds));
  const people = await tx.table<Participant, string>('participants').bulkGet([...peopleIds]);
  return {
    event,
    participants: people.filter((p): p is Participant => p !== undefined && !p.deleted),
    requests,
    meetings: [...meetings.values()],
  };
};

/** Checks a move against the schedule as stored now (another window may have changed it since the grid drew). */
const verifyMove = (records: FairRecords, meetingId: string, slotId: string, tableId: string, scope: RequestScope): void => {
  const fair = fairInstance(records, scope);
  const check = createMoveCheck(fair.instance, floorMeetings(fair, records.meetings), moveLabels(records, fair));
  const verdict = check(meetingId, slotId, tableId);
  if (!verdict.ok) refuse(verdict.reason);
};

/** Moves a meeting to another cell, refused with the reason when the cell or a rule does not allow it. */
export const moveMeeting = (db: DeskDatabase, id: string, slotId: string, tableId: string, scope: RequestScope = 'accepted'): Promise<WriteResult<Meeting>> =>
  updateMeeting(db, id, async (current, tx) => {
    verifyMove(await loadMoveContext(tx, current, slotId), current.id, slotId, tableId, scope);
    return { slotId, tableId };
  });

/** 锁定 / 解锁: a locked meeting keeps its cell through every automatic plan and re-plan. */
export const setMeetingLocked = (db: DeskDatabase, id: string, locked: boolean): Promise<WriteResult<Meeting>> => updateMeeting(db, id, async () => ({ locked }));

/** 手动排入: places an unplaced request in a cell, checked like a move. */
export const placeRequest = async (db: DeskDatabase, requestId: string, slotId: string, tableId: string, scope: RequestScope = 'accepted'): Promise<WriteResult<Meeting>> => {
  const clock = await deskClock(db);
  return runWrite(() =>
    db.transaction('rw', meetingTables(db), async (tx) => {
      const request = await tx.table<MeetingRequest, string>('meetingRequests').get(requestId);
      if (!request || request.deleted) return refuse('该约谈申请不存在或已被删除');
      if (request.state !== '已接受' && request.state !== '待确认') return refuse(`该约谈申请${request.state}，不能排入`);
      const placed = await tx.table<Meeting, string>('meetings').where('requestId').equals(requestId).toArray();
      if (placed.some((m) => !m.deleted && occupiesSeat(m))) return refuse('该约谈已在排期中');
      const stamp = clock.next();
      const meeting = meetingSchema.parse({
        id: newId(ID_PREFIX.meeting),
        eventId: request.eventId,
        createdAt: stamp,
        updatedAt: stamp,
        deleted: false,
        requestId,
        participantIds: [request.fromId, request.toId],
        slotId,
        tableId,
      });
      // Checked as a move from nowhere (a cell no slot has) into the chosen one, so every rule of a move applies.
      const unplaced: Meeting = { ...meeting, slotId: '', tableId: '' };
      const context = await loadMoveContext(tx, unplaced, slotId);
      verifyMove(context, meeting.id, slotId, tableId, request.state === '待确认' ? 'accepted-and-pending' : scope);
      await tx.table<Meeting, string>('meetings').add(meeting);
      await tx.table('meta').put({ key: LAST_STAMP_KEY, value: stamp });
      return meeting;
    }),
  );
};
