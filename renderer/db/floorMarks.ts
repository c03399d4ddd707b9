import { checkInClock, sameLocalDay } from '@shared/checkin';
import { pickFreeTable } from '@shared/floor';
import { deriveSlots, ID_PREFIX, meetingSchema, type DockingEvent, type Meeting, type MeetingState, type Participant, type Slot } from '@shared/model';
import { occupiesSeat } from '@shared/scheduling/fair';
import type { DeskDatabase } from './database';
import { deskClock, LAST_STAMP_KEY } from './deskClock';
import { newId } from './fieldChanges';
import { stampFields } from '@shared/sync/stampFields';
import { runWrite, WriteRefused, type WriteResult } from './writeResult';

/**
 * 现场: the floor's writes on the day. Each is one transaction that reads
 * what is stored *now*, so a meeting another window or laptop has marked
 * meanwhile, or a seat someone else has just taken, is refused with the
 * reason and nothing is written.
 */

const floorTables = (db: DeskDatabase) => [db.events, db.participants, db.meetings, db.outcomes, db.meta];

const refuse = (message: string, field = ''): never => {
  throw new WriteRefused([{ field, message }]);
};

/** What the floor marks by hand; '待开始' is the undo (恢复), back to following the clock. */
export type FloorMark = Extract<MeetingState, '未到场' | '已取消' | '已完成' | '待开始'>;

const readEvent = async (db: DeskDatabase, eventId: string): Promise<DockingEvent> => {
  const event = await db.events.get(eventId);
  return event && !event.deleted ? event : refuse('该活动不存在或已被删除');
};

const readPerson = async (db: DeskDatabase, eventId: string, id: string, field = ''): Promise<Participant> => {
  const person = await db.participants.get(id);
  return person && !person.deleted && person.eventId === eventId ? person : refuse('该参会人不存在或已被删除', field);
};

/** The meetings that take a seat in `slotId`, except `exceptId`. */
const seatedIn = async (db: DeskDatabase, eventId: string, slotId: string, exceptId?: string): Promise<Meeting[]> =>
  db.meetings
    .where('slotId')
    .equals(slotId)
    .filter((m) => m.eventId === eventId && !m.deleted && occupiesSeat(m) && m.id !== exceptId)
    .toArray();

/** How a seat conflict reads: “3号桌在该时段已有洽谈（张伟 与 李娜）”, “张伟在该时段已有洽谈（3号桌，与李娜）”. */
const clashes = async (db: DeskDatabase, event: DockingEvent, seated: readonly Meeting[], people: readonly string[], tableId: string | undefined) => {
  const tableLabel = (id: string) => {
    const table = event.tables.find((t) => t.id === id);
    return table ? `${table.number}号桌` : '某洽谈桌';
  };
  const names = new Map((await db.participants.bulkGet([...new Set(seated.flatMap((m) => m.participantIds))])).flatMap((p) => (p ? [[p.id, p.name] as const] : [])));
  const name = (id: string) => names.get(id) ?? '某参会人';
  for (const id of people) {
    const m = seated.find((s) => s.participantIds.includes(id));
    if (m) {
      const other = m.participantIds[0] === id ? m.participantIds[1] : m.participantIds[0];
      return { field: 'person', personId: id, message: `${name(id)}在该时段已有洽谈（${tableLabel(m.tableId)}，与${name(other)}）` };
    }
  }
  const atTable = tableId === undefined ? undefined : seated.find((s) => s.tableId === tableId);
  if (atTable) return { field: 'tableId', message: `${tableLabel(atTable.tableId)}在该时段已有洽谈（${name(atTable.participantIds[0])} 与 ${name(atTable.participantIds[1])}）` };
  return undefined;
};

/** “该洽谈已被标记为未到场（10:42）”: when the other window wrote it, dated when it was another day. */
const alreadyMarked = (m: Meeting): string => {
  const stamp = m.fieldStamps?.state ?? m.updatedAt;
  const at = checkInClock(stamp, !sameLocalDay(stamp, Date.now()));
  return m.state === '待开始' ? `该洽谈已被恢复为待开始（${at}）` : `该洽谈已被标记为${m.state}（${at}）`;
};

/**
 * Marks a meeting 未到场, 已取消 or 已完成, or restores it (待开始). `expected`
 * is the stored state the organiser saw: when it has changed since, the mark
 * is refused, so a meeting marked twice says who was first. A restore takes
 * the seat back only if nobody has taken it meanwhile (a replacement). A
 * meeting with a recorded outcome was held: it cannot become a no-show.
 */
export const markMeeting = async (db: DeskDatabase, meetingId: string, next: FloorMark, expected: MeetingState): Promise<WriteResult<Meeting>> => {
  const clock = await deskClock(db);
  return runWrite(() =>
    db.transaction('rw', floorTables(db), async () => {
      const current = await db.meetings.get(meetingId);
      if (!current || current.deleted) return refuse('该洽谈不存在或已被删除');
      if (current.state !== expected) return refuse(alreadyMarked(current));
      if (current.state === next) return current;
      if (!occupiesSeat({ state: next })) {
        // An outcome says the meeting was held: marking it a no-show would drop that outcome from the results.
        const outcome = await db.outcomes.where('meetingId').equals(meetingId).filter((o) => !o.deleted).first();
        if (outcome) refuse(`该洽谈已记录对接成果（${outcome.result}），不能标记为${next}`);
      }
      if (!occupiesSeat(current) && occupiesSeat({ state: next })) {
        const event = await readEvent(db, current.eventId);
        const clash = await clashes(db, event, await seatedIn(db, current.eventId, current.slotId, current.id), current.participantIds, current.tableId);
        if (clash) refuse(`无法恢复：${clash.message}`);
      }
      const stamp = clock.next();
      const marked: Meeting = { ...current, state: next, updatedAt: stamp, ...stampFields(current, ['state'], stamp) };
      await db.meetings.put(marked);
      await db.meta.put({ key: LAST_STAMP_KEY, value: stamp });
      return marked;
    }),
  );
};

