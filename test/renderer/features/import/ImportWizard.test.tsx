import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createRecord } from '../../../../renderer/db/registry';
import type { DeskDatabase } from '../../../../renderer/db/database';
import { ImportWizard } from '../../../../renderer/features/import/ImportWizard';
import { writeXlsx } from '../../../../renderer/features/import/writeXlsx';
import { dbWithEvent } from '../../db/testDb';

const SHEET = [
  '2026中关村对接会报名表',
  '序号,姓名,工作单位,手机号码,参会身份',
  '1,李娜,清华大学,13800000002,成果方',
  '2,,清华大学,13800000003,专家',
  '3,王芳,北京智感科技有限公司,1380000,需求方',
  '4,赵磊,北京智感科技有限公司,13800000001,需求方',
  '5,孙丽,北京智感科技有限公司,13800000005,',
  ',,,,',
  '6,周杰,中国科学院自动化研究所,13800000002,专家',
];

/** Reading a workbook loads exceljs on first use, which is slow under a loaded test runner. */
const slow = { timeout: 10_000 };

const csvFile = (lines: string[], name = '报名表.csv') => new File([lines.join('\r\n')], name, { type: 'text/csv' });

/** The organiser's side of the wizard, step by step. */
const desk = async (db: DeskDatabase, eventId: string) => {
  const user = userEvent.setup();
  const onClose = vi.fn();
  render(<ImportWizard open kind="participants" eventId={eventId} db={db} onClose={onClose} />);
  return {
    onClose,
    chooseFile: (file: File) => user.upload(screen.getByTestId('import-file-input'), file),
    confirmMapping: async () => user.click(await screen.findByTestId('import-next-mapping', {}, slow)),
    count: async (what: 'accepted' | 'rejected' | 'new-orgs') => Number((await screen.findByTestId(`import-count-${what}`, {}, slow)).getAttribute('data-count')),
    rejectedRows: () =>
      within(screen.getByTestId('import-rejected-table'))
        .getAllByTestId('import-rejected-row')
        .map((row) => [Number(row.getAttribute('data-row-number')), ...within(row).getAllByTestId('import-rejected-reason').map((r) => r.textContent)]),
    commit: () => user.click(screen.getByTestId('import-commit')),
    finish: async () => user.click(await screen.findByTestId('import-finish', {}, slow)),
  };
};

const withZhigan = async () => {
  const { db, eventId } = await dbWithEvent();
  const org = await createRecord(db, 'organisations', eventId, { kind: '企业', name: '北京智感科技有限公司' });
  if (!org.ok) throw new Error('org');
  await createRecord(db, 'participants', eventId, { name: '张伟', organisationId: org.value.id, mobile: '13800000001', roles: ['需求方'], badgeCode: '' });
  return { db, eventId };
};

