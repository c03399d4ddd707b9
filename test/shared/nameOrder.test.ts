import { describe, expect, it } from 'vitest';
import { compareNames } from '@shared/nameOrder';

describe('compareNames', () => {
  it('orders Chinese names by pinyin', () => {
    expect(['张伟', '安娜', '王芳', '李娜'].sort(compareNames)).toEqual(['安娜', '李娜', '王芳', '张伟']);
  });

  it('orders numbers inside names by value', () => {
    expect(['10号楼', '2号楼', '1号楼'].sort(compareNames)).toEqual(['1号楼', '2号楼', '10号楼']);
  });

  it('is a total order that says equal only of equal names', () => {
    expect(compareNames('王芳', '王芳')).toBe(0);
    expect(Math.sign(compareNames('王芳', '王方'))).toBe(-Math.sign(compareNames('王方', '王芳')));
  });
});