/** The rest of `fromSlotId`'s day: that slot and the later ones of the same date; undefined for a slot the event does not have. */
const restOfDay = (event: DockingEvent, fromSlotId: string): Slot[] | undefined => {
  const slots = deriveSlots(event);
  const from = slots.find((s) => s.id === fromSlotId);
  return from && slots.slice(slots.indexOf(from)).filter((s) => s.date === from.date);
};

/** The person's meetings that absence frees: still 待开始 (following the clock) in the rest of the day. */
const absenceMeetings = (db: DeskDatabase, eventId: string, participantId: string, slots: readonly Slot[]): Promise<Meeting[]> =>
  db.meetings
    .where('slotId')
    .anyOf(slots.map((s) => s.id))
    .filter((m) => m.eventId === eventId && !m.deleted && m.state === '待开始' && m.participantIds.includes(participantId))
    .toArray();

/** For the confirm before 本日缺席: how many meetings it would free. */
export const countAbsenceMeetings = (db: DeskDatabase, eventId: string, participantId: string, fromSlotId: string): Promise<number> =>
  db.transaction('r', [db.events, db.meetings], async () => {
    const event = await db.events.get(eventId);
    const slots = event && !event.deleted ? restOfDay(event, fromSlotId) : undefined;
    return slots ? (await absenceMeetings(db, eventId, participantId, slots)).length : 0;
  });

export type AbsenceMarked = { participant: Participant; slotIds: string[]; freed: number };

/**
 * 本日缺席: the person is gone for the rest of the day. Their remaining
 * slots of that day become unavailable (so no re-plan puts them back) and
 * their 待开始 meetings there become 未到场, freeing the seats for 补位.
 */
export const markAbsentForDay = async (db: DeskDatabase, eventId: string, participantId: string, fromSlotId: string): Promise<WriteResult<AbsenceMarked>> => {
  const clock = await deskClock(db);
  return runWrite(() =>
    db.transaction('rw', floorTables(db), async () => {
      const event = await readEvent(db, eventId);
      const person = await readPerson(db, eventId, participantId);
      const slots = restOfDay(event, fromSlotId) ?? refuse('该时段不存在', 'slotId');
      const slotIds = slots.map((s) => s.id);
      const freed = await absenceMeetings(db, eventId, participantId, slots);
      const unavailable = [...new Set([...person.availability.unavailableSlotIds, ...slotIds])];
      const writes: Meeting[] = [];
      let stamp = '';
      for (const m of freed) {
        stamp = clock.next();
        writes.push({ ...m, state: '未到场', updatedAt: stamp, ...stampFields(m, ['state'], stamp) });
      }
      let participant = person;
      if (unavailable.length !== person.availability.unavailableSlotIds.length) {
        stamp = clock.next();
        participant = { ...person, availability: { ...person.availability, unavailableSlotIds: unavailable }, updatedAt: stamp, ...stampFields(person, ['availability'], stamp) };
        await db.participants.put(participant);
      }
      if (writes.length > 0) await db.meetings.bulkPut(writes);
      if (stamp) await db.meta.put({ key: LAST_STAMP_KEY, value: stamp });
      return { participant, slotIds, freed: writes.length };
    }),
  );
};

/** 临时洽谈: two people and a slot; the table is optional (picked when absent). */
export type AdHocMeeting = { a: string; b: string; slotId: string; tableId?: string };

/**
 * Records a meeting two people held without a plan. Stored 待开始 and
 * without a request, so it shows 进行中 in its slot and no plan ever moves
 * it. Refused when either person or the table is already taken in the slot.
 * Without a table it takes a side's host table when free, else the free
 * table with the lowest number.
 */
export const addAdHocMeeting = async (db: DeskDatabase, eventId: string, draft: AdHocMeeting): Promise<WriteResult<Meeting>> => {
  const clock = await deskClock(db);
  return runWrite(() =>
    db.transaction('rw', floorTables(db), async () => {
      if (draft.a === draft.b) refuse('洽谈双方不能是同一人', 'b');
      const event = await readEvent(db, eventId);
      if (!deriveSlots(event).some((s) => s.id === draft.slotId)) refuse('该时段不存在', 'slotId');
      const a = await readPerson(db, eventId, draft.a, 'a');
      const b = await readPerson(db, eventId, draft.b, 'b');
      if (draft.tableId !== undefined && !event.tables.some((t) => t.id === draft.tableId)) refuse('该洽谈桌不存在', 'tableId');
      const seated = await seatedIn(db, eventId, draft.slotId);
      const clash = await clashes(db, event, seated, [a.id, b.id], draft.tableId);
      if (clash) refuse(clash.message, clash.field === 'person' ? (clash.personId === a.id ? 'a' : 'b') : clash.field);
      const table = draft.tableId ?? pickFreeTable(event.tables, new Set(seated.map((m) => m.tableId)), [a.availability.hostTableId, b.availability.hostTableId])?.id;
      if (table === undefined) return refuse('该时段已没有空闲的洽谈桌', 'tableId');
      const stamp = clock.next();
      const meeting = meetingSchema.parse({
        id: newId(ID_PREFIX.meeting),
        eventId,
        createdAt: stamp,
        updatedAt: stamp,
        deleted: false,
        participantIds: [a.id, b.id],
        slotId: draft.slotId,
        tableId: table,
        state: '待开始',
      });
      await db.meetings.add(meeting);
      await db.meta.put({ key: LAST_STAMP_KEY, value: stamp });
      return meeting;
    }),
  );
};
