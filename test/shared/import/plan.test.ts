import { describe, expect, it } from 'vitest';
import { detectHeader, MAX_IMPORT_ROWS, planImport, type ExistingRecords, type ImportPlan } from '@shared/import';

const ZHIGAN = 'org_0000000000aaaaaaaaaaaaaaaa';
const existing: ExistingRecords = {
  organisations: [{ id: ZHIGAN, name: '北京智感科技有限公司', kind: '企业' }],
  participants: [{ id: 'ppl_0000000000aaaaaaaaaaaaaaaa', name: '张伟', mobile: '13800000001', organisationId: ZHIGAN, badgeCode: 'ZW0001' }],
};

const ORGS = ['北京智感科技有限公司', '清华大学', '中国科学院自动化研究所', '启明创投'];

/** A 报名表 as organisers make it: a title row, a header row, then 50 people, 5 of them bad. */
const signUpSheet = (): string[][] => {
  const rows: string[][] = [['2026中关村对接会报名表'], ['序号', '姓名', '工作单位', '单位类型', '手机号码', '职务', '参会身份']];
  for (let i = 1; i <= 50; i++) {
    const org = ORGS[i % ORGS.length] as string;
    rows.push([String(i), `参会人${i}`, org, '', `1390000${String(i).padStart(4, '0')}`, '经理', i % 2 === 0 ? '' : '专家']);
  }
  // Spreadsheet row n is rows[n - 1]; data starts at row 3.
  const set = (rowNumber: number, column: number, value: string) => {
    (rows[rowNumber - 1] as string[])[column] = value;
  };
  set(7, 1, ''); // missing name
  set(12, 4, '1380013'); // bad mobile
  set(20, 4, '13800000001'); // same mobile as stored 张伟
  set(30, 4, '13900000011'); // same mobile as 参会人11 on row 13
  set(41, 1, '张伟'); // same organisation + name as stored, different mobile
  set(41, 2, '北京智感科技有限公司');
  return rows;
};

const plan = (rows: string[][], extra: ExistingRecords = existing): ImportPlan<'participants'> => {
  const mapping = detectHeader(rows, 'participants');
  const result = planImport('participants', rows, mapping, extra);
  if (!result.ok) throw new Error(result.message);
  return result.plan;
};

describe('planImport of participants', () => {
  it('rejects exactly the 5 bad rows of 50, each with its reason, and accepts the other 45', () => {
    const p = plan(signUpSheet());
    expect(p.accepted).toHaveLength(45);
    expect(p.rejected).toEqual([
      { rowNumber: 7, label: '—（清华大学）', reasons: ['姓名不能为空'] },
      { rowNumber: 12, label: '参会人10（中国科学院自动化研究所）', reasons: ['手机号应为11位，当前为7位'] },
      { rowNumber: 20, label: '参会人18（中国科学院自动化研究所）', reasons: ['手机号与已有参会人“张伟”重复'] },
      { rowNumber: 30, label: '参会人28（北京智感科技有限公司）', reasons: ['与第13行重复（手机号相同）'] },
      { rowNumber: 41, label: '张伟（北京智感科技有限公司）', reasons: ['与已有参会人“张伟（北京智感科技有限公司）”重复'] },
    ]);
  });

  it('links stored organisations, plans new ones once, and derives missing roles from the organisation kind', () => {
    const p = plan(signUpSheet());
    const first = p.accepted[0];
    expect(first?.rowNumber).toBe(3);
    expect(first?.organisation).toEqual({ newName: '清华大学' });
    expect(first?.draft).toMatchObject({ name: '参会人1', mobile: '13900000001', roles: ['专家'], badgeCode: '' });
    const zhigan = p.accepted.find((r) => r.rowNumber === 6);
    expect(zhigan?.organisation).toEqual({ id: ZHIGAN });
    expect(zhigan?.draft.roles).toEqual(['需求方']);
    expect(p.newOrganisations.map((o) => [o.name, o.kind])).toEqual([
      ['清华大学', '高校'],
      ['中国科学院自动化研究所', '科研院所'],
      ['启明创投', '投资机构'],
    ]);
    expect(p.warnings.some((w) => w.includes('未填写参会角色，已按单位类型推断'))).toBe(true);
    expect(p.warnings.some((w) => w.startsWith('3个新机构未填写单位类型'))).toBe(true);
  });

  it('skips empty rows silently and keeps Excel row numbers', () => {
    const rows = [['姓名', '手机', '角色'], ['甲', '13700000001', '专家'], [], ['', '  ', ''], ['乙', '13700000002', '专家']];
    const p = plan(rows);
    expect(p.accepted.map((r) => r.rowNumber)).toEqual([2, 5]);
    expect(p.rejected).toEqual([]);
  });

  it('asks for a role when it cannot be derived', () => {
    const p = plan([['姓名'], ['王芳']]);
    expect(p.rejected[0]?.reasons).toEqual(['参会角色不能为空（应为：需求方、成果方、专家、投资人、工作人员）']);
  });

  it('reports every problem of a row, names the cell, and reports the same earlier row once', () => {
    const rows = [
      ['姓名', '单位', '手机', '邮箱', '角色'],
      ['李娜', '甲公司', '13700000001', '', '专家'],
      ['李娜', '甲公司', '13700000001', 'bad', '记者'],
    ];
    expect(plan(rows).rejected).toEqual([
      {
        rowNumber: 3,
        label: '李娜（甲公司）',
        reasons: ['参会角色“记者”无法识别，应为：需求方、成果方、专家、投资人、工作人员', '邮箱“bad”格式不正确', '与第2行重复（手机号相同、同单位同名）'],
      },
    ]);
  });

  it('refuses an unknown organisation kind only when the organisation would be created', () => {
    const rows = [
      ['姓名', '单位', '单位类型', '角色'],
      ['甲', '北京智感科技有限公司', '外星机构', '专家'],
      ['乙', '新单位', '外星机构', '专家'],
    ];
    const p = plan(rows);
    expect(p.accepted.map((r) => r.rowNumber)).toEqual([2]);
    expect(p.rejected[0]?.reasons[0]).toMatch(/^单位类型“外星机构”无法识别/);
    expect(p.newOrganisations).toEqual([]);
  });

  it('refuses a file over the row limit and a mapping without a name column', () => {
    const rows = [['姓名'], ...Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => [`人${i}`])];
    const big = planImport('participants', rows, { headerRow: 0, columns: { name: 0 } });
    expect(big).toEqual({ ok: false, message: '文件有50001行数据，超过单次导入上限50000行，请拆分成几个文件分批导入' });
    expect(planImport('participants', [['手机'], ['13700000001']], { headerRow: 0, columns: { mobile: 0 } })).toEqual({
      ok: false,
      message: '请先为“姓名”选择对应的列',
    });
    expect(planImport('participants', [['姓名']], { headerRow: 0, columns: { name: 0 } }).ok).toBe(false);
  });
});

