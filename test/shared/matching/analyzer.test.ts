import { add_word, cut } from 'jieba-wasm';
import { describe, expect, it } from 'vitest';
import { createAnalyzer, DOMAIN_DICTIONARY, DOMAIN_SYNONYMS, GENERIC_TERM_WEIGHT } from '../../../shared/matching';

const jieba = (words: readonly string[]) => {
  for (const w of words) add_word(w);
  return (text: string) => cut(text, true);
};

const analyzer = createAnalyzer({ segment: jieba(DOMAIN_DICTIONARY), dictionary: DOMAIN_DICTIONARY, synonyms: DOMAIN_SYNONYMS});

describe('analyzer with jieba injected', () => {
  it('segments Chinese into words and drops stop words, punctuation and single characters', () => {
    const terms = analyzer.analyze('基于深度学习的机器视觉检测，用于工业产线。');
    expect(terms).toContain('检测');
    expect(terms).toContain('机器视觉');
    expect(terms).not.toContain('基于');
    expect(terms).not.toContain('的');
    expect(terms).not.toContain('，');
    expect(terms.every((t) => [...t].length > 1)).toBe(true);
  });

  it('keeps English terms and acronyms whole and case-folded, with their written form as label', () => {
    const terms = analyzer.analyze('CAR-T细胞与MEMS传感器、PEEK材料及5G通信');
    expect(terms).toEqual(expect.arrayContaining(['car-t', 'mems', 'peek', '5g']));
    expect(terms).not.toContain('car');
    expect(analyzer.label('car-t')).toBe('CAR-T');
  });

  it('keeps numbers with units as one term and drops bare numbers', () => {
    const terms = analyzer.analyze('响应时间200ms，效率99%，800V平台，2024年投产');
    expect(terms).toEqual(expect.arrayContaining(['200ms', '99%', '800v']));
    expect(terms).not.toContain('2024');
  });

  it('folds full-width characters (NFKC) before anything else', () => {
    expect(analyzer.analyze('ＭＥＭＳ　５Ｇ')).toEqual(['mems', '5g']);
  });

  it('maps synonyms to one canonical term', () => {
    expect(analyzer.analyze('锂电池')).toEqual(['锂离子电池']);
    expect(analyzer.analyze('锂离子电池')).toEqual(['锂离子电池']);
    expect(analyzer.analyze('AI质检')).toContain('人工智能');
  });

  it('re-joins dictionary words the segmenter split, even when not registered there', () => {
    const plain = createAnalyzer({ segment: (t) => cut(t, true), dictionary: ['高镍正极']});
    expect(plain.analyze('高镍正极')).toEqual(['高镍正极']);
  });

  it('gives very generic domain words a low weight instead of dropping them', () => {
    expect(analyzer.analyze('储能技术')).toContain('技术');
    expect(analyzer.weight('技术')).toBe(GENERIC_TERM_WEIGHT);
    expect(analyzer.weight('储能')).toBe(1);
  });

  it('survives emoji, mixed scripts and empty text', () => {
    expect(analyzer.analyze('')).toEqual([]);
    expect(analyzer.analyze('😀🚀')).toEqual([]);
    expect(() => analyzer.analyze('Привет 日本語テキスト 한국어 🚀 锂电池\u0000')).not.toThrow();
  });
});
