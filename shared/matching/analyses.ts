import type { Analyzer } from './analyzer';
import { pseudoFrequencies } from './bm25f';
import { gramVector, type GramVector } from './grams';
import type { MatchDoc, MatchWeights } from './types';
import { DEFAULT_WEIGHTS } from './weights';

/** What a record's text becomes for the matcher: its weighted word frequencies and its bigram vector. */
export type DocAnalysis = { frequencies: ReadonlyMap<string, number>; grams: GramVector };

export type AnalysisCache = {
  analyzer: Analyzer;
  weights: MatchWeights;
  of(doc: MatchDoc): DocAnalysis;
};

/**
 * Segmenting is most of the cost of indexing and of a query. The app holds
 * needs in one index (for the reverse view) and ranks the same need objects
 * against achievements and experts, so matchers built on one cache analyse
 * each record once. Keyed by the record object: an edited record is a new
 * object and is analysed again; a dropped one is freed with it.
 */
export const createAnalysisCache = (analyzer: Analyzer, overrides: Partial<MatchWeights> = {}): AnalysisCache => {
  const weights: MatchWeights = { ...DEFAULT_WEIGHTS, ...overrides };
  const memo = new WeakMap<MatchDoc, DocAnalysis>();
  return {
    analyzer,
    weights,
    of(doc) {
      let analysis = memo.get(doc);
      if (!analysis) memo.set(doc, (analysis = { frequencies: pseudoFrequencies(analyzer, doc, weights), grams: gramVector(doc) }));
      return analysis;
    },
  };
};