describe('planImport of needs, achievements and organisations', () => {
  it('reads needs with their owner, contact, amounts and dates', () => {
    const rows = [
      ['需求名称', '企业名称', '所属领域', '关键词', '合作方式', '预算（万元）', '截止日期', '联系人'],
      ['视觉检测算法', '北京智感科技有限公司', '人工智能', '机器视觉、深度学习', '联合研发', '1.2亿', '2026年12月31日', '张伟'],
      ['视觉检测算法', '北京智感科技有限公司', '人工智能', '', '', '', '', ''],
      ['电池回收', '', '新能源', '', '', 'abc', '', ''],
      ['储能管理', '新能源公司', '储能', '', '', '', '', '王五'],
    ];
    const result = planImport('needs', rows, detectHeader(rows, 'needs'), existing);
    if (!result.ok) throw new Error(result.message);
    const [first, last] = result.plan.accepted;
    expect(first).toMatchObject({
      rowNumber: 2,
      organisation: { id: ZHIGAN },
      contactId: 'ppl_0000000000aaaaaaaaaaaaaaaa',
      draft: { title: '视觉检测算法', field: '新一代信息技术', keywords: ['机器视觉', '深度学习'], cooperationModes: ['合作开发'], budgetWan: 12000, deadline: '2026-12-31' },
    });
    expect(last).toMatchObject({ rowNumber: 5, organisation: { newName: '新能源公司' }, draft: { field: '新能源' } });
    expect(result.plan.rejected).toEqual([
      { rowNumber: 3, label: '视觉检测算法（北京智感科技有限公司）', reasons: ['与第2行重复（同单位同名）'] },
      { rowNumber: 4, label: '电池回收', reasons: ['预算“abc”不是有效金额，请填写数字（单位：万元）', '需求单位不能为空'] },
    ]);
    expect(result.plan.warnings).toContain('第5行的联系人不在参会人名单中（或有重名），导入后未关联联系人');
  });

  it('takes the maturity from TRL, validates patents and flags stored achievements', () => {
    const rows = [
      ['成果名称', '成果单位', '领域', 'TRL', '专利号', '转让价格（万元）'],
      ['柔性传感器', '清华大学', '新材料', 'TRL6', 'ZL202110123456.7', '面议'],
      ['旧成果', '北京智感科技有限公司', '新材料', '8', 'ZL123', ''],
      ['无阶段', '清华大学', '新材料', '', '', ''],
    ];
    const result = planImport('achievements', rows, detectHeader(rows, 'achievements'), {
      ...existing,
      achievements: [{ title: '旧成果', ownerId: ZHIGAN }],
    });
    if (!result.ok) throw new Error(result.message);
    expect(result.plan.accepted[0]?.draft).toMatchObject({ maturity: '中试', trl: 6, patents: ['ZL2021101234567'] });
    expect(result.plan.accepted[0]?.draft.priceWan).toBeUndefined();
    expect(result.plan.rejected.map((r) => r.reasons)).toEqual([
      ['专利号“ZL123”格式不正确（例：ZL202110123456.7 或 CN112345678A）', '与已有科技成果“旧成果”重复（同一成果单位）'],
      ['成熟度不能为空'],
    ]);
  });

  it('imports organisations, guessing kinds and refusing stored names', () => {
    const rows = [['单位名称', '单位类型'], ['北京智感科技有限公司', ''], ['北京大学', ''], ['某某协会', '服务机构'], ['北京大学', '']];
    const result = planImport('organisations', rows, detectHeader(rows, 'organisations'), existing);
    if (!result.ok) throw new Error(result.message);
    expect(result.plan.accepted.map((r) => [r.draft.name, r.draft.kind])).toEqual([
      ['北京大学', '高校'],
      ['某某协会', '服务机构'],
    ]);
    expect(result.plan.rejected.map((r) => r.reasons)).toEqual([['与已有机构“北京智感科技有限公司”重复'], ['与第3行重复（机构名称相同）']]);
  });
});
