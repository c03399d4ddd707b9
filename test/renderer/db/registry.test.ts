import { describe, expect, it } from 'vitest';
import { createRecord, createRecords, deleteRecord, restoreRecord, updateRecord } from '../../../renderer/db/registry';
import { updateEvent } from '../../../renderer/db/events';
import { dbWithEvent, sampleEvent } from './testDb';

const org = { kind: '企业' as const, name: '北京智感科技有限公司' };

describe('registry writes', () => {
  it('creates a participant with a stamp, a global id and a badge code', async () => {
    const { db, eventId } = await dbWithEvent();
    const o = await createRecord(db, 'organisations', eventId, org);
    if (!o.ok) throw new Error('org');
    const p = await createRecord(db, 'participants', eventId, { name: '张伟', organisationId: o.value.id, mobile: '138 0013 8000', roles: ['需求方'], badgeCode: '' });
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    expect(p.value.id).toMatch(/^ppl_/);
    expect(p.value.mobile).toBe('13800138000');
    expect(p.value.badgeCode).toMatch(/^[A-Z0-9]{6}$/);
    expect(p.value.createdAt).toMatch(/_dev-[0-9a-f]{12}$/);
  });

  it('refuses an invalid mobile in Chinese and stores nothing', async () => {
    const { db, eventId } = await dbWithEvent();
    const r = await createRecord(db, 'participants', eventId, { name: '李娜', mobile: '1380013', roles: ['专家'], badgeCode: '' });
    expect(r).toEqual({ ok: false, issues: [{ field: 'mobile', message: '手机号应为11位，当前为7位' }] });
    expect(await db.participants.count()).toBe(0);
  });

  it('refuses a duplicate mobile within the event', async () => {
    const { db, eventId } = await dbWithEvent();
    await createRecord(db, 'participants', eventId, { name: '王芳', mobile: '13900139000', roles: ['专家'], badgeCode: '' });
    const r = await createRecord(db, 'participants', eventId, { name: '王芳芳', mobile: '13900139000', roles: ['专家'], badgeCode: '' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.message).toBe('手机号已被“王芳”使用');
  });

  it('stamps only the fields an edit changed', async () => {
    const { db, eventId } = await dbWithEvent();
    const p = await createRecord(db, 'participants', eventId, { name: '赵磊', roles: ['专家'], badgeCode: 'AB12' });
    if (!p.ok) throw new Error('create');
    const u = await updateRecord(db, 'participants', p.value.id, { name: '赵磊', title: '教授', roles: ['专家'], badgeCode: 'AB12' });
    if (!u.ok) throw new Error('update');
    expect(Object.keys(u.value.fieldStamps ?? {})).toEqual(['title']);
    expect(u.value.updatedAt > p.value.updatedAt).toBe(true);
  });

  it('deletes as a tombstone and undoes the delete', async () => {
    const { db, eventId } = await dbWithEvent();
    const p = await createRecord(db, 'participants', eventId, { name: '孙丽', roles: ['专家'], badgeCode: '' });
    if (!p.ok) throw new Error('create');
    await deleteRecord(db, 'participants', p.value.id);
    expect((await db.participants.get(p.value.id))?.deleted).toBe(true);
    await restoreRecord(db, 'participants', p.value.id);
    expect((await db.participants.get(p.value.id))?.deleted).toBe(false);
  });

  it('will not delete an organisation that still has participants', async () => {
    const { db, eventId } = await dbWithEvent();
    const o = await createRecord(db, 'organisations', eventId, org);
    if (!o.ok) throw new Error('org');
    await createRecord(db, 'participants', eventId, { name: '周杰', organisationId: o.value.id, roles: ['需求方'], badgeCode: '' });
    const r = await deleteRecord(db, 'organisations', o.value.id);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.message).toContain('1位参会人');
  });

  it('imports all rows of a batch or none', async () => {
    const { db, eventId } = await dbWithEvent();
    const rows = [
      { name: '甲', mobile: '13700000001', roles: ['专家' as const], badgeCode: '' },
      { name: '乙', mobile: '13700000002', roles: ['专家' as const], badgeCode: '' },
      { name: '丙', mobile: '13700000001', roles: ['专家' as const], badgeCode: '' },
    ];
    const bad = await createRecords(db, 'participants', eventId, rows);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issues[0]?.message).toBe('第3条：手机号已被“甲”使用');
    expect(await db.participants.count()).toBe(0);
    const progress: number[] = [];
    const good = await createRecords(db, 'participants', eventId, rows.slice(0, 2), (done) => progress.push(done));
    expect(good.ok).toBe(true);
    expect(progress).toEqual([2]);
    expect(await db.participants.count()).toBe(2);
  });
});

describe('event edits', () => {
  it('clears an optional field the organiser emptied', async () => {
    const { db, eventId } = await dbWithEvent();
    const withOrganiser = await updateEvent(db, eventId, { ...sampleEvent, organiser: '中关村管委会' });
    expect(withOrganiser.ok && withOrganiser.value.organiser).toBe('中关村管委会');
    const cleared = await updateEvent(db, eventId, sampleEvent);
    expect(cleared.ok && cleared.value.organiser).toBeUndefined();
    expect((await db.events.get(eventId))?.organiser).toBeUndefined();
  });
});
