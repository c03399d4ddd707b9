import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import ExcelJS from 'exceljs';
import { createRecord, deleteRecord } from '../../../../../renderer/db/registry';
import { matchingFair } from '../../../db/matchingFixture';
import { draft, openRequests, seed, type Fair } from '../requests/requestsDesk';

// The first render of antd's tables in jsdom takes seconds on a shared two-core machine; reading a workbook loads exceljs.
const SLOW = { timeout: 60_000 };
const wait = { timeout: 20_000 };

/** A sign-up export as an organiser keeps it: a title row, plain 单位 / 手机 columns after each side's name. */
const HEADER = ['申请人', '单位', '被约人', '单位', '手机', '需求', '成果', '优先级', '双向', '可约时段'];

const workbook = async (rows: string[][]): Promise<File> => {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('约谈意向');
  sheet.addRow(['2026中关村对接会约谈意向汇总']);
  sheet.addRow(HEADER);
  for (const row of rows) sheet.addRow(row);
  const buffer = await book.xlsx.writeBuffer();
  return new File([new Uint8Array(buffer)], '约谈意向.xlsx');
};

/**
 * 张伟→李娜 about the need and achievement is already on record; 王芳 now
 * has a namesake at 北京理工大学. Rows (spreadsheet numbering):
 * 3 repeats the stored request, 4 and 6 are new, 5 names 王芳 without
 * saying which, 7 names someone not registered.
 */
const SHEET = [
  ['张伟', '智感', '李娜', '北京理工大学', '', '锂电池正极材料', '高镍正极材料', '高', '是', '上午'],
  ['李娜', '', '张伟', '', '', '锂电池正极材料', '', '3', '否', '09:00-10:00'],
  ['张伟', '', '王芳', '', '', '', '', '', '', ''],
  ['张伟', '', '王芳', '', '13800000009', '', '', '低', '', ''],
  ['张伟', '', '钱七', '', '', '', '', '', '', ''],
];

const fairWithNamesake = async (): Promise<Fair & { otherWangId: string }> => {
  const fair = await matchingFair();
  const bit = (await fair.db.organisations.toArray()).find((o) => o.name === '北京理工大学');
  const wang = await createRecord(fair.db, 'participants', fair.eventId, { name: '王芳', organisationId: bit?.id, mobile: '13800000009', roles: ['专家'], badgeCode: '' });
  if (!wang.ok) throw new Error('王芳');
  await seed(fair, [draft(fair)]);
  return { ...fair, otherWangId: wang.value.id };
};

/** The organiser opens 约谈申请, presses 导入, drops the file and confirms the guessed columns. */
const previewImport = async (fair: Fair, rows: string[][]) => {
  const desk = await openRequests(fair);
  await desk.waitForRows(1);
  fireEvent.click(screen.getByTestId('import-requests'));
  await desk.user.upload(within(await screen.findByTestId('request-import')).getByTestId('import-file-input'), await workbook(rows));
  fireEvent.click(await screen.findByTestId('request-import-check', {}, wait));
  await screen.findByTestId('request-import-count-accepted', {}, wait);
  const count = (what: 'accepted' | 'duplicates' | 'rejected') => Number(screen.getByTestId(`request-import-count-${what}`).getAttribute('data-count'));
  const listed = (testId: string, reasonId: string) =>
    screen.queryAllByTestId(testId).map((row) => [Number(row.getAttribute('data-row-number')), ...within(row).getAllByTestId(reasonId).map((r) => r.textContent)]);
  return {
    desk,
    count,
    rejected: () => listed('request-import-rejected-row', 'request-import-reason'),
    duplicates: () => listed('request-import-duplicate-row', 'request-import-duplicate-reason'),
    commit: () => fireEvent.click(screen.getByTestId('request-import-commit')),
  };
};

describe('导入约谈申请', () => {
  it('previews what it will create, skip and leave out, then creates the valid rows with source 导入', SLOW, async () => {
    const fair = await fairWithNamesake();
    const importing = await previewImport(fair, SHEET);
    expect([importing.count('accepted'), importing.count('duplicates'), importing.count('rejected')]).toEqual([2, 1, 2]);
    expect(importing.duplicates()).toEqual([[3, '张伟与李娜已有关于需求“锂电池正极材料”与成果“高镍正极材料”的约谈申请（待确认），不重复导入']]);
    expect(importing.rejected()).toEqual([
      [5, '第5行：约谈对象“王芳”有两位同名参会人，请填写单位或手机'],
      [7, '第7行：约谈对象“钱七”不在参会人名单中'],
    ]);
    expect(await fair.db.meetingRequests.count()).toBe(1);

    importing.commit();
    expect((await screen.findByTestId('request-import-done', {}, wait)).textContent).toBe('成功导入 2 条约谈申请');
    // Ids are random: order by the person asked, 张伟 then the second 王芳, as the rows are.
    const imported = (await fair.db.meetingRequests.toArray()).filter((r) => r.source === '导入').sort((a, b) => Number(b.toId === fair.zhang.id) - Number(a.toId === fair.zhang.id));
    expect(imported.map((r) => [r.fromId, r.toId, r.needId, r.achievementId, r.priority, r.mutual, r.allowedSlotIds, r.state])).toEqual([
      [fair.li.id, fair.zhang.id, fair.need.id, undefined, '必须', false, ['am#0', 'am#1'], '待确认'],
      [fair.zhang.id, fair.otherWangId, undefined, undefined, '一般', false, [], '待确认'],
    ]);
    fireEvent.click(screen.getByTestId('request-import-finish'));
    await importing.desk.waitForRows(3);
    expect(screen.queryByTestId('request-import')).toBeNull();
  });

  it('writes nothing when cancelled at the preview', SLOW, async () => {
    const fair = await fairWithNamesake();
    await previewImport(fair, SHEET);
    fireEvent.click(screen.getByRole('button', { name: '取 消' }));
    await waitFor(() => expect(screen.queryByTestId('request-import')).toBeNull());
    expect(await fair.db.meetingRequests.count()).toBe(1);
  });

  it('writes nothing when the batch is refused, and names the spreadsheet row', SLOW, async () => {
    const fair = await fairWithNamesake();
    const importing = await previewImport(fair, SHEET);
    // Between preview and commit, 李娜 is deleted in another window: row 4 now points at nobody.
    await deleteRecord(fair.db, 'participants', fair.li.id);
    importing.commit();
    const error = await screen.findByTestId('request-import-error', {}, wait);
    expect(error.textContent).toContain('导入未完成，数据库未作任何修改');
    expect(error.textContent).toContain('第4行：发起人不存在或已被删除');
    expect(await fair.db.meetingRequests.count()).toBe(1);
  });
});
