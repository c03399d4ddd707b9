import { describe, expect, it } from 'vitest';
import { guessOrgKind, personName, readDate, readMobile, readModes, readRoles, readTrl, readWan, splitList, splitPatents, readField, readMaturity } from '@shared/import';
import { patentProblem } from '@shared/model';

describe('cell readers', () => {
  it('splits lists on Chinese and ASCII separators and spaces', () => {
    expect(splitList('机器视觉、深度学习，AI;  边缘计算/芯片')).toEqual(['机器视觉', '深度学习', 'AI', '边缘计算', '芯片']);
  });

  it('keeps patent numbers written with spaces whole', () => {
    const ok = (s: string) => patentProblem(s) === undefined;
    expect(splitPatents('ZL 2021 1012 3456.7；CN112345678A', ok)).toEqual(['ZL 2021 1012 3456.7', 'CN112345678A']);
    expect(splitPatents('CN112345678A CN212345678U', ok)).toEqual(['CN112345678A', 'CN212345678U']);
  });

  it('reads 万元 amounts in the forms people write', () => {
    expect(readWan('120', '预算')).toEqual({ value: 120 });
    expect(readWan('120万', '预算')).toEqual({ value: 120 });
    expect(readWan('1,200万元', '预算')).toEqual({ value: 1200 });
    expect(readWan('1.2亿', '预算')).toEqual({ value: 12000 });
    expect(readWan('50000元', '预算')).toEqual({ value: 5 });
    expect(readWan('面议', '预算')).toEqual({ value: undefined });
    expect(readWan('一百万', '预算')).toEqual({ problem: '预算“一百万”不是有效金额，请填写数字（单位：万元）' });
  });

  it('reads dates, Excel serial numbers included', () => {
    for (const raw of ['2026-05-20', '2026/5/20', '2026.5.20', '2026年5月20日', '20260520', '46162', '2026-05-20 00:00:00']) {
      expect(readDate(raw)).toEqual({ value: '2026-05-20' });
    }
    expect(readDate('下个月')).toEqual({ value: '下个月' });
  });

  it('reads mobiles given as numbers and spots scientific notation', () => {
    expect(readMobile('13800138000.0')).toEqual({ value: '13800138000' });
    expect(readMobile('1.38001E+10').problem).toContain('科学计数法');
  });

  it('understands role, mode, field and maturity synonyms', () => {
    expect(readRoles('企业代表、专家')).toEqual({ value: ['需求方', '专家'] });
    expect(readRoles('科研人员')).toEqual({ value: ['成果方'] });
    expect(readRoles('投资')).toEqual({ value: ['投资人'] });
    expect(readRoles('记者').problem).toBe('参会角色“记者”无法识别，应为：需求方、成果方、专家、投资人、工作人员');
    expect(readModes('转让，联合研发、委托开发')).toEqual({ value: ['技术转让', '合作开发', '委托开发'] });
    expect(readModes('不限')).toEqual({ value: undefined });
    expect(readField('人工智能')).toEqual({ value: '新一代信息技术' });
    expect(readField('新能源汽车')).toEqual({ value: '新能源汽车' });
    expect(readMaturity('已完成中试')).toEqual({ value: '中试' });
    expect(readMaturity('产业化')).toEqual({ value: '可量产' });
    expect(readTrl('TRL6')).toEqual({ value: 6 });
    expect(readTrl('十').problem).toBe('技术就绪度“十”应为1–9的整数');
  });

  it('guesses the kind of an organisation from its name', () => {
    expect(guessOrgKind('清华大学')).toBe('高校');
    expect(guessOrgKind('中国科学院自动化研究所')).toBe('科研院所');
    expect(guessOrgKind('北京某某研究院有限公司')).toBe('企业');
    expect(guessOrgKind('启明创投')).toBe('投资机构');
    expect(guessOrgKind('海淀区科学技术委员会')).toBe('政府部门');
    expect(guessOrgKind('北京智感科技')).toBe('企业');
  });

  it('closes the gaps in padded two-character names', () => {
    expect(personName(' 张　 伟 ')).toBe('张伟');
    expect(personName('John  Smith')).toBe('John Smith');
  });
});
