import { describe, expect, it } from 'vitest';
import { detectRequestHeader, planRequestImport, requestPlanSummary, type RequestImportContext, type RequestImportPlan } from '@shared/import';
import { CATHODE, context, LI, NEED, SENSOR, WANG_BIT, WANG_THU, ZHANG, ZHAO } from './requestFixture';

const HEADER = ['发起人', '发起人单位', '约谈对象', '约谈对象单位', '约谈对象手机', '胸卡码', '需求', '成果', '优先级', '双向', '可约时段'];

/** A sheet with a title row above the headers, as organisers make them; data starts at spreadsheet row 3. */
const sheet = (...rows: string[][]): string[][] => [['2026对接会约谈意向汇总'], HEADER, ...rows];

const planOf = (rows: string[][], ctx: RequestImportContext = context()): RequestImportPlan => {
  const mapping = detectRequestHeader(rows);
  const result = planRequestImport(rows, mapping, ctx);
  if (!result.ok) throw new Error(result.message);
  return result.plan;
};

/** One data row; cells not given are empty. */
const row = (cells: Partial<Record<(typeof HEADER)[number], string>>): string[] => HEADER.map((h) => cells[h] ?? '');

const reasonsOf = (plan: RequestImportPlan) => plan.rejected.map((r) => r.reasons);

