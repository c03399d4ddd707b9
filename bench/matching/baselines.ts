import { cut } from 'jieba-wasm';
import MiniSearch from 'minisearch';
import type { CcfNeed } from './ccf';
import { orderByScore } from './ndcg';

/**
 * A ranker, in two steps so the bench can time them apart: `index` sees every
 * candidate achievement of the set once (what a ranker may learn without
 * labels: document frequencies), then the returned function orders one need's
 * candidates, best first. Labels (`level`) are never read here.
 */
export type Ranker = { name: string; index(needs: readonly CcfNeed[]): (need: CcfNeed) => string[] };

/** Words as jieba-wasm cuts them (HMM on), case-folded, without whitespace and punctuation. */
export const segmentTerms = (text: string): string[] =>
  cut(text, true)
    .map((t) => t.trim().toLowerCase())
    .filter((t) => /[\p{L}\p{N}]/u.test(t));

export const needText = (need: CcfNeed): string => `${need.title}\n${need.text}`;

type CandidateDoc = { id: string; text: string };
/** Each candidate once, though a set may list one under many needs (the demo set lists every achievement under every need). */
const candidateDocs = (needs: readonly CcfNeed[]): CandidateDoc[] => [
  ...new Map(needs.flatMap((n) => n.candidates.map((c) => [c.id, { id: c.id, text: c.keywords }] as const))).values(),
];
const idsOf = (need: CcfNeed): string[] => need.candidates.map((c) => c.id);

/**
 * MiniSearch's BM25 (its defaults: k1 1.2, b 0.7, d 0.5) over every candidate
 * of the set, with the jieba segmenter on both sides; the need's title and
 * text are one OR query, filtered to the need's own candidates. Candidates
 * that share no term come last, by id.
 */
export const miniSearchBm25: Ranker = {
  name: 'MiniSearch BM25 (jieba)',
  index(needs) {
    const ms = new MiniSearch<CandidateDoc>({
      fields: ['text'],
      tokenize: segmentTerms,
      processTerm: (term) => term,
      searchOptions: { combineWith: 'OR', prefix: false, fuzzy: false },
    });
    ms.addAll(candidateDocs(needs));
    return (need) => {
      const own = new Set(idsOf(need));
      const scores = new Map<string, number>();
      for (const hit of ms.search(needText(need), { filter: (r) => own.has(r.id as string) })) scores.set(hit.id as string, hit.score);
      return orderByScore(idsOf(need), (id) => scores.get(id) ?? 0);
    };
  },
};

/**
 * Character bigrams of each run of letters and digits (a one-character run
 * counts as a unigram), case-folded. Keyword strings keep their spaces, so no
 * bigram spans two keywords.
 */
export const charBigrams = (text: string): string[] => {
  const out: string[] = [];
  for (const run of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    const chars = [...run];
    if (chars.length === 1) out.push(chars[0] as string);
    for (let i = 0; i + 1 < chars.length; i++) out.push(`${chars[i]}${chars[i + 1]}`);
  }
  return out;
};

const countTerms = (terms: readonly string[]): Map<string, number> => {
  const tf = new Map<string, number>();
  for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
  return tf;
};

/**
 * Cosine of raw-count × smoothed-IDF vectors (idf = ln((1 + N) / (1 + df)) + 1,
 * N and df over every candidate of the set), character bigrams as terms.
 */
export const bigramTfIdf: Ranker = {
  name: 'character-bigram TF-IDF cosine',
  index(needs) {
    const docs = candidateDocs(needs);
    const tfs = new Map(docs.map((d) => [d.id, countTerms(charBigrams(d.text))] as const));
    const df = new Map<string, number>();
    for (const tf of tfs.values()) for (const t of tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
    const idf = (t: string) => Math.log((1 + docs.length) / (1 + (df.get(t) ?? 0))) + 1;
    const vectorOf = (tf: ReadonlyMap<string, number>) => {
      const v = new Map<string, number>();
      let norm = 0;
      for (const [t, n] of tf) {
        const w = n * idf(t);
        v.set(t, w);
        norm += w * w;
      }
      return { v, norm: Math.sqrt(norm) };
    };
    const vectors = new Map([...tfs].map(([id, tf]) => [id, vectorOf(tf)] as const));
    return (need) => {
      const q = vectorOf(countTerms(charBigrams(needText(need))));
      const cosine = (id: string) => {
        const d = vectors.get(id);
        if (!d || d.norm === 0 || q.norm === 0) return 0;
        let dot = 0;
        for (const [t, w] of q.v) dot += w * (d.v.get(t) ?? 0);
        return dot / (q.norm * d.norm);
      };
      return orderByScore(idsOf(need), cosine);
    };
  },
};

/** The candidates in the file's order: the contest shuffled them, so this is a second random floor. */
export const givenOrder: Ranker = { name: 'given candidate order', index: () => idsOf };

/** mulberry32: a small seeded generator, so the floor is the same in every run. */
const mulberry32 = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const hashOf = (text: string): number => {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
};

/** A seeded shuffle per need (Fisher–Yates); the suite averages several seeds. */
export const randomOrder = (seed: number): Ranker => ({
  name: `random order (seed ${seed})`,
  index: () => (need) => {
    const next = mulberry32(hashOf(need.id) ^ seed);
    const ids = idsOf(need);
    for (let i = ids.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [ids[i], ids[j]] = [ids[j] as string, ids[i] as string];
    }
    return ids;
  },
});
