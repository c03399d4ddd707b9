import { describe, expect, it, vi } from 'vitest';
import { detectHeader, planImport } from '@shared/import';
import { createEvent } from '../../../../renderer/db/events';
import { commitImport, loadImportExisting } from '../../../../renderer/db/importBatch';
import { createRecord } from '../../../../renderer/db/registry';
import { exportKindToXlsx, importTemplateXlsx } from '../../../../renderer/features/import/exportList';
import { readSpreadsheet } from '../../../../renderer/features/import/readSpreadsheet';
import { dbWithEvent, sampleEvent } from '../../db/testDb';

const rowsOf = async (bytes: Uint8Array, sheet?: number) => {
  const r = await readSpreadsheet(bytes, 'x.xlsx', sheet);
  if (!r.ok) throw new Error(r.message);
  return r.value;
};

describe('exportKindToXlsx', () => {
  it('exports the live participants with organisation names and hands the file to save', async () => {
    const { db, eventId } = await dbWithEvent();
    const org = await createRecord(db, 'organisations', eventId, { kind: '企业', name: '北京智感科技有限公司' });
    if (!org.ok) throw new Error('org');
    await createRecord(db, 'participants', eventId, { name: '张伟', organisationId: org.value.id, mobile: '13800138000', roles: ['需求方', '专家'], badgeCode: 'ZW01' });
    const save = vi.fn(async () => undefined);
    const file = await exportKindToXlsx(db, eventId, 'participants', save, new Date(2026, 4, 20, 9));
    expect(file.fileName).toBe('参会人_2026-05-20.xlsx');
    expect(file.count).toBe(1);
    expect(save).toHaveBeenCalledWith('参会人_2026-05-20.xlsx', file.bytes);
    const read = await rowsOf(file.bytes);
    expect(read.sheetNames).toEqual(['参会人']);
    expect(read.rows).toEqual([
      ['姓名', '单位', '单位类型', '手机', '邮箱', '职务', '参会角色', '胸卡码', '专长领域', '最多洽谈场数', '固定洽谈桌', '备注', '签到状态'],
      ['张伟', '北京智感科技有限公司', '企业', '13800138000', '', '', '需求方、专家', 'ZW01', '', '', '', '', '未签到'],
    ]);
  });

  it('carries 最多洽谈场数 and 固定洽谈桌 (as the table number) through export and import into another fair', async () => {
    const { db, eventId } = await dbWithEvent();
    await db.events.update(eventId, { tables: [{ id: 'T1', number: 1 }, { id: 'hall-b-7', number: 7, zone: 'B区' }] });
    await createRecord(db, 'participants', eventId, {
      name: '李娜',
      roles: ['成果方'],
      badgeCode: 'LN01',
      availability: { sessionIds: [], unavailableSlotIds: [], maxMeetings: 4, hostTableId: 'hall-b-7' },
    });
    await createRecord(db, 'participants', eventId, { name: '王芳', roles: ['专家'], badgeCode: 'WF01' });
    const file = await exportKindToXlsx(db, eventId, 'participants');
    const { rows } = await rowsOf(file.bytes);
    const header = rows[0] ?? [];
    expect(rows.slice(1).map((r) => [r[0], r[header.indexOf('最多洽谈场数')], r[header.indexOf('固定洽谈桌')]])).toEqual([
      ['李娜', '4', '7'],
      ['王芳', '', ''],
    ]);

    // The other fair numbers its tables 1–10 with ids of its own: the number, not the id, carries over.
    const other = await createEvent(db, { ...sampleEvent, name: '第二场对接会', tables: Array.from({ length: 10 }, (_, i) => ({ id: `X${i + 1}`, number: i + 1 })) });
    if (!other.ok) throw new Error('event');
    const planned = planImport('participants', rows, detectHeader(rows, 'participants'), await loadImportExisting(db, other.value.id));
    if (!planned.ok) throw new Error(planned.message);
    expect(planned.plan.rejected).toEqual([]);
    const committed = await commitImport(db, other.value.id, planned.plan);
    if (!committed.ok) throw new Error(committed.issues.map((i) => i.message).join('；'));
    expect(committed.value.records.map((p) => [p.name, p.availability.maxMeetings, p.availability.hostTableId])).toEqual([
      ['李娜', 4, 'X7'],
      ['王芳', undefined, undefined],
    ]);
  });

  it('refuses a 固定洽谈桌 the fair does not have, naming how many tables it has', async () => {
    const { db, eventId } = await dbWithEvent();
    await db.events.update(eventId, { tables: Array.from({ length: 60 }, (_, i) => ({ id: `T${i + 1}`, number: i + 1 })) });
    const rows = [
      ['姓名', '参会角色', '固定洽谈桌'],
      ['李娜', '成果方', '88'],
    ];
    const planned = planImport('participants', rows, detectHeader(rows, 'participants'), await loadImportExisting(db, eventId));
    expect(planned.ok && planned.plan.rejected).toEqual([{ rowNumber: 2, label: '李娜', reasons: ['固定洽谈桌“88”不存在：本活动共60张桌'] }]);
  });

  it('makes a template with an example row and a sheet of notes', async () => {
    const template = await importTemplateXlsx('needs');
    expect(template.fileName).toBe('技术需求导入模板.xlsx');
    const read = await rowsOf(template.bytes);
    expect(read.sheetNames).toEqual(['技术需求', '填写说明']);
    expect(read.rows[0]?.slice(0, 4)).toEqual(['需求名称', '需求单位', '单位类型', '行业领域']);
    expect(read.rows).toHaveLength(2);
    expect((await rowsOf(template.bytes, 1)).rows[1]).toEqual(['需求名称', '必填', '']);
  });
});
