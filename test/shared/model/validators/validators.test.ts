import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { emailProblem, mobileProblem, normalizeMobile, patentCheckDigit, patentProblem, usccCheckChar, usccProblem } from '@shared/model';

describe('统一社会信用代码', () => {
  it('accepts real codes and rejects a wrong check character', () => {
    // Published codes of public bodies (Tsinghua University; Huawei Technologies).
    expect(usccProblem('12100000400000624D')).toBeUndefined();
    expect(usccProblem('914403001922038216')).toBeUndefined();
    expect(usccProblem('914403001922038217')).toBe('统一社会信用代码校验位不正确，请核对');
  });

  it('names length and alphabet problems', () => {
    expect(usccProblem('91440300')).toBe('统一社会信用代码应为18位，当前为8位');
    expect(usccProblem('91440300192203821I')).toBe('统一社会信用代码含有无效字符“I”');
  });

  it('every code made with its computed check character is valid', () => {
    const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY'.split('');
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { minLength: 17, maxLength: 17 }), (chars) => {
        const body = chars.join('');
        expect(usccProblem(body + usccCheckChar(body))).toBeUndefined();
      }),
    );
  });
});

describe('手机号', () => {
  it('normalises +86, spaces and dashes', () => {
    expect(normalizeMobile('+86 138-0013-8000')).toBe('13800138000');
    expect(normalizeMobile('008613800138000')).toBe('13800138000');
    expect(mobileProblem('138 0013 8000')).toBeUndefined();
  });
  it('explains what is wrong', () => {
    expect(mobileProblem('1380013')).toBe('手机号应为11位，当前为7位');
    expect(mobileProblem('12800138000')).toBe('手机号应以13–19开头');
    expect(mobileProblem('138abc38000')).toBe('手机号只能包含数字');
  });
});

describe('专利号', () => {
  it('accepts application numbers whose check digit is right, with or without prefix and dot', () => {
    const body = '202110123456';
    const n = `ZL${body}.${patentCheckDigit(body)}`;
    expect(patentProblem(n)).toBeUndefined();
    expect(patentProblem(`${body}${patentCheckDigit(body)}`)).toBeUndefined();
    expect(patentProblem('CN112345678A')).toBeUndefined();
  });
  it('computes the check digit as the weighted sum mod 11 with X for 10', () => {
    // 2·2+3·0+4·2+5·1+6·1+7·0+8·1+9·2+2·3+3·4+4·5+5·6 = 117 = 10·11 + 7
    expect(patentCheckDigit('202110123456')).toBe('7');
    expect(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'X']).toContain(patentCheckDigit('200310100001'));
  });
  it('rejects a wrong check digit, a bad type digit and garbage', () => {
    expect(patentProblem('ZL202110123456.8')).toContain('校验位不正确');
    expect(patentProblem('ZL202150123456.1')).toContain('专利类型位');
    expect(patentProblem('专利一项')).toContain('格式不正确');
  });
});

describe('邮箱', () => {
  it('accepts ordinary addresses and rejects broken ones', () => {
    expect(emailProblem('zhang.wei@tsinghua.edu.cn')).toBeUndefined();
    expect(emailProblem('zhangwei@')).toBe('邮箱“zhangwei@”格式不正确');
  });
});
