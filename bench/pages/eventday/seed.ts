import Dexie from 'dexie';
import { seededRandom } from '@shared/ids';
import {
  COOPERATION_MODES,
  FIELDS,
  ID_PREFIX,
  MATURITY_STAGES,
  deriveSlots,
  meetingRequestSchema,
  meetingSchema,
  numberedTables,
  outcomeSchema,
  type EventDraft,
  type Meeting,
  type MeetingRequest,
  type Outcome,
  type OutcomeResult,
  type Participant,
} from '@shared/model';
import { slotStartMs } from '@shared/floor';
import { organisationDrafts, participantDrafts, withOrganisations } from '../../fixtures/fair';
import { openDeskDatabase } from '../../../renderer/db/database';
import { deskClock, LAST_STAMP_KEY } from '../../../renderer/db/deskClock';
import { createEvent } from '../../../renderer/db/events';
import { writeClockOffset } from '../../../renderer/db/fairClock';
import { newId } from '../../../renderer/db/fieldChanges';
import { createRecords } from '../../../renderer/db/registry';
import { now, sleep } from '../registry/frames';
import type { EventDaySeed, EventDaySeedParams } from './protocol';

/**
 * The fair day of issue 5's scale: 2,000 people, 250 tables, 40 slots over
 * two days and every cell taken, so 10,000 meetings. People, organisations,
 * needs and achievements go through the app's repositories; requests,
 * meetings and outcomes by bulkAdd (validated by their schemas), as a
 * synced-in fair arrives. The fair's clock is set (a rehearsal offset, as
 * the floor's 演练时间 does) to a few minutes into the second afternoon
 * round of day 1, so day 1's morning is past: held, a few no-shows, and
 * outcomes for most of what was held.
 */
const SIZE = { organisations: 400, participants: 2_000, needs: 600, achievements: 600, tables: 250 } as const;
const CHECKED_IN = 0.7;
const NO_SHOW = 0.05;
const RECORDED = 0.6;
/** The fair's "now": day 1, 下午 第3轮, five minutes in. */
export const FAIR_NOW = { slot: 12, intoSlotMs: 5 * 60_000 } as const;

export const EVENTDAY_EVENT: EventDraft = {
  name: '基准测试对接会（活动当天）',
  venue: '中关村国家自主创新示范区展示中心',
  startDate: '2026-05-20',
  endDate: '2026-05-21',
  slotMinutes: 20,
  breakMinutes: 0,
  sessions: [
    { id: 'd1-am', label: '5月20日 上午', date: '2026-05-20', start: '09:00', end: '12:20' },
    { id: 'd1-pm', label: '5月20日 下午', date: '2026-05-20', start: '13:30', end: '16:50' },
    { id: 'd2-am', label: '5月21日 上午', date: '2026-05-21', start: '09:00', end: '12:20' },
    { id: 'd2-pm', label: '5月21日 下午', date: '2026-05-21', start: '13:30', end: '16:50' },
  ],
  tables: numberedTables(SIZE.tables),
};

/** Result shares of recorded outcomes, roughly as programme offices report them. */
const RESULTS: readonly [OutcomeResult, number][] = [
  ['无进一步意向', 0.3],
  ['保持联系', 0.4],
  ['达成合作意向', 0.25],
  ['现场签约', 0.05],
];

