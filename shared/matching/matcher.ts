import type { Analyzer } from './analyzer';
import { createAnalysisCache } from './analyses';
import { saturate, termFactor } from './bm25f';
import { cosineOf, createGramIndex, type GramQuery, type GramVector } from './grams';
import { appendPosting, createPosting, removeFromPosting, type Posting } from './postings';
import { readableTerms } from './reasonTerms';
import { combine, signalBound, structuredSignals } from './signals';
import { createTopList, type Ranked, type TopList } from './select';
import type { MatchDoc, MatchWeights, Matcher, MatcherOptions, RankOptions, Suggestion } from './types';
import { DEFAULT_WEIGHTS } from './weights';

type Indexed = { doc: MatchDoc; slot: number; frequencies: ReadonlyMap<string, number>; grams: GramVector };
type QueryTerm = { term: string; tf: number; factor: number; posting: Posting | undefined };
type Query = { doc: MatchDoc; words: QueryTerm[]; self: number; grams: GramQuery };
type Scored = { indexed: Indexed; text: number };

/** The weights that shape a record's analysis; a shared cache must agree on them. */
const TEXT_WEIGHTS = ['title', 'keywords', 'description', 'b'] as const;
/** Bounds get this much room so that a record tied with the n-th best is never skipped by rounding. */
const SLACK = 1e-9;
/** Shared terms listed in a reason, most telling first. */
const MAX_REASON_TERMS = 8;

/**
 * Achievements (or needs, or experts) indexed twice: words for a BM25F score
 * over title, keywords and description, and character bigrams for a TF-IDF
 * cosine (see grams.ts). The text score is the mean of the two, each in
 * 0…1, and the structured signals scale it. `add` and `remove` touch only
 * the postings of the records concerned; `rank` reads only the postings of
 * the query's terms.
 */
