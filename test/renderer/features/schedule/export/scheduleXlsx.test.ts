import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportScheduleXlsx, scheduleSheets } from '../../../../../renderer/features/schedule/export/scheduleXlsx';
import { writeXlsx } from '../../../../../renderer/features/import/writeXlsx';
import { fail, mapChannels, ok, type Bridge } from '../../../../../shared/bridge';
import { scheduleFixture } from '../scheduleViewFixture';

type Cell = string | number | boolean;

/** The workbook as the organiser sees it in Excel: each sheet's rows of values, empty cells as ''. */
const readBack = async (bytes: Uint8Array): Promise<Record<string, Cell[][]>> => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.slice().buffer);
  const sheets: Record<string, Cell[][]> = {};
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
  });
  return sheets;
};

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('scheduleSheets', () => {
  const view = scheduleFixture();

  it('writes every meeting with its details, cancelled ones marked', async () => {
    const sheets = await readBack(await writeXlsx(scheduleSheets(view)));
    expect(Object.keys(sheets)).toEqual(['排期明细', '总排期表', '个人日程']);
    const detail = sheets['排期明细'] ?? [];
    expect(detail[0]).toEqual(['时段', '日期', '开始', '结束', '桌号', '区域', '发起方', '发起方单位', '约谈对象', '约谈对象单位', '主题', '优先级', '状态', '锁定']);
    expect(detail).toHaveLength(1 + 8);
    expect(detail[1]).toEqual(['上午场 第1轮', '2026-05-20', '09:00', '09:20', 1, '', '张伟', '清华大学', '李娜', '北京智感科技有限公司', '工业视觉检测 ↔ 深度学习缺陷识别', '必须', '待开始', '是']);
    expect(detail[7]).toEqual(['下午场 第2轮', '2026-05-20', '14:25', '14:45', 2, 'A区', '李娜', '北京智感科技有限公司', '刘洋', '中科院自动化所', '已取消的洽谈', '', '已取消', '否']);
    expect(detail.slice(1).map((r) => r[4])).toEqual([1, 2, 1, 3, 1, 2, 2, 3]);
  });

  it('writes the tables × slots grid without cancelled meetings', async () => {
    const grid = (await readBack(await writeXlsx(scheduleSheets(view))))['总排期表'];
    expect(grid).toEqual([
      ['桌号', '区域', '09:00–09:20', '09:25–09:45', '14:00–14:20', '14:25–14:45'],
      [1, '', '张伟 / 李娜', '张伟 / 王芳', '李娜 / 王芳', ''],
      [2, 'A区', '王芳 / 刘洋', '', '刘洋 / 张伟', ''],
      [3, 'B区', '', '<script>alert("x")</script>赵 / 李娜', '', '张伟 / <script>alert("x")</script>赵'],
    ]);
  });

  it('writes one row per person and meeting, people by name, meetings in time order', async () => {
    const personal = (await readBack(await writeXlsx(scheduleSheets(view))))['个人日程'] ?? [];
    expect(personal[0]).toEqual(['姓名', '单位', '胸卡码', '时间', '桌号', '洽谈对象', '主题']);
    // Seven live meetings, each on two agendas.
    expect(personal).toHaveLength(1 + 14);
    expect(personal.filter((r) => r[0] === '张伟')).toEqual([
      ['张伟', '清华大学', 'ZW01', '2026-05-20 09:00–09:20', 1, '李娜（北京智感科技有限公司）', '工业视觉检测 ↔ 深度学习缺陷识别'],
      ['张伟', '清华大学', 'ZW01', '2026-05-20 09:25–09:45', 1, '王芳', '锂电池回收'],
      ['张伟', '清华大学', 'ZW01', '2026-05-20 14:00–14:20', 2, '刘洋（中科院自动化所）', '机器人控制'],
      ['张伟', '清华大学', 'ZW01', '2026-05-20 14:25–14:45', 3, '<script>alert("x")</script>赵（R&D "实验室" <b>）', '材料检测'],
    ]);
    expect([...new Set(personal.slice(1).map((r) => r[0]))]).toEqual(['<script>alert("x")</script>赵', '李娜', '刘洋', '王芳', '张伟']);
  });
});

describe('exportScheduleXlsx', () => {
  const view = scheduleFixture();
  const stubBridge = (saveAs: Bridge['file:saveAs']) => {
    const bridge = { ...(mapChannels(() => vi.fn()) as unknown as Bridge), 'file:saveAs': vi.fn(saveAs) };
    vi.stubGlobal('dockingDesk', bridge);
    return bridge;
  };

  it('hands the workbook to the save dialog under the fair’s name', async () => {
    const bridge = stubBridge(async () => ok({ path: '/home/organiser/排期.xlsx' }));
    expect(await exportScheduleXlsx(view)).toEqual({ path: '/home/organiser/排期.xlsx' });
    const request = vi.mocked(bridge['file:saveAs']).mock.calls[0]?.[0];
    expect(request?.suggestedName).toBe('2026 中关村技术对接会-洽谈排期.xlsx');
    expect(Object.keys(await readBack(request?.data ?? new Uint8Array()))).toEqual(['排期明细', '总排期表', '个人日程']);
  });

  it('throws the bridge’s Chinese message when saving fails', async () => {
    stubBridge(async () => fail('FAILED', '磁盘已满，无法保存文件'));
    await expect(exportScheduleXlsx(view)).rejects.toThrow('磁盘已满，无法保存文件');
  });
});
