import { describe, expect, it } from 'vitest';
import { detectHeader, planImport, type ImportKind, type ImportPlan } from '@shared/import';
import { commitImport, loadImportExisting } from '../../../renderer/db/importBatch';
import { createRecord } from '../../../renderer/db/registry';
import type { DeskDatabase } from '../../../renderer/db/database';
import { dbWithEvent } from './testDb';

const planFor = async <K extends ImportKind>(db: DeskDatabase, eventId: string, kind: K, rows: string[][]): Promise<ImportPlan<K>> => {
  const result = planImport(kind, rows, detectHeader(rows, kind), await loadImportExisting(db, eventId));
  if (!result.ok) throw new Error(result.message);
  return result.plan;
};

const snapshot = async (db: DeskDatabase) => ({
  organisations: await db.organisations.toArray(),
  participants: await db.participants.toArray(),
  needs: await db.needs.toArray(),
  meta: await db.meta.toArray(),
});

describe('commitImport', () => {
  it('creates the new organisations and the people who work there in one go', async () => {
    const { db, eventId } = await dbWithEvent();
    const stored = await createRecord(db, 'organisations', eventId, { kind: '企业', name: '北京智感科技有限公司' });
    if (!stored.ok) throw new Error('org');
    const plan = await planFor(db, eventId, 'participants', [
      ['姓名', '单位', '手机'],
      ['张伟', '北京智感科技有限公司', '13800000001'],
      ['李娜', '清华大学', '13800000002'],
      ['王芳', '清华大学', '13800000003'],
    ]);
    const progress: [number, number][] = [];
    const result = await commitImport(db, eventId, plan, (done, total) => progress.push([done, total]));
    if (!result.ok) throw new Error(result.issues[0]?.message);
    expect(result.value.organisations.map((o) => [o.name, o.kind])).toEqual([['清华大学', '高校']]);
    const tsinghua = result.value.organisations[0]?.id;
    const people = await db.participants.orderBy('mobile').toArray();
    expect(people.map((p) => [p.name, p.organisationId, p.roles])).toEqual([
      ['张伟', stored.value.id, ['需求方']],
      ['李娜', tsinghua, ['成果方']],
      ['王芳', tsinghua, ['成果方']],
    ]);
    expect(people.every((p) => /^[A-Z0-9]{6}$/.test(p.badgeCode))).toBe(true);
    expect(progress.at(-1)).toEqual([4, 4]);
  });

  it('stores a batch far longer than Dexie follows native awaits, in chunks, in one transaction', async () => {
    const { db, eventId } = await dbWithEvent();
    const rows = [['姓名', '单位', '手机', '角色']];
    for (let i = 1; i <= 1100; i++) rows.push([`人${i}`, `单位${i % 7}有限公司`, `139${String(i).padStart(8, '0')}`, '专家']);
    const plan = await planFor(db, eventId, 'participants', rows);
    const progress: number[] = [];
    const result = await commitImport(db, eventId, plan, (done) => progress.push(done));
    expect(result.ok).toBe(true);
    expect(await db.participants.count()).toBe(1100);
    expect(await db.organisations.count()).toBe(7);
    expect(progress).toEqual([7, 507, 1007, 1107]);
    const last = (await db.meta.get('lastStamp'))?.value;
    expect(last).toBe((await db.participants.toArray()).map((p) => p.createdAt).sort().at(-1));
  });

  it('links needs to their owner and contact', async () => {
    const { db, eventId } = await dbWithEvent();
    const org = await createRecord(db, 'organisations', eventId, { kind: '企业', name: '甲公司' });
    if (!org.ok) throw new Error('org');
    const person = await createRecord(db, 'participants', eventId, { name: '赵磊', organisationId: org.value.id, roles: ['需求方'], badgeCode: '' });
    if (!person.ok) throw new Error('person');
    const plan = await planFor(db, eventId, 'needs', [
      ['需求名称', '需求单位', '领域', '联系人'],
      ['电池回收', '甲公司', '新能源', '赵磊'],
      ['膜材料', '乙公司', '新材料', ''],
    ]);
    const result = await commitImport(db, eventId, plan);
    expect(result.ok).toBe(true);
    const needs = await db.needs.toArray();
    expect(needs.find((n) => n.title === '电池回收')).toMatchObject({ ownerId: org.value.id, contactId: person.value.id });
    const yi = await db.organisations.where('name').equals('乙公司').first();
    expect(needs.find((n) => n.title === '膜材料')?.ownerId).toBe(yi?.id);
  });

  it('stores nothing, not even the new organisations, when a row is refused at commit time', async () => {
    const { db, eventId } = await dbWithEvent();
    const plan = await planFor(db, eventId, 'participants', [
      ['姓名', '单位', '手机'],
      ['李娜', '清华大学', '13800000002'],
      ['王芳', '北京大学', '13800000003'],
    ]);
    // Someone saves the same mobile in another window between preview and commit.
    await createRecord(db, 'participants', eventId, { name: '王芳芳', mobile: '13800000003', roles: ['专家'], badgeCode: '' });
    const before = await snapshot(db);
    const result = await commitImport(db, eventId, plan);
    expect(result).toEqual({ ok: false, issues: [{ field: 'mobile', message: '第3行：手机号已被“王芳芳”使用' }] });
    expect(await snapshot(db)).toEqual(before);
  });
});
