import { describe, expect, it } from 'vitest';
import { detectHeader, exportTable, IMPORT_FIELDS, planImport, templateTable, type ExportData, type ImportKind } from '@shared/import';
import type { Achievement, Need, Organisation, Participant } from '@shared/model';

const base = { eventId: 'evt_0000000000aaaaaaaaaaaaaaaa', createdAt: 's', updatedAt: 's', deleted: false };
const org: Organisation = { ...base, id: 'org_0000000000aaaaaaaaaaaaaaaa', kind: '高校', name: '清华大学', usci: undefined };
const person: Participant = {
  ...base,
  id: 'ppl_0000000000aaaaaaaaaaaaaaaa',
  name: '李娜',
  organisationId: org.id,
  mobile: '13900139000',
  roles: ['成果方', '专家'],
  badgeCode: 'LN0001',
  expertise: ['储能', '锂离子电池'],
  checkIn: { state: '已签到' },
  availability: { sessionIds: [], unavailableSlotIds: [] },
};
const need: Need = { ...base, id: 'need_0000000000aaaaaaaaaaaaaaaa', ownerId: org.id, contactId: person.id, title: '实验室自动化', field: '高端装备', keywords: ['机器人', '自动化'], cooperationModes: ['合作开发'], budgetWan: 80, deadline: '2026-09-30' };
const achievement: Achievement = {
  ...base,
  id: 'ach_0000000000aaaaaaaaaaaaaaaa',
  ownerId: org.id,
  title: '柔性传感器',
  field: '新材料',
  keywords: [],
  maturity: '中试',
  trl: 6,
  patents: ['ZL2021101234567'],
  cooperationModes: ['技术转让', '技术许可'],
  priceWan: 300,
};
const data: ExportData = {
  organisations: [org],
  participants: [person, { ...person, id: 'ppl_0000000000bbbbbbbbbbbbbbbb', name: '已删除', mobile: '13900139001', deleted: true }],
  needs: [need],
  achievements: [achievement],
};

const reimport = (kind: ImportKind) => {
  const table = exportTable(kind, data);
  const rows = [table.headers, ...table.rows.map((r) => r.map(String))];
  const mapping = detectHeader(rows, kind);
  const result = planImport(kind, rows, mapping, {});
  if (!result.ok) throw new Error(result.message);
  return { table, mapping, plan: result.plan };
};

describe('export', () => {
  it('writes participants with names for references, lists joined with 、 and the check-in state, without tombstones', () => {
    expect(exportTable('participants', data)).toEqual({
      headers: ['姓名', '单位', '单位类型', '手机', '邮箱', '职务', '参会角色', '胸卡码', '专长领域', '最多洽谈场数', '固定洽谈桌', '备注', '签到状态'],
      rows: [['李娜', '清华大学', '高校', '13900139000', '', '', '成果方、专家', 'LN0001', '储能、锂离子电池', '', '', '', '已签到']],
    });
  });

  it('exports every kind with headers the import recognises, so the file imports again', () => {
    for (const kind of ['participants', 'organisations', 'needs', 'achievements'] as const) {
      const { table, mapping, plan } = reimport(kind);
      const importable = IMPORT_FIELDS[kind].map((f) => f.key).sort();
      expect(Object.keys(mapping.columns).sort(), kind).toEqual(importable);
      expect(mapping.unmapped.map((i) => table.headers[i]), kind).toEqual(kind === 'participants' ? ['签到状态'] : []);
      expect(plan.rejected, kind).toEqual([]);
      expect(plan.accepted, kind).toHaveLength(1);
    }
    expect(reimport('participants').plan.accepted[0]?.draft).toMatchObject({ name: '李娜', mobile: '13900139000', roles: ['成果方', '专家'], badgeCode: 'LN0001', expertise: ['储能', '锂离子电池'] });
    expect(reimport('achievements').plan.accepted[0]?.draft).toMatchObject({ maturity: '中试', trl: 6, patents: ['ZL2021101234567'], priceWan: 300 });
    expect(reimport('needs').plan.accepted[0]?.draft).toMatchObject({ keywords: ['机器人', '自动化'], budgetWan: 80, deadline: '2026-09-30' });
  });

  it('makes templates whose example row imports cleanly', () => {
    for (const kind of ['participants', 'organisations', 'needs', 'achievements'] as const) {
      const t = templateTable(kind);
      const rows = [t.headers, ...t.rows.map((r) => r.map(String))];
      const result = planImport(kind, rows, detectHeader(rows, kind), {});
      expect(result.ok && result.plan.accepted.length, kind).toBe(1);
    }
  });
});
