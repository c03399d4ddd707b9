import { describe, expect, it } from 'vitest';
import { bigramTfIdf, charBigrams, miniSearchBm25, randomOrder, segmentTerms } from '../../../bench/matching/baselines';
import type { CcfNeed } from '../../../bench/matching/ccf';

const need = (id: string, title: string, candidates: string[]): CcfNeed => ({
  id,
  title,
  text: '',
  candidates: candidates.map((keywords, i) => ({ id: `${id}#${i}`, keywords, terms: keywords.split(' '), level: 1 })),
});

const needs = [
  need('n1', '高镍三元动力电解液的开发', ['光伏 电池 激光 划片', '离子 液体 高压 电解液 技术', '自润滑 尼龙 复合材料']),
  need('n2', '尼龙复合材料注塑', ['锂离子 电池 材料', '尼龙 复合材料 研发']),
];

describe('baseline text handling', () => {
  it('segments with jieba, case-folds and drops punctuation', () => {
    expect(segmentTerms('CAR-T 电解液，开发')).toEqual(['car', 't', '电解液', '开发']);
  });

  it('makes character bigrams within runs, unigrams of one-character runs', () => {
    expect(charBigrams('电解液 A')).toEqual(['电解', '解液', 'a']);
  });
});

describe('baseline rankers', () => {
  it.each([miniSearchBm25, bigramTfIdf])('$name puts the candidate that shares the need’s words first and ranks only its own candidates', (ranker) => {
    const rank = ranker.index(needs);
    expect(rank(needs[0] as CcfNeed)[0]).toBe('n1#1');
    expect(rank(needs[1] as CcfNeed)).toEqual(['n2#1', 'n2#0']);
  });

  it('shuffles the same way for the same seed', () => {
    const a = randomOrder(3).index(needs)(needs[0] as CcfNeed);
    expect(randomOrder(3).index(needs)(needs[0] as CcfNeed)).toEqual(a);
    expect([...a].sort()).toEqual(['n1#0', 'n1#1', 'n1#2']);
  });
});
