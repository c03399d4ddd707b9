import type { MatchWeights } from './types';

/**
 * Text decides; the structured signals reorder near-equals. The text score is
 * the share of the need's own text weight an achievement matches (0…1), so a
 * signal of 0.15 is worth about one mid-weight shared term out of seven.
 */
export const DEFAULT_WEIGHTS: MatchWeights = {
  title: 3,
  keywords: 2,
  description: 1,
  k1: 1.2,
  b: 0.75,
  field: 0.15,
  cooperation: 0.1,
  maturity: 0.05,
  budget: 0.05,
  region: 0.03,
};

/**
 * Length normalisation uses these fixed typical lengths (in terms) instead of
 * the running averages, and IDF a fixed collection size: then adding a record
 * changes only the scores of queries that share a term with it, which is what
 * makes `add` incremental and keeps the order of unrelated suggestions stable.
 */
export const REFERENCE_LENGTHS = { title: 8, keywords: 5, description: 60 } as const;
export const IDF_COLLECTION_SIZE = 1000;
