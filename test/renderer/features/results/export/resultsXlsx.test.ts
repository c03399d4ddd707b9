import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fairResults } from '@shared/results';
import { fail, mapChannels, ok, type Bridge } from '@shared/bridge';
import { writeXlsx } from '../../../../../renderer/features/import/writeXlsx';
import { readOutcomeRevisions } from '../../../../../renderer/features/results/export/outcomeAuthors';
import { exportResultsXlsx, RESULT_SHEET_NAMES, resultsSheets } from '../../../../../renderer/features/results/export/resultsXlsx';
import { resultsInput } from '../../../../../renderer/features/results/resultsSources';
import { resultsDeskFair, sourcesOf } from '../resultsDeskFair';

type Cell = string | number | boolean;

/** The workbook as the organiser sees it in Excel: each sheet's rows of values, empty cells as ''. */
const readBack = async (bytes: Uint8Array): Promise<{ sheets: Record<string, Cell[][]>; frozen: Record<string, boolean> }> => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.slice().buffer);
  const sheets: Record<string, Cell[][]> = {};
  const frozen: Record<string, boolean> = {};
  workbook.eachSheet((sheet) => {
    const rows: Cell[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row) => {
      const cells: Cell[] = [];
      for (let c = 1; c <= sheet.columnCount; c++) {
        const v = row.getCell(c).value;
        cells.push(typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : '');
      }
      rows.push(cells);
    });
    sheets[sheet.name] = rows;
    frozen[sheet.name] = sheet.views[0]?.state === 'frozen';
  });
  return { sheets, frozen };
};

const workbookOf = async () => {
  const fair = await resultsDeskFair();
  const sources = await sourcesOf(fair);
  const results = fairResults(resultsInput(sources), sources.now);
  const revisions = await readOutcomeRevisions(fair.db, fair.eventId);
  return { fair, sources, results, revisions, book: await readBack(await writeXlsx(resultsSheets(sources, results, revisions))) };
};

