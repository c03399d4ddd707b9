import { describe, expect, it } from 'vitest';
import { createAnalyzer, createMatcher, DEFAULT_WEIGHTS, type MatchDoc } from '../../../shared/matching';

/** Whitespace segmentation: these tests are about scoring, not about jieba. */
const analyzer = createAnalyzer({ segment: (t) => t.split(/\s+/), synonyms: [['锂离子电池', '锂电池']] });

const battery: MatchDoc = { id: 'a-battery', title: '锂离子电池 正极材料', field: '新能源', cooperationModes: ['技术转让', '技术许可'], maturity: '中试', priceWan: 120, region: '北京' };
const cells: MatchDoc = { id: 'a-cells', title: 'CAR-T 细胞治疗', field: '生物医药', cooperationModes: ['合作开发'], maturity: '研发中', priceWan: 900 };
const recycling: MatchDoc = { id: 'a-recycling', title: '电池回收', description: '锂电池 正极材料 回收 再生', field: '节能环保' };
const need: MatchDoc = { id: 'n1', title: '锂电池 正极材料', field: '新能源', cooperationModes: ['技术转让'], budgetWan: 200, region: '北京' };

const fresh = (...docs: MatchDoc[]) => {
  const m = createMatcher(analyzer);
  m.add(docs);
  return m;
};

describe('createMatcher', () => {
  it('ranks title matches above description matches and leaves out records sharing no term', () => {
    const ranked = fresh(battery, cells, recycling).rank(need);
    expect(ranked.map((s) => s.id)).toEqual(['a-battery', 'a-recycling']);
  });

  it('splits the score into text in 0…1 and bounded structured parts that scale it', () => {
    const [best] = fresh(battery, cells, recycling).rank(need);
    if (!best) throw new Error('no suggestion');
    expect(best.parts.text).toBeGreaterThan(0);
    expect(best.parts.text).toBeLessThanOrEqual(1);
    expect(best.parts).toMatchObject({ field: DEFAULT_WEIGHTS.field, cooperation: DEFAULT_WEIGHTS.cooperation, maturity: DEFAULT_WEIGHTS.maturity, budget: DEFAULT_WEIGHTS.budget, region: DEFAULT_WEIGHTS.region });
    const { text, field, cooperation, maturity, budget, region } = best.parts;
    expect(best.score).toBeCloseTo(text * (1 + field + cooperation + maturity + budget + region), 12);
  });

  it('gives a copy of the need a text score of exactly 1, the most any record can get', () => {
    const ranked = fresh({ ...need, id: 'copy' }, battery, recycling).rank(need);
    expect(ranked.find((s) => s.id === 'copy')?.parts.text).toBe(1);
    for (const s of ranked) expect(s.parts.text).toBeLessThanOrEqual(1);
  });

  it('explains each suggestion in Chinese a person can check', () => {
    const [best] = fresh(battery).rank(need);
    expect(best?.sharedTerms).toEqual(expect.arrayContaining(['锂离子电池', '正极材料']));
    expect(best?.reasons).toEqual([
      expect.stringMatching(/^共同关键词：(锂离子电池|正极材料)、(锂离子电池|正极材料)$/),
      '领域相同：新能源',
      '合作方式匹配：技术转让',
      '成熟度中试，满足需求（中试及以上）',
      '转化价格120万元在预算200万元内',
      '同一地区：北京',
    ]);
  });

  it('penalises a price far over budget, an immature result for a funded need and disjoint cooperation modes', () => {
    const [pricey] = fresh({ ...cells, title: '锂电池 正极材料' }).rank(need);
    expect(pricey?.parts.budget).toBe(-DEFAULT_WEIGHTS.budget);
    expect(pricey?.parts.maturity).toBeLessThan(0);
    expect(pricey?.parts.cooperation).toBeLessThan(0);
    expect(pricey?.reasons).toContain('转化价格900万元超出预算200万元');
    expect(pricey?.reasons).toContain('合作方式不一致：需求希望技术转让，成果提供合作开发');
  });

  it('re-ranks only the given candidates, returns all of them even at score 0, ignores unknown ids', () => {
    const ranked = fresh(battery, cells, recycling).rank(need, { candidates: ['a-cells', 'nope', 'a-battery', 'a-cells'] });
    expect(ranked.map((s) => s.id)).toEqual(['a-battery', 'a-cells']);
    expect(ranked[1]?.parts.text).toBe(0);
  });

  it('cuts to top n and breaks ties by id', () => {
    const twins = ['b', 'c', 'a'].map((id) => ({ id, title: '正极材料' }));
    const m = fresh(...twins);
    expect(m.rank({ id: 'q', title: '正极材料' }).map((s) => s.id)).toEqual(['a', 'b', 'c']);
    expect(m.rank({ id: 'q', title: '正极材料' }, { top: 2 }).map((s) => s.id)).toEqual(['a', 'b']);
  });

  it('adds, replaces and removes records incrementally', () => {
    const m = fresh(battery);
    m.add([recycling]);
    expect(m.rank(need).map((s) => s.id)).toEqual(['a-battery', 'a-recycling']);
    m.remove('a-battery');
    expect(m.rank(need).map((s) => s.id)).toEqual(['a-recycling']);
    m.add([{ ...recycling, title: '风电 叶片', description: '' }]);
    expect(m.rank(need)).toEqual([]);
    m.remove('unknown');
  });

  it('lets every weight be overridden', () => {
    const m = createMatcher(analyzer, { field: 0, region: 0 });
    m.add([battery]);
    expect(m.rank(need)[0]?.parts).toMatchObject({ field: 0, region: 0 });
  });

  it('never lets the signals outrank a record that answers the need better (they scale the text, not add to it)', () => {
    const sameFieldOnly: MatchDoc = { id: 'a-field', title: '正极材料 风电', field: '新能源', cooperationModes: ['技术转让'], maturity: '可量产', priceWan: 10, region: '北京' };
    const answers: MatchDoc = { id: 'a-answer', title: '锂离子电池 正极材料', field: '节能环保' };
    expect(fresh(sameFieldOnly, answers).rank(need).map((s) => s.id)).toEqual(['a-answer', 'a-field']);
  });

  it('ranks needs for an achievement in the reverse view, reading the need side of each signal as the need’s', () => {
    const m = createMatcher(analyzer, {}, { indexes: 'needs' });
    m.add([need, { id: 'n-far', title: '锂电池 回收', budgetWan: 50, field: '节能环保' }]);
    const [first, second] = m.rank(battery);
    expect(first?.id).toBe('n1');
    expect(first?.reasons).toContain('转化价格120万元在预算200万元内');
    expect(second?.reasons).toContain('转化价格120万元超出预算50万元');
  });
});
