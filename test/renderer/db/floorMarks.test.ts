import { describe, expect, it } from 'vitest';
import { addAdHocMeeting, countAbsenceMeetings, markAbsentForDay, markMeeting } from '../../../renderer/db/floorMarks';
import { LAST_STAMP_KEY } from '../../../renderer/db/deskClock';
import { saveOutcome } from '../../../renderer/db/outcomes';
import { floorFair, type FloorFair } from '../features/floor/floorFair';

const stateOf = async (fair: FloorFair, id: string) => (await fair.db.meetings.get(id))?.state;
const snapshot = async (fair: FloorFair) => ({
  meetings: await fair.db.meetings.toArray(),
  participants: await fair.db.participants.toArray(),
  stamp: (await fair.db.meta.get(LAST_STAMP_KEY))?.value,
});

describe('markMeeting', () => {
  it('marks 未到场 with a new stamp on the state field, and restores it (恢复)', async () => {
    const fair = await floorFair();
    const { am0 } = fair.meetings;
    const marked = await markMeeting(fair.db, am0.id, '未到场', '待开始');
    if (!marked.ok) throw new Error(marked.issues[0]?.message);
    expect(marked.value.state).toBe('未到场');
    expect(marked.value.updatedAt > am0.updatedAt).toBe(true);
    expect(marked.value.fieldStamps?.state).toBe(marked.value.updatedAt);
    expect((await fair.db.meta.get(LAST_STAMP_KEY))?.value).toBe(marked.value.updatedAt);

    const restored = await markMeeting(fair.db, am0.id, '待开始', '未到场');
    expect(restored.ok && restored.value.state).toBe('待开始');
    expect((await markMeeting(fair.db, am0.id, '已完成', '待开始')).ok).toBe(true);
    expect((await markMeeting(fair.db, am0.id, '已取消', '已完成')).ok).toBe(true);
    expect(await stateOf(fair, am0.id)).toBe('已取消');
  });

  it('refuses a meeting marked twice (another window was first), naming what it was marked and when, writing nothing', async () => {
    const fair = await floorFair();
    const { am0 } = fair.meetings;
    expect((await markMeeting(fair.db, am0.id, '未到场', '待开始')).ok).toBe(true);
    const before = await snapshot(fair);
    const twice = await markMeeting(fair.db, am0.id, '已取消', '待开始');
    expect(twice.ok).toBe(false);
    expect(!twice.ok && twice.issues[0]?.message).toMatch(/^该洽谈已被标记为未到场（\d{2}:\d{2}）$/);
    expect(await snapshot(fair)).toEqual(before);

    expect((await markMeeting(fair.db, am0.id, '待开始', '未到场')).ok).toBe(true);
    const undoneElsewhere = await markMeeting(fair.db, am0.id, '待开始', '未到场');
    expect(!undoneElsewhere.ok && undoneElsewhere.issues[0]?.message).toMatch(/^该洽谈已被恢复为待开始（\d{2}:\d{2}）$/);
  });

  it('refuses to restore a no-show whose seat was taken meanwhile (补位 or 临时洽谈)', async () => {
    const fair = await floorFair();
    const { am0 } = fair.meetings;
    await markMeeting(fair.db, am0.id, '未到场', '待开始');
    const adHoc = await addAdHocMeeting(fair.db, fair.eventId, { a: fair.wang.id, b: fair.zhao.id, slotId: 'am#0', tableId: 'T1' });
    expect(adHoc.ok).toBe(true);
    const before = await snapshot(fair);
    const restore = await markMeeting(fair.db, am0.id, '待开始', '未到场');
    expect(restore).toEqual({ ok: false, issues: [{ field: '', message: '无法恢复：1号桌在该时段已有洽谈（王芳 与 赵强）' }] });
    expect(await snapshot(fair)).toEqual(before);
  });

  it('refuses to mark a meeting with a recorded outcome 未到场 or 已取消: it was held', async () => {
    const fair = await floorFair();
    const { am0 } = fair.meetings;
    const saved = await saveOutcome(fair.db, fair.eventId, { meetingId: am0.id, result: '保持联系' }, null, { deviceId: 'dev-000000000001' });
    if (!saved.ok) throw new Error(saved.issues[0]?.message);
    const before = await snapshot(fair);
    for (const mark of ['未到场', '已取消'] as const) {
      const refused = await markMeeting(fair.db, am0.id, mark, '已完成');
      expect(refused).toEqual({ ok: false, issues: [{ field: '', message: `该洽谈已记录对接成果（保持联系），不能标记为${mark}` }] });
    }
    expect(await snapshot(fair)).toEqual(before);
  });

  it('refuses a deleted or unknown meeting', async () => {
    const fair = await floorFair();
    expect(await markMeeting(fair.db, 'mtg-nope', '未到场', '待开始')).toEqual({ ok: false, issues: [{ field: '', message: '该洽谈不存在或已被删除' }] });
  });
});

