import { appendPosting, createPosting, removeFromPosting, type Posting } from './postings';
import type { MatchDoc } from './types';
import { IDF_COLLECTION_SIZE } from './weights';

/**
 * The character side of the text score: a TF-IDF cosine over character
 * bigrams. Words decide what a record is about, but Chinese word boundaries
 * are uncertain: jieba cuts 高镍三元正极材料 one way in a need and another way
 * in an achievement, and partly shared compounds (锂电池 / 锂离子电池) share
 * no word at all. Bigrams see through both, and the cosine's length
 * normalisation keeps a long write-up from winning by covering everything.
 * Word and bigram evidence together is the classic recipe for Chinese
 * retrieval; each counts for half of the text score.
 */

/**
 * Bigrams of each run of letters and digits (NFKC, case-folded); a run of
 * one character is itself. Runs end at spaces and punctuation, so no bigram
 * spans two keywords or two sentences.
 */
export const characterBigrams = (text: string): string[] => {
  const out: string[] = [];
  for (const run of text.normalize('NFKC').toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    // Slicing is right for the Basic Multilingual Plane, where all common Han characters live; only runs with surrogate pairs pay for splitting into code points.
    const chars: ArrayLike<string> = SURROGATE.test(run) ? [...run] : run;
    if (chars.length === 1) out.push(chars[0] as string);
    for (let i = 0; i + 1 < chars.length; i++) out.push(typeof chars === 'string' ? chars.slice(i, i + 2) : `${chars[i]}${chars[i + 1]}`);
  }
  return out;
};

const SURROGATE = /[\ud800-\udfff]/;

/** Term frequencies sorted by term: both sides of a dot product add in the same order, so a record's copy scores exactly 1. */
export type GramVector = { terms: string[]; tfs: number[] };

export const gramVector = (doc: MatchDoc): GramVector => {
  const counts = new Map<string, number>();
  for (const text of [doc.title, ...(doc.keywords ?? []), doc.description ?? '']) for (const g of characterBigrams(text)) counts.set(g, (counts.get(g) ?? 0) + 1);
  const terms = [...counts.keys()].sort();
  return { terms, tfs: terms.map((t) => counts.get(t) as number) };
};

/** Smoothed IDF over the same fixed collection size as the words (see IDF_COLLECTION_SIZE). */
const gramIdf = (documentFrequency: number): number => Math.log(1 + IDF_COLLECTION_SIZE / (documentFrequency + 0.5));

/** A query's bigrams, weighted and matched to their postings, ready to walk. */
export type GramQuery = { weights: Float64Array; idfs: Float64Array; postings: (Posting | undefined)[]; normSquared: number; terms: string[] };

export type GramIndex = {
  add(slot: number, vector: GramVector): void;
  remove(slot: number, vector: GramVector): void;
  query(vector: GramVector): GramQuery;
  /** Adds each record's raw dot product with the query into `sums` (by slot). */
  accumulate(query: GramQuery, sums: Float64Array): void;
  /** Squared norms by slot, current for the index as it is now; read once per ranking. */
  norms(): Float64Array;
  dotOf(query: GramQuery, vector: GramVector): number;
};

/** A record's cosine with the query from its dot product and squared norm. */
export const cosineOf = (query: GramQuery, dot: number, normSquared: number): number => {
  if (dot <= 0 || normSquared <= 0 || query.normSquared <= 0) return 0;
  // One square root of the product: for a copy dot = |q|² = |d|² bit for bit, and √(x·x) = x exactly.
  return Math.min(1, dot / Math.sqrt(query.normSquared * normSquared));
};

/**
 * Postings of raw term frequencies plus each record's vector. A record's
 * norm depends on the IDF of its bigrams, which other records change, so
 * norms are worked out again (one pass over the stored vectors, no
 * re-analysis) the first time a ranking needs them after a change.
 */
export const createGramIndex = (vectorOf: (slot: number) => GramVector | undefined, slotCount: () => number): GramIndex => {
  const postings = new Map<string, Posting>();
  let version = 0;
  let normsVersion = -1;
  let norms = new Float64Array(0);

  const idfOf = (term: string): number => gramIdf(postings.get(term)?.length ?? 0);

  const normSquaredOf = (vector: GramVector): number => {
    let sum = 0;
    for (let i = 0; i < vector.terms.length; i++) {
      const w = (vector.tfs[i] as number) * idfOf(vector.terms[i] as string);
      sum += w * w;
    }
    return sum;
  };

  const freshNorms = (): Float64Array => {
    if (normsVersion === version && norms.length >= slotCount()) return norms;
    norms = new Float64Array(slotCount());
    for (let slot = 0; slot < norms.length; slot++) {
      const vector = vectorOf(slot);
      if (vector) norms[slot] = normSquaredOf(vector);
    }
    normsVersion = version;
    return norms;
  };

  return {
    add(slot, vector) {
      vector.terms.forEach((term, i) => {
        let posting = postings.get(term);
        if (!posting) postings.set(term, (posting = createPosting()));
        appendPosting(posting, slot, vector.tfs[i] as number);
      });
      version++;
    },
    remove(slot, vector) {
      for (const term of vector.terms) {
        const posting = postings.get(term);
        if (!posting) continue;
        removeFromPosting(posting, slot);
        if (posting.length === 0) postings.delete(term);
      }
      version++;
    },
    query({ terms, tfs }) {
      const idfs = Float64Array.from(terms, idfOf);
      const weights = Float64Array.from(terms, (_, i) => (tfs[i] as number) * (idfs[i] as number));
      let normSquared = 0;
      for (const w of weights) normSquared += w * w;
      return { terms, weights, idfs, postings: terms.map((t) => postings.get(t)), normSquared };
    },
    accumulate(query, sums) {
      for (let t = 0; t < query.postings.length; t++) {
        const posting = query.postings[t];
        if (!posting) continue;
        const { slots, values: tfs, length } = posting;
        const w = query.weights[t] as number;
        const idf = query.idfs[t] as number;
        for (let i = 0; i < length; i++) {
          const slot = slots[i] as number;
          // w × (tf × idf): the record's weight computed exactly as in its norm.
          sums[slot] = (sums[slot] as number) + w * ((tfs[i] as number) * idf);
        }
      }
    },
    norms: freshNorms,
    dotOf(query, vector) {
      let dot = 0;
      let j = 0;
      for (let t = 0; t < query.terms.length; t++) {
        const term = query.terms[t] as string;
        while (j < vector.terms.length && (vector.terms[j] as string) < term) j++;
        if (vector.terms[j] === term) dot += (query.weights[t] as number) * ((vector.tfs[j] as number) * (query.idfs[t] as number));
      }
      return dot;
    },
  };
};