/** A column of a sheet by its header. */
const column = (rows: Cell[][], header: string): Cell[] => {
  const i = rows[0]?.indexOf(header) ?? -1;
  if (i < 0) throw new Error(`no column ${header}`);
  return rows.slice(1).map((r) => r[i] ?? '');
};

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the results workbook', () => {
  it('has the five sheets by their Chinese names, each with a frozen header row', async () => {
    const { book } = await workbookOf();
    expect(Object.keys(book.sheets)).toEqual([...RESULT_SHEET_NAMES]);
    expect(Object.values(book.frozen).every(Boolean)).toBe(true);
  });

  it('汇总 carries the headline figures as numbers', async () => {
    const { book } = await workbookOf();
    const summary = book.sheets['汇总'] ?? [];
    const figure = (label: string) => summary.find((r) => r[1] === label)?.[2];
    expect(summary[0]).toEqual(['类别', '指标', '数值']);
    expect(figure('活动名称')).toBe('测试对接会');
    expect(figure('统计截至')).toBe('2026-05-20 12:30');
    expect(figure('签到率（%）')).toBe(33.3);
    expect(figure('计划洽谈（场）')).toBe(3);
    expect(figure('已举行（场）')).toBe(2);
    expect(figure('未到场（场）')).toBe(1);
    expect(figure('成果记录（项）')).toBe(2);
    expect(figure('合作意向（项）')).toBe(1);
    expect(figure('现场签约（项）')).toBe(0);
    expect(figure('预估金额（万元）')).toBe(120.5);
    expect(figure('新能源 合作意向（项）')).toBe(1);
    expect(summary.filter((r) => r[0] === '对接漏斗').map((r) => r[2])).toEqual([3, 3, 2, 2, 1, 0]);
  });

  it('洽谈 lists every meeting in time order with both sides, the topic and the live state', async () => {
    const { book } = await workbookOf();
    const meetings = book.sheets['洽谈'] ?? [];
    expect(meetings[0]).toEqual(['日期', '时段', '时间', '桌号', '发起方', '发起方单位', '约谈对象', '约谈对象单位', '议题', '状态', '来源', '对接结果']);
    expect(meetings.slice(1)).toEqual([
      ['2026-05-20', '上午 第1轮', '09:00–09:20', 1, '张伟', '北京智感科技有限公司', '李娜', '北京理工大学', '锂电池正极材料 ↔ 高镍正极材料', '已完成', '约谈申请', '达成合作意向'],
      ['2026-05-20', '上午 第2轮', '09:25–09:45', 1, '王芳', '', '张伟', '北京智感科技有限公司', '', '已完成', '约谈申请', '保持联系'],
      ['2026-05-20', '上午 第3轮', '09:50–10:10', 1, '李娜', '北京理工大学', '王芳', '', '', '未到场', '约谈申请', ''],
    ]);
  });

  it('对接成果 lists every outcome: amounts as numbers, dates as YYYY-MM-DD text, who recorded it and when it last changed', async () => {
    const { book } = await workbookOf();
    const outcomes = book.sheets['对接成果'] ?? [];
    expect(outcomes).toHaveLength(3);
    expect(column(outcomes, '对接结果')).toEqual(['达成合作意向', '保持联系']);
    expect(column(outcomes, '预估金额（万元）')).toEqual([120.5, '']);
    expect(column(outcomes, '合作方式')[0]).toBe('合作开发、技术许可');
    expect(column(outcomes, '跟进日期')).toEqual(['2026-06-01', '']);
    expect(column(outcomes, '下一步安排')[0]).toBe('签订技术开发合同');
    expect(column(outcomes, '联系人')[0]).toBe('张伟');
    expect(column(outcomes, '所涉需求')[0]).toBe('锂电池正极材料');
    expect(column(outcomes, '行业领域')[0]).toBe('新能源');
    expect(column(outcomes, '记录人')).toEqual(['赵敏', '赵敏']);
    expect(column(outcomes, '最后修改').every((v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/.test(v))).toBe(true);
  });

  it('合作意向 lists the intents with the need, the achievement and both organisations', async () => {
    const { book } = await workbookOf();
    const intents = book.sheets['合作意向'] ?? [];
    expect(intents).toHaveLength(2);
    expect(column(intents, '对接结果')).toEqual(['达成合作意向']);
    expect(column(intents, '所涉需求')).toEqual(['锂电池正极材料']);
    expect(column(intents, '需求单位')).toEqual(['北京智感科技有限公司']);
    expect(column(intents, '所涉成果')).toEqual(['高镍正极材料']);
    expect(column(intents, '成果单位')).toEqual(['北京理工大学']);
    expect(column(intents, '预估金额（万元）')).toEqual([120.5]);
    expect(column(intents, '洽谈日期')).toEqual(['2026-05-20']);
  });

  it('签到 lists every participant by name with the check-in state and time', async () => {
    const { book } = await workbookOf();
    const checkIns = book.sheets['签到'] ?? [];
    expect(checkIns[0]).toEqual(['姓名', '单位', '职务', '参会角色', '胸卡码', '签到状态', '签到时间']);
    expect(checkIns.slice(1).map((r) => [r[0], r[1], r[3], r[5]])).toEqual([
      ['李娜', '北京理工大学', '成果方', '未签到'],
      ['王芳', '', '专家', '未签到'],
      ['张伟', '北京智感科技有限公司', '需求方', '已签到'],
    ]);
    expect(column(checkIns, '签到时间')).toEqual(['', '', expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/)]);
  });

  it('names an outcome merged in without its history by its laptop', async () => {
    const { sources, results } = await workbookOf();
    const outcomes = (await readBack(await writeXlsx(resultsSheets(sources, results, [])))).sheets['对接成果'] ?? [];
    expect(column(outcomes, '记录人')).toEqual([expect.stringMatching(/^未署名（设备 [0-9a-f]{4}）$/), expect.stringMatching(/^未署名（设备 [0-9a-f]{4}）$/)]);
  });
});

describe('exportResultsXlsx', () => {
  const stubBridge = (saveAs: Bridge['file:saveAs']) => {
    const bridge = { ...(mapChannels(() => vi.fn()) as unknown as Bridge), 'file:saveAs': vi.fn(saveAs) };
    vi.stubGlobal('dockingDesk', bridge);
    return bridge;
  };

  it('hands the workbook to the save dialog under the event’s name', async () => {
    const { sources, results, revisions } = await workbookOf();
    const bridge = stubBridge(async () => ok({ path: '/home/organiser/成果.xlsx' }));
    expect(await exportResultsXlsx(sources, results, revisions)).toEqual({ path: '/home/organiser/成果.xlsx' });
    const request = vi.mocked(bridge['file:saveAs']).mock.calls[0]?.[0];
    expect(request?.suggestedName).toBe('测试对接会-对接成果.xlsx');
    expect(Object.keys((await readBack(request?.data ?? new Uint8Array())).sheets)).toEqual([...RESULT_SHEET_NAMES]);
  });

  it('throws the bridge’s Chinese message when saving fails', async () => {
    const { sources, results, revisions } = await workbookOf();
    stubBridge(async () => fail('FAILED', '磁盘已满'));
    await expect(exportResultsXlsx(sources, results, revisions)).rejects.toThrow('磁盘已满');
  });
});
