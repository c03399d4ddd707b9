import Dexie from 'dexie';
import { ID_PREFIX, meetingRequestSchema, numberedTables, deriveSlots, type EventDraft, type MeetingRequest, type RequestPriority } from '@shared/model';
import { schedule, type Priority } from '@shared/scheduling';
import { fairInstance } from '@shared/scheduling/fair';
import { FAIR_SIZES, scheduleFair } from '../../fixtures/scheduleFair';
import { organisationDrafts, participantDrafts, withOrganisations } from '../../fixtures/fair';
import { openDeskDatabase } from '../../../renderer/db/database';
import { deskClock, LAST_STAMP_KEY } from '../../../renderer/db/deskClock';
import { createEvent } from '../../../renderer/db/events';
import { newId } from '../../../renderer/db/fieldChanges';
import { applyPlan, planBasis, readFair } from '../../../renderer/db/meetings';
import { createRecords } from '../../../renderer/db/registry';
import { now, sleep } from '../registry/frames';
import type { SeedParams, Seeded } from './protocol';

/**
 * The fair L of the scheduling benchmark (bench/fixtures/scheduleFair.ts:
 * 2,000 people, 10,000 requests, 24 slots, 250 tables) as stored records:
 * the event and the people through the app's repositories, the people's
 * availability, booths and meeting limits carried over, the requests
 * accepted, then planned by `schedule()` and written by the app's
 * `applyPlan`, as 自动排期 does, less one meeting in 40. One meeting in a
 * hundred is then locked (straight into the table: no stamps needed here).
 */
const L = FAIR_SIZES.L;
const LOCKED_EVERY = 100;
/** The plan fills all 6,000 cells; one meeting in 40 is left out so that cards have free cells to go to (and those requests show as placeable). */
const LEFT_OUT_EVERY = 40;
const PRIORITY: Record<Priority, RequestPriority> = { 3: '必须', 2: '优先', 1: '一般' };

/** 08:30–12:30 and 13:30–17:30 in 20-minute rounds: 12 + 12 = the fixture's 24 slots, the first half in the morning. */
export const GRID_EVENT: EventDraft = {
  name: '基准测试对接会（排期）',
  venue: '国家会议中心',
  startDate: '2026-05-20',
  endDate: '2026-05-20',
  slotMinutes: 20,
  breakMinutes: 0,
  sessions: [
    { id: 'am', label: '上午', date: '2026-05-20', start: '08:30', end: '12:30' },
    { id: 'pm', label: '下午', date: '2026-05-20', start: '13:30', end: '17:30' },
  ],
  tables: numberedTables(L.tables),
};

/** The fixture's `s07` / `t031` / `p0042` as the event's slot, table and position in the people list. */
const fixtureIndex = (id: string) => Number(id.slice(1)) - 1;

export const seed = async (params: SeedParams): Promise<Seeded> => {
  await Dexie.delete(params.dbName);
  const db = openDeskDatabase(params.dbName);
  const fixture = scheduleFair(L);
  const slotIds = deriveSlots(GRID_EVENT).map((s) => s.id);
  if (slotIds.length !== L.slots) throw new Error(`the event gives ${slotIds.length} slots, the fixture ${L.slots}`);
  const slotOf = (id: string) => slotIds[fixtureIndex(id)] as string;
  const tableOf = (id: string) => `T${fixtureIndex(id) + 1}`;

  const t0 = now();
  const event = await createEvent(db, GRID_EVENT);
  if (!event.ok) throw new Error(`event refused: ${JSON.stringify(event.issues)}`);
  const eventId = event.value.id;
  const orgs = await createRecords(db, 'organisations', eventId, organisationDrafts(params.organisations));
  if (!orgs.ok) throw new Error(`organisations refused: ${orgs.issues[0]?.message ?? ''}`);
  const drafts = withOrganisations(participantDrafts(L.participants, params.organisations), orgs.value.map((o) => o.id)).map((draft, i) => {
    const spec = fixture.participants[i];
    return {
      ...draft,
      availability: {
        sessionIds: [],
        unavailableSlotIds: (spec?.unavailable ?? []).map(slotOf),
        ...(spec?.maxMeetings !== undefined ? { maxMeetings: spec.maxMeetings } : {}),
        ...(spec?.hostTable !== undefined ? { hostTableId: tableOf(spec.hostTable) } : {}),
      },
    };
  });
  const people = await createRecords(db, 'participants', eventId, drafts);
  if (!people.ok) throw new Error(`participants refused: ${people.issues[0]?.message ?? ''}`);
  const personOf = (id: string) => (people.value[fixtureIndex(id)] as { id: string }).id;

  // Requests by bulkAdd, as loadFair stores a fair: 10,000 one at a time through the request form's checks would only time the seeding.
  const clock = await deskClock(db);
  const requestIds = new Map(fixture.requests.map((r) => [r.id, newId(ID_PREFIX.meetingRequest)]));
  const requests: MeetingRequest[] = fixture.requests.map((r) => {
    const stamp = clock.next();
    const after = r.after?.[0];
    return meetingRequestSchema.parse({
      id: requestIds.get(r.id),
      eventId,
      createdAt: stamp,
      updatedAt: stamp,
      deleted: false,
      fromId: personOf(r.a),
      toId: personOf(r.b),
      priority: PRIORITY[r.priority ?? 1],
      state: '已接受',
      // A fixed appointment of the fixture is a request for that one slot.
      allowedSlotIds: r.fixedSlot !== undefined ? [slotOf(r.fixedSlot)] : (r.allowedSlots ?? []).map(slotOf),
      ...(after !== undefined ? { afterRequestId: requestIds.get(after) } : {}),
      source: '报名意向',
    });
  });
  await db.transaction('rw', db.meetingRequests, db.meta, async () => {
    await db.meetingRequests.bulkAdd(requests);
    await db.meta.put({ key: LAST_STAMP_KEY, value: clock.next() });
  });
  const storeMs = now() - t0;

  let t = now();
  const records = await readFair(db, eventId);
  const plan = schedule(fairInstance(records, 'accepted').instance, { timeLimitMs: params.planMs, seed: 1 });
  const planMs = now() - t;
  t = now();
  const kept = plan.meetings.filter((_, i) => i % LEFT_OUT_EVERY !== LEFT_OUT_EVERY - 1);
  const applied = await applyPlan(db, eventId, kept, { basis: planBasis(records), scope: 'accepted' });
  if (!applied.ok) throw new Error(`applyPlan refused: ${applied.issues[0]?.message ?? ''}`);
  const applyMs = now() - t;

  const meetings = await db.meetings.where('eventId').equals(eventId).toArray();
  const locked = meetings.filter((_, i) => i % LOCKED_EVERY === 0).map((m) => ({ ...m, locked: true }));
  await db.meetings.bulkPut(locked);
  db.close();
  await sleep(params.quietMs);
  return { participants: people.value.length, requests: requests.length, meetings: meetings.length, locked: locked.length, tables: L.tables, slots: slotIds.length, storeMs, planMs, applyMs };
};
