import { describe, expect, it } from 'vitest';
import { CLEAR_KEY, sampleQueries, shownCount, strokesOf } from '../../../../bench/pages/registry/plan';

describe('the typing plan of the registry benchmark', () => {
  const countOf = (text: string) => (text === '' ? 20_000 : 100 - text.length);

  it('types a query one character at a time, a hanzi whole, then clears the box', () => {
    expect(strokesOf([{ kind: 'hanzi name', query: '张伟' }], countOf)).toEqual([
      { kind: 'hanzi name', text: '张', key: '张', expected: 99 },
      { kind: 'hanzi name', text: '张伟', key: '伟', expected: 98 },
      { kind: 'clear', text: '', key: CLEAR_KEY, expected: 20_000 },
    ]);
  });

  it('keeps spaces as keystrokes of their own', () => {
    const texts = strokesOf([{ kind: 'initials + organisation', query: 'zw 科技' }], countOf).map((s) => s.key);
    expect(texts).toEqual(['z', 'w', ' ', '科', '技', CLEAR_KEY]);
  });

  it('samples every n-th query from an offset, so every kind keeps its share', () => {
    expect(sampleQueries([0, 1, 2, 3, 4, 5, 6, 7, 8], 4)).toEqual([0, 4, 8]);
    expect(sampleQueries([0, 1, 2, 3, 4, 5, 6, 7, 8], 4, 2)).toEqual([2, 6]);
  });

  it("reads the count the list's caption shows", () => {
    expect(shownCount('共 20000 条')).toBe(20_000);
    expect(shownCount('共 20000 条，显示 12 条')).toBe(12);
    expect(shownCount('共 20000 条，显示 0 条')).toBe(0);
    expect(shownCount('')).toBeUndefined();
  });
});
