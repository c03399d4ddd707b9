import type { EventDraft, Meeting, Participant } from '@shared/model';
import { checkIn } from '../../../../renderer/db/checkIns';
import type { DeskDatabase } from '../../../../renderer/db/database';
import { createEvent } from '../../../../renderer/db/events';
import { createMeetingRequests } from '../../../../renderer/db/meetingRequests';
import { placeRequest } from '../../../../renderer/db/meetings';
import { createRecord } from '../../../../renderer/db/registry';
import { freshDb } from '../../db/testDb';

/** Unwraps a write the fixture cannot do without. */
const stored = <T>(r: { ok: true; value: T } | { ok: false; issues: { message: string }[] }): T => {
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('；'));
  return r.value;
};

/**
 * Day 1: 上午 am#0 09:00, am#1 09:25; 下午 pm#0 14:00, pm#1 14:25.
 * Day 2: 上午 d2#0 09:00. Tables 1 and 2 in A区, 3 in B区.
 */
export const FLOOR_EVENT: EventDraft = {
  name: '现场测试对接会',
  venue: '中关村展示中心',
  startDate: '2026-05-20',
  endDate: '2026-05-21',
  slotMinutes: 20,
  breakMinutes: 5,
  sessions: [
    { id: 'am', label: '上午', date: '2026-05-20', start: '09:00', end: '10:00' },
    { id: 'pm', label: '下午', date: '2026-05-20', start: '14:00', end: '14:50' },
    { id: 'd2', label: '次日上午', date: '2026-05-21', start: '09:00', end: '09:30' },
  ],
  tables: [
    { id: 'T1', number: 1, zone: 'A区' },
    { id: 'T2', number: 2, zone: 'A区' },
    { id: 'T3', number: 3, zone: 'B区' },
  ],
};

export type FloorFair = {
  db: DeskDatabase;
  eventId: string;
  /** 张伟 (checked in) of 北京智感科技有限公司: meets 李娜 at am#0 T1, 王芳 at am#1 T1 and pm#0 T2, 李娜 again at d2#0 T1. */
  zhang: Participant;
  /** 李娜 of 北京理工大学, not checked in. */
  li: Participant;
  /** 王芳, checked in. */
  wang: Participant;
  /** 赵强, checked in, host table 3; no meetings. */
  zhao: Participant;
  /** 陈静, not checked in; no meetings. */
  chen: Participant;
  meetings: { am0: Meeting; am1: Meeting; pm0: Meeting; d20: Meeting };
};

export const floorFair = async (): Promise<FloorFair> => {
  const db = freshDb();
  const eventId = stored(await createEvent(db, FLOOR_EVENT)).id;
  const enterprise = stored(await createRecord(db, 'organisations', eventId, { kind: '企业', name: '北京智感科技有限公司' }));
  const university = stored(await createRecord(db, 'organisations', eventId, { kind: '高校', name: '北京理工大学' }));
  const person = async (name: string, extra: Record<string, unknown> = {}) =>
    stored(await createRecord(db, 'participants', eventId, { name, roles: ['需求方'], badgeCode: '', ...extra }));
  const zhang = await person('张伟', { organisationId: enterprise.id });
  const li = await person('李娜', { organisationId: university.id, roles: ['成果方'] });
  const wang = await person('王芳', { roles: ['专家'] });
  const zhao = await person('赵强', { availability: { sessionIds: [], unavailableSlotIds: [], hostTableId: 'T3' } });
  const chen = await person('陈静');
  for (const p of [zhang, wang, zhao]) stored(await checkIn(db, p.id));
  const need = stored(await createRecord(db, 'needs', eventId, { ownerId: enterprise.id, contactId: zhang.id, title: '锂电池正极材料', field: '新能源', keywords: [], cooperationModes: [] }));
  const achievement = stored(
    await createRecord(db, 'achievements', eventId, { ownerId: university.id, contactId: li.id, title: '高镍正极材料', field: '新能源', keywords: [], maturity: '中试', patents: [], cooperationModes: [] }),
  );
  const base = { priority: '必须', source: '组织者', state: '已接受' } as const;
  const requests = stored(
    await createMeetingRequests(db, eventId, [
      { ...base, fromId: zhang.id, toId: li.id, needId: need.id, achievementId: achievement.id },
      { ...base, fromId: zhang.id, toId: wang.id },
      { ...base, fromId: wang.id, toId: zhang.id, needId: need.id },
      { ...base, fromId: li.id, toId: zhang.id, achievementId: achievement.id },
    ]),
  ).created;
  const place = async (i: number, slotId: string, tableId: string) => stored(await placeRequest(db, requests[i]?.id ?? '', slotId, tableId));
  const meetings = { am0: await place(0, 'am#0', 'T1'), am1: await place(1, 'am#1', 'T1'), pm0: await place(2, 'pm#0', 'T2'), d20: await place(3, 'd2#0', 'T1') };
  const fresh = async (p: Participant) => (await db.participants.get(p.id)) ?? p;
  return { db, eventId, zhang: await fresh(zhang), li, wang: await fresh(wang), zhao: await fresh(zhao), chen, meetings };
};