describe('ImportWizard', () => {
  it('imports a CSV: maps the headers below the title, lists every bad row with its reason, then stores the good ones', async () => {
    const { db, eventId } = await withZhigan();
    const d = await desk(db, eventId);
    await d.chooseFile(csvFile(SHEET));
    expect(await screen.findByTestId('import-mapping-table', {}, slow)).toBeTruthy();
    await d.confirmMapping();
    expect(await d.count('accepted')).toBe(2);
    expect(await d.count('rejected')).toBe(4);
    expect(await d.count('new-orgs')).toBe(1);
    expect(d.rejectedRows()).toEqual([
      [4, '姓名不能为空'],
      [5, '手机号应为11位，当前为7位'],
      [6, '手机号与已有参会人“张伟”重复'],
      [9, '与第3行重复（手机号相同）'],
    ]);
    expect(await db.participants.count()).toBe(1);

    await d.commit();
    expect((await screen.findByTestId('import-done', {}, slow)).textContent).toBe('成功导入 2 条参会人');
    const people = await db.participants.toArray();
    expect(people.map((p) => p.name).sort()).toEqual(['孙丽', '张伟', '李娜'].sort());
    expect(await db.organisations.where('name').equals('清华大学').count()).toBe(1);
    await d.finish();
    expect(d.onClose).toHaveBeenCalled();
  });

  it('imports an .xlsx of 50 rows with 5 bad ones: the preview lists exactly those 5, the commit stores 45 and changes nothing else', async () => {
    const { db, eventId } = await withZhigan();
    const rows: string[][] = [];
    for (let i = 1; i <= 50; i++) rows.push([`参会人${i}`, i % 2 ? '北京智感科技有限公司' : '清华大学', `1390000${String(i).padStart(4, '0')}`, '专家']);
    const bad = (n: number, cells: string[]) => rows.splice(n - 3, 1, cells);
    bad(5, ['', '清华大学', '13900000003', '专家']); // missing name (row 5 of the sheet)
    bad(9, ['参会人7', '清华大学', '139000', '专家']); // bad mobile
    bad(14, ['参会人12', '清华大学', '13800000001', '专家']); // mobile of stored 张伟
    bad(20, ['参会人18', '清华大学', '13900000010', '专家']); // same mobile as sheet row 12
    bad(33, ['张伟', '北京智感科技有限公司', '13700000000', '需求方']); // stored 张伟 of the same organisation
    const bytes = await writeXlsx([{ name: '报名表', headers: ['2026中关村对接会报名表'], rows: [['姓名', '单位', '手机', '角色'], ...rows] }]);
    const before = { people: await db.participants.toArray(), orgs: await db.organisations.toArray() };
    const d = await desk(db, eventId);
    await d.chooseFile(new File([bytes as Uint8Array<ArrayBuffer>], '报名表.xlsx'));
    await d.confirmMapping();
    expect(await d.count('rejected')).toBe(5);
    expect(await d.count('accepted')).toBe(45);
    expect(d.rejectedRows()).toEqual([
      [5, '姓名不能为空'],
      [9, '手机号应为11位，当前为6位'],
      [14, '手机号与已有参会人“张伟”重复'],
      [20, '与第12行重复（手机号相同）'],
      [33, '与已有参会人“张伟（北京智感科技有限公司）”重复'],
    ]);
    await d.commit();
    expect((await screen.findByTestId('import-done', {}, slow)).textContent).toBe('成功导入 45 条参会人');
    const people = await db.participants.toArray();
    expect(people).toHaveLength(46);
    expect(people.filter((p) => before.people.some((b) => b.id === p.id))).toEqual(before.people);
    const orgs = await db.organisations.toArray();
    expect(orgs.filter((o) => before.orgs.some((b) => b.id === o.id))).toEqual(before.orgs);
    expect(orgs.map((o) => o.name).sort()).toEqual(['北京智感科技有限公司', '清华大学'].sort());
  });

  it('reads an .xlsx file just the same', async () => {
    const { db, eventId } = await dbWithEvent();
    const bytes = await writeXlsx([{ name: '报名', headers: ['姓名', '单位', '手机', '角色'], rows: [['李娜', '清华大学', '13800000002', '专家']] }]);
    const d = await desk(db, eventId);
    await d.chooseFile(new File([bytes as Uint8Array<ArrayBuffer>], '报名表.xlsx'));
    await d.confirmMapping();
    expect(await d.count('accepted')).toBe(1);
    expect(screen.getByTestId('import-all-ok')).toBeTruthy();
    await d.commit();
    expect((await screen.findByTestId('import-done', {}, slow)).textContent).toBe('成功导入 1 条参会人');
    expect((await db.participants.toArray()).map((p) => p.mobile)).toEqual(['13800000002']);
  });

  it('leaves the database untouched when the commit is refused, and says so', async () => {
    const { db, eventId } = await withZhigan();
    const d = await desk(db, eventId);
    await d.chooseFile(csvFile(SHEET));
    await d.confirmMapping();
    expect(await d.count('accepted')).toBe(2);
    // Between preview and commit, someone registers 孙丽's mobile in another window.
    await createRecord(db, 'participants', eventId, { name: '孙小丽', mobile: '13800000005', roles: ['专家'], badgeCode: '' });
    const before = { people: await db.participants.toArray(), orgs: await db.organisations.toArray() };
    await d.commit();
    const error = await screen.findByTestId('import-error', {}, slow);
    expect(error.textContent).toContain('导入未完成，数据库未作任何修改');
    expect(error.textContent).toContain('第7行：手机号已被“孙小丽”使用');
    expect({ people: await db.participants.toArray(), orgs: await db.organisations.toArray() }).toEqual(before);
  });

  it('explains a file it cannot read and stays on the first step', async () => {
    const { db, eventId } = await dbWithEvent();
    const d = await desk(db, eventId);
    await d.chooseFile(new File([new Uint8Array([0xd0, 0xcf, 0x11, 0xe0])], '报名表.xls'));
    expect((await screen.findByTestId('import-file-error', {}, slow)).textContent).toBe('暂不支持 .xls，请在 Excel/WPS 中另存为 .xlsx 或 .csv');
  });

  it('will not go on while a required column is unmapped', async () => {
    const { db, eventId } = await dbWithEvent();
    const d = await desk(db, eventId);
    await d.chooseFile(csvFile(['手机,单位', '13800000002,清华大学']));
    expect((await screen.findByTestId('import-missing-fields', {}, slow)).textContent).toBe('请为必填字段“姓名”选择对应的列');
    await waitFor(() => expect((screen.getByTestId('import-next-mapping') as HTMLButtonElement).disabled).toBe(true));
  });
});
