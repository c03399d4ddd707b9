import { describe, expect, it } from 'vitest';
import { columnLetter, detectHeader, guessMapping, missingRequired, normalizeHeader } from '@shared/import';

describe('header matching', () => {
  it('normalises width, case, spaces, markers and notes in brackets', () => {
    expect(normalizeHeader('＊手机号码（必填）')).toBe('手机号码');
    expect(normalizeHeader(' E-mail ')).toBe('email');
    expect(normalizeHeader('预算（万元）')).toBe('预算');
    expect(normalizeHeader('姓　名')).toBe('姓名');
  });

  it('recognises the common headers of a 报名表', () => {
    const { columns, unmapped } = guessMapping(['序号', '姓名', '工作单位', '单位类型', '职务', '手机号码', '电子邮箱', '参会身份', '备注'], 'participants');
    expect(columns).toEqual({ name: 1, organisation: 2, orgKind: 3, title: 4, mobile: 5, email: 6, roles: 7, notes: 8 });
    expect(unmapped).toEqual([0]);
  });

  it('prefers exact matches and the noun at the end of a header', () => {
    expect(guessMapping(['联系人', '联系人手机', '所在单位名称'], 'participants').columns).toEqual({ name: 0, mobile: 1, organisation: 2 });
    expect(guessMapping(['单位', '单位类型'], 'participants').columns).toEqual({ organisation: 0, orgKind: 1 });
  });

  it('matches generic words like 类型 only as whole headers', () => {
    expect(guessMapping(['姓名', '证件类型', '类型'], 'participants')).toEqual({ columns: { name: 0, orgKind: 2 }, unmapped: [1] });
  });

  it('maps needs and achievements headers', () => {
    expect(guessMapping(['需求名称', '企业名称', '所属领域', '关键字', '合作方式', '预算（万元）', '截止日期', '需求详情'], 'needs').columns).toEqual({
      title: 0,
      owner: 1,
      field: 2,
      keywords: 3,
      cooperationModes: 4,
      budgetWan: 5,
      deadline: 6,
      description: 7,
    });
    expect(guessMapping(['成果名称', '完成单位', '技术领域', '技术成熟度', 'TRL', '知识产权', '转让价格（万元）', '成果介绍'], 'achievements').columns).toEqual({
      title: 0,
      owner: 1,
      field: 2,
      maturity: 3,
      trl: 4,
      patents: 5,
      priceWan: 6,
      summary: 7,
    });
  });

  it('finds the header row below title rows', () => {
    const rows = [['2026中关村对接会报名表'], ['填表日期：2026年5月1日'], [], ['序号', '姓名', '单位', '手机'], ['1', '张伟', '甲公司', '13800138000']];
    expect(detectHeader(rows, 'participants')).toEqual({ headerRow: 3, columns: { name: 1, organisation: 2, mobile: 3 }, unmapped: [0] });
  });

  it('names required fields without a column', () => {
    expect(missingRequired('participants', { mobile: 0 })).toEqual(['姓名']);
    expect(missingRequired('achievements', { title: 0, owner: 1, field: 2, trl: 3 })).toEqual([]);
    expect(missingRequired('achievements', { title: 0, owner: 1, field: 2 })).toEqual(['成熟度']);
  });

  it('letters columns as Excel does', () => {
    expect([0, 25, 26, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA']);
  });
});