export const seedEventDay = async (params: EventDaySeedParams): Promise<EventDaySeed> => {
  await Dexie.delete(params.dbName);
  const db = openDeskDatabase(params.dbName);
  const random = seededRandom(7);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random.float() * list.length)] as T;
  const slots = deriveSlots(EVENTDAY_EVENT);

  const t0 = now();
  const event = await createEvent(db, EVENTDAY_EVENT);
  if (!event.ok) throw new Error(`event refused: ${JSON.stringify(event.issues)}`);
  const eventId = event.value.id;
  const orgs = await createRecords(db, 'organisations', eventId, organisationDrafts(SIZE.organisations));
  if (!orgs.ok) throw new Error(`organisations refused: ${orgs.issues[0]?.message ?? ''}`);
  const orgIds = orgs.value.map((o) => o.id);
  const people = await createRecords(db, 'participants', eventId, withOrganisations(participantDrafts(SIZE.participants, SIZE.organisations), orgIds));
  if (!people.ok) throw new Error(`participants refused: ${people.issues[0]?.message ?? ''}`);
  const needs = await createRecords(
    db,
    'needs',
    eventId,
    Array.from({ length: SIZE.needs }, (_, i) => {
      const field = FIELDS[i % FIELDS.length] as (typeof FIELDS)[number];
      return { ownerId: pick(orgIds), title: `${field}关键技术攻关需求（${i + 1}）`, field, keywords: [], cooperationModes: [pick(COOPERATION_MODES)] };
    }),
  );
  if (!needs.ok) throw new Error(`needs refused: ${needs.issues[0]?.message ?? ''}`);
  const achievements = await createRecords(
    db,
    'achievements',
    eventId,
    Array.from({ length: SIZE.achievements }, (_, i) => {
      const field = FIELDS[(i * 7) % FIELDS.length] as (typeof FIELDS)[number];
      return { ownerId: pick(orgIds), title: `${field}新技术成果（${i + 1}）`, field, keywords: [], maturity: pick(MATURITY_STAGES), patents: [], cooperationModes: [pick(COOPERATION_MODES)] };
    }),
  );
  if (!achievements.ok) throw new Error(`achievements refused: ${achievements.issues[0]?.message ?? ''}`);

  const clock = await deskClock(db);
  const personIds = people.value.map((p) => p.id);
  const requests: MeetingRequest[] = [];
  const meetings: Meeting[] = [];
  // Every slot: 500 different people, paired at the 250 tables.
  for (const slot of slots) {
    const order = [...personIds];
    for (let k = order.length - 1; k > 0; k--) {
      const j = Math.floor(random.float() * (k + 1));
      [order[k], order[j]] = [order[j] as string, order[k] as string];
    }
    for (let t = 0; t < SIZE.tables; t++) {
      const stamp = clock.next();
      const base = { eventId, createdAt: stamp, updatedAt: stamp, deleted: false };
      const request = meetingRequestSchema.parse({
        ...base,
        id: newId(ID_PREFIX.meetingRequest),
        fromId: order[2 * t],
        toId: order[2 * t + 1],
        needId: pick(needs.value).id,
        achievementId: pick(achievements.value).id,
        priority: pick(['必须', '优先', '一般'] as const),
        state: '已接受',
        source: '匹配推荐',
      });
      requests.push(request);
      const index = slots.indexOf(slot);
      const state = index < FAIR_NOW.slot && random.float() < NO_SHOW ? '未到场' : '待开始';
      meetings.push(meetingSchema.parse({ ...base, id: newId(ID_PREFIX.meeting), requestId: request.id, participantIds: [request.fromId, request.toId], slotId: slot.id, tableId: `T${t + 1}`, state }));
    }
  }
  const requestOf = new Map(requests.map((r) => [r.id, r]));
  const outcomes: Outcome[] = [];
  const past = new Set(slots.slice(0, FAIR_NOW.slot).map((s) => s.id));
  for (const m of meetings) {
    if (!past.has(m.slotId) || m.state !== '待开始' || random.float() >= RECORDED) continue;
    let roll = random.float();
    const result = (RESULTS.find(([, share]) => (roll -= share) < 0) ?? RESULTS[0])?.[0] ?? '保持联系';
    const request = m.requestId ? requestOf.get(m.requestId) : undefined;
    const stamp = clock.next();
    const intent = result === '达成合作意向' || result === '现场签约';
    outcomes.push(
      outcomeSchema.parse({
        id: newId(ID_PREFIX.outcome),
        eventId,
        createdAt: stamp,
        updatedAt: stamp,
        deleted: false,
        meetingId: m.id,
        ...(request?.needId ? { needId: request.needId } : {}),
        ...(request?.achievementId ? { achievementId: request.achievementId } : {}),
        result,
        cooperationModes: intent ? [pick(COOPERATION_MODES)] : [],
        ...(intent ? { amountWan: Math.round(random.float() * 500) } : {}),
      }),
    );
  }
  const checkedIn: Participant[] = people.value.filter(() => random.float() < CHECKED_IN).map((p) => ({ ...p, checkIn: { state: '已签到', at: clock.next() } }));
  await db.transaction('rw', [db.meetingRequests, db.meetings, db.outcomes, db.participants, db.meta], async () => {
    await db.meetingRequests.bulkAdd(requests);
    await db.meetings.bulkAdd(meetings);
    await db.outcomes.bulkAdd(outcomes);
    await db.participants.bulkPut(checkedIn);
    await db.meta.put({ key: LAST_STAMP_KEY, value: clock.next() });
  });
  const nowSlot = slots[FAIR_NOW.slot];
  if (!nowSlot) throw new Error('the event has too few slots');
  await writeClockOffset(db, eventId, slotStartMs(nowSlot) + FAIR_NOW.intoSlotMs - Date.now());
  const storeMs = now() - t0;
  db.close();
  await sleep(params.quietMs);
  return {
    participants: personIds.length,
    checkedIn: checkedIn.length,
    tables: SIZE.tables,
    slots: slots.length,
    meetings: meetings.length,
    noShows: meetings.filter((m) => m.state === '未到场').length,
    outcomes: outcomes.length,
    storeMs,
  };
};