describe('planRequestImport', () => {
  it('turns a row into a draft with source 导入 and the documented defaults', () => {
    const plan = planOf(sheet(row({ 发起人: '张伟', 约谈对象: '李娜' })));
    expect(plan.rejected).toEqual([]);
    expect(plan.accepted).toEqual([
      {
        rowNumber: 3,
        label: '张伟→李娜',
        draft: { fromId: ZHANG, toId: LI, priority: '优先', mutual: false, state: '待确认', allowedSlotIds: [], source: '导入' },
      },
    ]);
  });

  it('reads need, achievement, priority, mutual and slots', () => {
    const plan = planOf(sheet(row({ 发起人: '张伟', 约谈对象: '李娜', 需求: '锂电池正极材料', 成果: '高镍', 优先级: '高', 双向: 'Y', 可约时段: '下午第1轮、5月21日上午' })));
    expect(plan.accepted[0]?.draft).toMatchObject({
      needId: NEED,
      achievementId: CATHODE,
      priority: '必须',
      mutual: true,
      allowedSlotIds: ['pm#0', 'am2#0', 'am2#1'],
    });
  });

  it('reports namesakes with the row and the column, and asks for 单位 or 手机', () => {
    const plan = planOf(sheet(row({ 发起人: '张伟', 约谈对象: '李娜' }), row({ 发起人: '张伟', 约谈对象: '王芳' })));
    expect(plan.rejected).toEqual([{ rowNumber: 4, label: '张伟→王芳', reasons: ['第4行：约谈对象“王芳”有两位同名参会人，请填写单位或手机'] }]);
    expect(plan.accepted).toHaveLength(1);
  });

  it('tells namesakes apart by 单位 (also a shortened one), 手机 or 胸卡码', () => {
    const plan = planOf(
      sheet(
        row({ 发起人: '张伟', 约谈对象: '王芳', 约谈对象单位: '清华大学' }),
        row({ 发起人: '张伟', 约谈对象: '王芳', 约谈对象单位: '北理工大学' }),
        row({ 发起人: '张伟', 约谈对象: '王芳', 约谈对象单位: '北京理工' }),
        row({ 发起人: '赵磊', 约谈对象: '王芳', 约谈对象手机: '138 0000 0004' }),
        row({ 发起人: '赵磊', 约谈对象: '王芳', 胸卡码: 'wf0003' }),
      ),
    );
    expect(reasonsOf(plan)).toEqual([['第4行：约谈对象“王芳”（北理工大学）不在参会人名单中：名单中的“王芳”单位为北京理工大学、清华大学']]);
    expect(plan.accepted.map((a) => [a.rowNumber, a.draft.fromId, a.draft.toId])).toEqual([
      [3, ZHANG, WANG_THU],
      [5, ZHANG, WANG_BIT],
      [6, ZHAO, WANG_THU],
      [7, ZHAO, WANG_BIT],
    ]);
  });

  it('refuses a code or mobile of someone else than the name given, and unknown people', () => {
    const plan = planOf(
      sheet(
        row({ 发起人: '张伟', 约谈对象: '李娜', 胸卡码: 'WF0003' }),
        row({ 发起人: '张伟', 约谈对象: '李娜', 约谈对象手机: '13800000001' }),
        row({ 发起人: '张伟', 约谈对象: '钱七' }),
        row({ 发起人: '张伟', 胸卡码: 'XX9999' }),
        row({ 发起人: '张伟', 约谈对象手机: '13999999999' }),
        row({ 发起人: '张伟', 约谈对象单位: '北京理工大学' }),
        row({ 发起人单位: '中关村示例公司', 约谈对象: '李娜' }),
        row({ 发起人: '张伟', 约谈对象: '张伟' }),
        row({ 发起人: '张伟', 约谈对象手机: '1.38E+10' }),
      ),
    );
    expect(reasonsOf(plan)).toEqual([
      ['第3行：约谈对象胸卡码“WF0003”属于“王芳”，与填写的姓名“李娜”不符'],
      ['第4行：约谈对象手机“13800000001”属于“张伟”，与填写的姓名“李娜”不符'],
      ['第5行：约谈对象“钱七”不在参会人名单中'],
      ['第6行：约谈对象胸卡码“XX9999”不在参会人名单中'],
      ['第7行：约谈对象手机“13999999999”不在参会人名单中'],
      ['第8行：约谈对象单位“北京理工大学”有两位参会人（李娜、王芳），请填写姓名、手机或胸卡码'],
      ['第9行：发起人单位“中关村示例公司”没有参会人，请填写姓名、手机或胸卡码'],
      ['第10行：发起人和约谈对象是同一人（张伟）'],
      ['第11行：约谈对象手机号“1.38E+10”被 Excel 显示成了科学计数法，号码已丢失，请将该列设为“文本”格式后重新保存'],
    ]);
  });

  it('takes the one participant of an organisation named alone (also shortened)', () => {
    const plan = planOf(sheet(row({ 发起人: '张伟', 约谈对象单位: '清华' }), row({ 发起人单位: '北京智感科技有限公司', 约谈对象: '李娜' })));
    expect(plan.rejected).toEqual([]);
    expect(plan.accepted.map((a) => [a.draft.fromId, a.draft.toId])).toEqual([
      [ZHANG, WANG_THU],
      [ZHANG, LI],
    ]);
  });

  it('finds need and achievement among the two people’s own records first, then fair-wide, and names the candidates when it cannot choose', () => {
    const plan = planOf(
      sheet(
        row({ 发起人: '张伟', 约谈对象: '李娜', 成果: '正极材料' }),
        row({ 发起人: '张伟', 约谈对象: '王芳', 约谈对象单位: '清华', 成果: '正极材料' }),
        row({ 发起人: '张伟', 约谈对象: '王芳', 约谈对象单位: '清华', 成果: '传感器' }),
        row({ 发起人: '赵磊', 约谈对象: '王芳', 约谈对象单位: '清华', 需求: '正极' }),
        row({ 发起人: '张伟', 约谈对象: '李娜', 需求: '氢能' }),
      ),
    );
    expect(reasonsOf(plan)).toEqual([
      ['第3行：成果“正极材料”对应2项：“高镍正极材料”（北京理工大学）、“正极材料表面包覆技术”（北京理工大学），请填写完整名称'],
      ['第4行：成果“正极材料”对应2项：“高镍正极材料”（北京理工大学）、“正极材料表面包覆技术”（北京理工大学），请填写完整名称'],
      ['第7行：需求“氢能”不在本活动的需求中'],
    ]);
    expect(plan.accepted.map((a) => [a.rowNumber, a.draft.needId, a.draft.achievementId])).toEqual([
      [5, undefined, SENSOR],
      [6, NEED, undefined],
    ]);
  });

  it('collects every problem of a row, each naming its column', () => {
    const plan = planOf(sheet(row({ 发起人: '张伟', 约谈对象: '李娜', 优先级: '紧急', 双向: '也许', 可约时段: '晚上' })));
    expect(reasonsOf(plan)).toEqual([
      [
        '第3行：优先级“紧急”无法识别，应为：必须、优先、一般（也可填高/中/低，或3/2/1：3为必须、1为一般）',
        '第3行：双向“也许”无法识别，应为“是”或“否”',
        '第3行：可约时段“晚上”在本活动中没有对应的洽谈时段',
      ],
    ]);
  });

  it('skips a row repeating a request in play, on record or earlier in the file, in either direction', () => {
    const ctx = context({ requests: [{ fromId: ZHANG, toId: LI, needId: NEED, achievementId: undefined, state: '已接受', deleted: false }] });
    const plan = planOf(
      sheet(
        row({ 发起人: '李娜', 约谈对象: '张伟', 需求: '锂电池正极材料' }),
        row({ 发起人: '张伟', 约谈对象: '李娜' }),
        row({ 发起人: '李娜', 约谈对象: '张伟' }),
        row({ 发起人: '张伟', 约谈对象: '赵磊' }),
      ),
      ctx,
    );
    expect(plan.duplicates).toEqual([
      { rowNumber: 3, label: '李娜→张伟', reason: '张伟与李娜已有关于需求“锂电池正极材料”的约谈申请（已接受），不重复导入' },
      { rowNumber: 5, label: '李娜→张伟', reason: '与第4行是同一约谈（同样的双方、需求和成果），不重复导入' },
    ]);
    expect(plan.accepted.map((a) => a.rowNumber)).toEqual([4, 6]);
    expect(requestPlanSummary(plan)).toBe('可导入2条；第3、5行是重复的约谈，将跳过');
  });

  it('does not count declined or cancelled requests, on record or in the file, as duplicates', () => {
    const ctx = context({ requests: [{ fromId: ZHANG, toId: LI, state: '已拒绝', deleted: false }] });
    const rows = [['发起人', '约谈对象', '状态'], ['张伟', '李娜', '已取消'], ['张伟', '李娜', ''], ['李娜', '张伟', '同意']];
    const plan = planOf(rows, ctx);
    expect(plan.accepted.map((a) => [a.rowNumber, a.draft.state])).toEqual([
      [2, '已取消'],
      [3, '待确认'],
    ]);
    expect(plan.duplicates.map((d) => d.rowNumber)).toEqual([4]);
  });

  it('identifies people by 胸卡码 or 手机 alone, with plain columns following each side’s name', () => {
    const rows = [
      ['申请人', '单位', '手机', '被约人', '单位', '手机'],
      ['', '', '13800000001', '王芳', '清华大学', ''],
      ['张伟', '智感', '', '王芳', '北京理工大学', ''],
    ];
    const mapping = detectRequestHeader(rows);
    expect(mapping.columns).toEqual({ fromName: 0, fromOrganisation: 1, fromMobile: 2, toName: 3, toOrganisation: 4, toMobile: 5 });
    const plan = planOf(rows);
    expect(plan.accepted.map((a) => [a.draft.fromId, a.draft.toId])).toEqual([
      [ZHANG, WANG_THU],
      [ZHANG, WANG_BIT],
    ]);
  });

  it('skips empty rows and keeps Excel’s row numbers', () => {
    const plan = planOf(sheet(row({}), row({ 发起人: '张伟', 约谈对象: '钱七' })));
    expect(plan.rejected.map((r) => r.rowNumber)).toEqual([4]);
  });

  it('refuses a mapping without a way to identify a side, and a sheet without data', () => {
    expect(planRequestImport([['发起人', '成果']], { headerRow: 0, columns: { fromName: 0, achievement: 1 } }, context())).toEqual({
      ok: false,
      message: '请先为“约谈对象（姓名、手机或胸卡码）”选择对应的列',
    });
    expect(planRequestImport([['发起人', '约谈对象']], { headerRow: 0, columns: { fromName: 0, toName: 1 } }, context())).toEqual({
      ok: false,
      message: '表头下方没有数据行，请检查是否选对了工作表和表头行',
    });
  });
});