export const createMatcher = (analyzer: Analyzer, overrides: Partial<MatchWeights> = {}, options: MatcherOptions = {}): Matcher => {
  const weights: MatchWeights = { ...DEFAULT_WEIGHTS, ...overrides };
  const analyses = options.analyses ?? createAnalysisCache(analyzer, weights);
  if (analyses.analyzer !== analyzer || TEXT_WEIGHTS.some((k) => analyses.weights[k] !== weights[k])) {
    throw new Error('createMatcher: a shared analysis cache must be built with the same analyzer and text weights');
  }
  const reversed = options.indexes === 'needs';
  // The signals are written need-first (the need's budget against the achievement's price); the reverse view swaps them back.
  const signals = reversed
    ? (query: MatchDoc, doc: MatchDoc, reasons?: string[]) => structuredSignals(doc, query, weights, reasons)
    : (query: MatchDoc, doc: MatchDoc, reasons?: string[]) => structuredSignals(query, doc, weights, reasons);
  const docs = new Map<string, Indexed>();
  const bySlot: (Indexed | undefined)[] = [];
  const postings = new Map<string, Posting>();
  const grams = createGramIndex(
    (slot) => bySlot[slot]?.grams,
    () => bySlot.length,
  );

  const remove = (id: string): void => {
    const indexed = docs.get(id);
    if (!indexed) return;
    for (const term of indexed.frequencies.keys()) {
      const posting = postings.get(term);
      if (!posting) continue;
      removeFromPosting(posting, indexed.slot);
      if (posting.length === 0) postings.delete(term);
    }
    grams.remove(indexed.slot, indexed.grams);
    bySlot[indexed.slot] = undefined;
    docs.delete(id);
  };

  const add = (batch: readonly MatchDoc[]): void => {
    for (const doc of batch) {
      remove(doc.id);
      const indexed: Indexed = { doc, slot: bySlot.length, ...analyses.of(doc) };
      bySlot.push(indexed);
      docs.set(doc.id, indexed);
      for (const [term, tf] of indexed.frequencies) {
        let posting = postings.get(term);
        if (!posting) postings.set(term, (posting = createPosting()));
        appendPosting(posting, indexed.slot, saturate(tf, weights.k1));
      }
      grams.add(indexed.slot, indexed.grams);
    }
  };

  const queryOf = (doc: MatchDoc): Query => {
    const analysis = analyses.of(doc);
    const words = [...analysis.frequencies].map(([term, tf]): QueryTerm => {
      const posting = postings.get(term);
      return { term, tf, posting, factor: termFactor(analyzer.weight(term), posting?.length ?? 0) };
    });
    let self = 0;
    for (const q of words) self += q.factor * saturate(q.tf, weights.k1);
    return { doc, words, self, grams: grams.query(analysis.grams) };
  };

  /** One word's share of the sum: the same arithmetic in the postings walk and in a lookup, so both give identical bits. */
  const wordPart = (q: QueryTerm, tf: number): number => q.factor * Math.min(saturate(q.tf, weights.k1), saturate(tf, weights.k1));

  /** The text score in 0…1 from the raw word sum, bigram dot product and squared bigram norm of one record. */
  const textFrom = (query: Query, wordSum: number, gramDot: number, normSquared: number): number =>
    ((query.self > 0 ? wordSum / query.self : 0) + cosineOf(query.grams, gramDot, normSquared)) / 2;

  /** Text score of one record by lookup (candidates mode), in the same order as the walk. */
  const textOf = (query: Query, indexed: Indexed): number => {
    let wordSum = 0;
    for (const q of query.words) {
      const tf = indexed.frequencies.get(q.term);
      if (tf !== undefined) wordSum += wordPart(q, tf);
    }
    return textFrom(query, wordSum, grams.dotOf(query.grams, indexed.grams), grams.norms()[indexed.slot] ?? 0);
  };

  /** Reused between queries (and zeroed after each) so bulk matching does not allocate per need. */
  let wordSums = new Float64Array(0);
  let gramDots = new Float64Array(0);
  let touchedSlots = new Int32Array(0);
  let touchedTexts = new Float64Array(0);

  /**
   * The top records for a query. Walking the postings is cheap typed
   * arithmetic; what costs is the structured signals, so they are worked out
   * only for records whose text could still reach the top once the largest
   * bonus is applied. Every score equals the exhaustive one to the last bit.
   */
  const rankedTop = (query: Query, top: number | undefined): TopList<Scored> => {
    const result = createTopList<Scored>(top);
    if (wordSums.length < bySlot.length) {
      wordSums = new Float64Array(Math.max(bySlot.length, wordSums.length * 2));
      gramDots = new Float64Array(wordSums.length);
      touchedSlots = new Int32Array(wordSums.length);
      touchedTexts = new Float64Array(wordSums.length);
    }
    const sums = wordSums;
    for (const q of query.words) {
      if (!q.posting) continue;
      const { slots, values, length } = q.posting;
      const factor = q.factor;
      const cap = saturate(q.tf, weights.k1);
      // Branch-free on purpose: which records were touched is read off the sums afterwards.
      for (let i = 0; i < length; i++) {
        const sat = values[i] as number;
        const slot = slots[i] as number;
        sums[slot] = (sums[slot] as number) + factor * (cap < sat ? cap : sat);
      }
    }
    grams.accumulate(query.grams, gramDots);

    const norms = grams.norms();
    // Only the first `count` entries are meaningful; the rest is left from earlier queries.
    const touched = touchedSlots;
    const texts = touchedTexts;
    let count = 0;
    for (let slot = 0; slot < bySlot.length; slot++) {
      const wordSum = sums[slot] as number;
      const gramDot = gramDots[slot] as number;
      if (wordSum === 0 && gramDot === 0) continue;
      sums[slot] = 0;
      gramDots[slot] = 0;
      const text = textFrom(query, wordSum, gramDot, norms[slot] as number);
      if (text <= 0) continue;
      touched[count] = slot;
      texts[count++] = text;
    }
    // The full scores of the n best texts: their n-th best is a floor the final n-th best cannot fall below.
    let threshold = -Infinity;
    if (top !== undefined && count > top) {
      const leaders = createTopList<number>(top);
      for (let i = 0; i < count; i++) if ((texts[i] as number) > leaders.floor()) leaders.offer({ id: '', score: texts[i] as number, item: i });
      const finals = createTopList<null>(top);
      for (const { item: i } of leaders.result()) finals.offer({ id: '', score: full(query, touched[i] as number, texts[i] as number).score, item: null });
      threshold = finals.floor() - SLACK;
    }
    const bonus = 1 + signalBound(query.doc, weights, reversed);
    for (let i = 0; i < count; i++) {
      const text = texts[i] as number;
      if (text * bonus < threshold || text * bonus + SLACK < result.floor()) continue;
      result.offer(full(query, touched[i] as number, text));
    }
    return result;
  };

  const full = (query: Query, slot: number, text: number): Ranked<Scored> => {
    const indexed = bySlot[slot] as Indexed;
    return { id: indexed.doc.id, score: combine(text, signals(query.doc, indexed.doc)), item: { indexed, text } };
  };

  const sharedTerms = (query: Query, indexed: Indexed): string[] => {
    const shared: { term: string; value: number }[] = [];
    for (const q of query.words) {
      const tf = indexed.frequencies.get(q.term);
      if (tf !== undefined) shared.push({ term: q.term, value: wordPart(q, tf) });
    }
    return shared.sort((a, b) => b.value - a.value || (a.term < b.term ? -1 : 1)).map((s) => analyzer.label(s.term));
  };

  const rank = (need: MatchDoc, rankOptions: RankOptions = {}): Suggestion[] => {
    const query = queryOf(need);
    let top: TopList<Scored>;
    if (rankOptions.candidates === undefined) top = rankedTop(query, rankOptions.top);
    else {
      top = createTopList<Scored>(rankOptions.top);
      for (const slot of new Set(rankOptions.candidates.flatMap((id) => docs.get(id)?.slot ?? []))) {
        top.offer(full(query, slot, textOf(query, bySlot[slot] as Indexed)));
      }
    }
    return top.result().map(({ score, item: { indexed, text } }) => {
      const reasons: string[] = [];
      const terms = sharedTerms(query, indexed);
      // Only the most telling few can be shown; folding 锂离子 into 锂离子电池 is quadratic, so it reads no further than needed.
      if (terms.length > 0) reasons.push(`共同关键词：${readableTerms(terms.slice(0, 3 * MAX_REASON_TERMS)).slice(0, MAX_REASON_TERMS).join('、')}`);
      const parts = signals(need, indexed.doc, reasons);
      return { id: indexed.doc.id, score, parts: { text, ...parts }, sharedTerms: terms, reasons };
    });
  };

  return { add, remove, rank };
};