describe('markAbsentForDay', () => {
  it('frees the person’s 待开始 meetings from that slot to the end of its day and makes those slots unavailable', async () => {
    const fair = await floorFair();
    const { am0, am1, pm0, d20 } = fair.meetings;
    expect(await countAbsenceMeetings(fair.db, fair.eventId, fair.zhang.id, 'am#1')).toBe(2);
    const result = await markAbsentForDay(fair.db, fair.eventId, fair.zhang.id, 'am#1');
    if (!result.ok) throw new Error(result.issues[0]?.message);
    expect(result.value.freed).toBe(2);
    expect(result.value.slotIds).toEqual(['am#1', 'pm#0', 'pm#1']);
    expect([await stateOf(fair, am0.id), await stateOf(fair, am1.id), await stateOf(fair, pm0.id), await stateOf(fair, d20.id)]).toEqual(['待开始', '未到场', '未到场', '待开始']);
    const zhang = await fair.db.participants.get(fair.zhang.id);
    expect(zhang?.availability.unavailableSlotIds).toEqual(['am#1', 'pm#0', 'pm#1']);
    expect(zhang?.fieldStamps?.availability).toBe(zhang?.updatedAt);
    const freed = await fair.db.meetings.get(pm0.id);
    expect(freed?.fieldStamps?.state).toBeDefined();
    expect((await fair.db.meta.get(LAST_STAMP_KEY))?.value).toBe([zhang?.updatedAt, freed?.updatedAt].sort().at(-1));

    // Marked again: nothing left to free, the availability already says so.
    const again = await markAbsentForDay(fair.db, fair.eventId, fair.zhang.id, 'am#1');
    expect(again.ok && again.value.freed).toBe(0);
    expect((await fair.db.participants.get(fair.zhang.id))?.updatedAt).toBe(zhang?.updatedAt);
  });

  it('leaves a meeting already marked alone, and refuses an unknown slot or person writing nothing', async () => {
    const fair = await floorFair();
    await markMeeting(fair.db, fair.meetings.pm0.id, '已取消', '待开始');
    const result = await markAbsentForDay(fair.db, fair.eventId, fair.zhang.id, 'pm#0');
    expect(result.ok && result.value.freed).toBe(0);
    expect(await stateOf(fair, fair.meetings.pm0.id)).toBe('已取消');

    const before = await snapshot(fair);
    expect(await markAbsentForDay(fair.db, fair.eventId, fair.zhang.id, 'xx#9')).toEqual({ ok: false, issues: [{ field: 'slotId', message: '该时段不存在' }] });
    expect(await markAbsentForDay(fair.db, fair.eventId, 'ppl-nobody', 'am#0')).toEqual({ ok: false, issues: [{ field: '', message: '该参会人不存在或已被删除' }] });
    expect(await snapshot(fair)).toEqual(before);
  });
});

