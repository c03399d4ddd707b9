import { describe, expect, it, vi } from 'vitest';
import { createRecord } from '../../../../renderer/db/registry';
import { exportKindToXlsx, importTemplateXlsx } from '../../../../renderer/features/import/exportList';
import { readSpreadsheet } from '../../../../renderer/features/import/readSpreadsheet';
import { dbWithEvent } from '../../db/testDb';

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
      ['姓名', '单位', '单位类型', '手机', '邮箱', '职务', '参会角色', '胸卡码', '专长领域', '备注', '签到状态'],
      ['张伟', '北京智感科技有限公司', '企业', '13800138000', '', '', '需求方、专家', 'ZW01', '', '', '未签到'],
    ]);
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
