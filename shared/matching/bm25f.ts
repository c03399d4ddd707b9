import type { Analyzer } from './analyzer';
import type { MatchDoc, MatchWeights } from './types';
import { IDF_COLLECTION_SIZE, REFERENCE_LENGTHS } from './weights';

type FieldName = keyof typeof REFERENCE_LENGTHS;

const count = (terms: readonly string[]): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
};

/**
 * BM25F's per-document side: for each term, its frequencies in title,
 * keywords and description, each weighted and length-normalised by its own
 * field, summed into one pseudo term frequency. The same function turns a
 * need into its query, so a record and its copy get identical numbers.
 */
export const pseudoFrequencies = (analyzer: Analyzer, doc: MatchDoc, weights: MatchWeights): Map<string, number> => {
  const fields: Record<FieldName, string[]> = {
    title: analyzer.analyze(doc.title),
    keywords: (doc.keywords ?? []).flatMap((k) => analyzer.analyze(k)),
    description: doc.description === undefined ? [] : analyzer.analyze(doc.description),
  };
  const result = new Map<string, number>();
  for (const field of ['title', 'keywords', 'description'] as const) {
    const terms = fields[field];
    if (terms.length === 0) continue;
    const norm = 1 - weights.b + (weights.b * terms.length) / REFERENCE_LENGTHS[field];
    for (const [term, tf] of count(terms)) result.set(term, (result.get(term) ?? 0) + (weights[field] * tf) / norm);
  }
  return result;
};

/** BM25's IDF over a fixed collection size (see IDF_COLLECTION_SIZE), always positive. */
export const idf = (documentFrequency: number): number => Math.log(1 + IDF_COLLECTION_SIZE / (documentFrequency + 0.5));

export const saturate = (pseudoTf: number, k1: number): number => (pseudoTf * (k1 + 1)) / (pseudoTf + k1);

/**
 * One term's share of the text score is `factor × saturate(min(needTf, achievementTf))`.
 * The achievement's frequency is capped at the need's own: an achievement
 * cannot match a need better than the need matches itself, so the text score
 * (divided by the need's self-score) stays in 0…1 and a record's copy always
 * ranks first.
 */
export const termFactor = (termWeight: number, documentFrequency: number): number => termWeight * idf(documentFrequency);