describe('addAdHocMeeting', () => {
  it('records a meeting without a request, 待开始, at the table given', async () => {
    const fair = await floorFair();
    const result = await addAdHocMeeting(fair.db, fair.eventId, { a: fair.wang.id, b: fair.chen.id, slotId: 'am#0', tableId: 'T2' });
    if (!result.ok) throw new Error(result.issues[0]?.message);
    expect(result.value).toMatchObject({ participantIds: [fair.wang.id, fair.chen.id], slotId: 'am#0', tableId: 'T2', state: '待开始', locked: false, deleted: false });
    expect(result.value.requestId).toBeUndefined();
    expect(await fair.db.meetings.get(result.value.id)).toEqual(result.value);
    expect((await fair.db.meta.get(LAST_STAMP_KEY))?.value).toBe(result.value.createdAt);
  });

  it('picks a side’s free host table first, else the lowest free number', async () => {
    const fair = await floorFair();
    // 赵强 (host table 3) is the second side: his table is still the one picked.
    const host = await addAdHocMeeting(fair.db, fair.eventId, { a: fair.chen.id, b: fair.zhao.id, slotId: 'am#0' });
    expect(host.ok && host.value.tableId).toBe('T3');
    // Neither side hosts: the lowest free number, then the next.
    const lowest = await addAdHocMeeting(fair.db, fair.eventId, { a: fair.wang.id, b: fair.chen.id, slotId: 'pm#1' });
    expect(lowest.ok && lowest.value.tableId).toBe('T1');
    const next = await addAdHocMeeting(fair.db, fair.eventId, { a: fair.zhang.id, b: fair.li.id, slotId: 'pm#1' });
    expect(next.ok && next.value.tableId).toBe('T2');
  });

  it('refuses a person already in a meeting in the slot, a taken table, the same person twice, and a full slot, writing nothing', async () => {
    const fair = await floorFair();
    const before = await snapshot(fair);
    expect(await addAdHocMeeting(fair.db, fair.eventId, { a: fair.wang.id, b: fair.li.id, slotId: 'am#0' })).toEqual({
      ok: false,
      issues: [{ field: 'b', message: '李娜在该时段已有洽谈（1号桌，与张伟）' }],
    });
    expect(await addAdHocMeeting(fair.db, fair.eventId, { a: fair.wang.id, b: fair.chen.id, slotId: 'am#0', tableId: 'T1' })).toEqual({
      ok: false,
      issues: [{ field: 'tableId', message: '1号桌在该时段已有洽谈（张伟 与 李娜）' }],
    });
    expect(await addAdHocMeeting(fair.db, fair.eventId, { a: fair.wang.id, b: fair.wang.id, slotId: 'am#0' })).toEqual({
      ok: false,
      issues: [{ field: 'b', message: '洽谈双方不能是同一人' }],
    });
    expect(await addAdHocMeeting(fair.db, fair.eventId, { a: fair.wang.id, b: fair.chen.id, slotId: 'am#0', tableId: 'T9' })).toEqual({
      ok: false,
      issues: [{ field: 'tableId', message: '该洽谈桌不存在' }],
    });
    expect(await snapshot(fair)).toEqual(before);

    expect((await addAdHocMeeting(fair.db, fair.eventId, { a: fair.wang.id, b: fair.chen.id, slotId: 'am#0' })).ok).toBe(true);
    const full = await snapshot(fair);
    expect(await addAdHocMeeting(fair.db, fair.eventId, { a: fair.zhao.id, b: fair.li.id, slotId: 'am#0' })).toMatchObject({ ok: false, issues: [{ message: '李娜在该时段已有洽谈（1号桌，与张伟）' }] });
    const zhaoAlone = await addAdHocMeeting(fair.db, fair.eventId, { a: fair.zhao.id, b: fair.wang.id, slotId: 'am#0' });
    expect(!zhaoAlone.ok && zhaoAlone.issues[0]?.message).toBe('王芳在该时段已有洽谈（2号桌，与陈静）');
    expect(await snapshot(fair)).toEqual(full);
  });

  it('a no-show frees its seat and its people for an ad-hoc meeting', async () => {
    const fair = await floorFair();
    await markMeeting(fair.db, fair.meetings.am0.id, '未到场', '待开始');
    const result = await addAdHocMeeting(fair.db, fair.eventId, { a: fair.zhang.id, b: fair.wang.id, slotId: 'am#0' });
    expect(result.ok && result.value.tableId).toBe('T1');
  });
});
