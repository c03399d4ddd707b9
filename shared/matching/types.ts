import type { AnalysisCache } from './analyses';
/**
 * One record as the matcher sees it: a need (技术需求) as the query, or an
 * achievement (科技成果) in the index. Only the fields matching reads.
 */
export type MatchDoc = {
  id: string;
  title: string;
  description?: string;
  keywords?: string[];
  field?: string;
  /** For a need: the modes it wants; for an achievement: the modes it offers. */
  cooperationModes?: string[];
  /** For an achievement: its stage; for a need: the least stage it can use. */
  maturity?: string;
  trl?: number;
  budgetWan?: number;
  priceWan?: number;
  region?: string;
};

/** Every knob of the score, explicit so the UI can show and adjust it. */
export type MatchWeights = {
  /** BM25F field weights: a term in the title counts this many times. */
  title: number;
  keywords: number;
  description: number;
  /** BM25 saturation: how fast repeats of a term stop adding. */
  k1: number;
  /** BM25 length normalisation: 0 = none, 1 = full. */
  b: number;
  /** Structured signals, added to the text score (which lies in 0…1). */
  field: number;
  cooperation: number;
  maturity: number;
  budget: number;
  region: number;
};

/** The score split into what made it: text in 0…1, the signals each within ±their weight. */
export type ScoreParts = { text: number; field: number; cooperation: number; maturity: number; budget: number; region: number };

export type Suggestion = {
  id: string;
  score: number;
  parts: ScoreParts;
  /** Shared terms, most telling first, as a person would write them. */
  sharedTerms: string[];
  /** Chinese sentences a person can check against both records. */
  reasons: string[];
};

export type RankOptions = {
  top?: number;
  /** Re-rank only these ids (unknown ids ignored); all of them are returned, even at score 0. */
  candidates?: readonly string[];
};

export type Matcher = {
  /** Adds records, replacing any with the same id; touches only their own postings. */
  add(docs: readonly MatchDoc[]): void;
  remove(id: string): void;
  rank(query: MatchDoc, options?: RankOptions): Suggestion[];
};

export type MatcherOptions = {
  /**
   * What the index holds. `achievements` (the default; experts too): queries
   * are needs. `needs`: the reverse view, queries are achievements, and the
   * structured signals still read the need's side as the need's.
   */
  indexes?: 'achievements' | 'needs';
  /** Share record analyses with other matchers over the same records (see analyses.ts). */
  analyses?: AnalysisCache;
};
