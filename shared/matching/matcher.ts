import { isSubword, type Analyzer } from './analyzer';
import { pseudoFrequencies, saturate, termFactor } from './bm25f';
import { appendPosting, createPosting, removeFromPosting, type Posting } from './postings';
import { combine, signalBound, structuredSignals } from './signals';
import { createTopList, type Ranked, type TopList } from './select';
import type { MatchDoc, MatchWeights, Matcher, MatcherOptions, RankOptions, Suggestion } from './types';
import { DEFAULT_WEIGHTS } from './weights';
import { readableTerms } from './reasonTerms';

type Indexed = { doc: MatchDoc; slot: number; frequencies: Map<string, number> };
type QueryTerm = { term: string; tf: number; factor: number; posting: Posting | undefined };
type Scored = { indexed: Indexed; text: number };

/**
 * Partial sums add the same terms in another order than the full score, so
 * they may differ in the last bits; bounds get this much room so that a
 * record tied with the n-th best is never pruned by rounding.
 */
const SLACK = 1e-9;
/** Shared terms listed in a reason, most telling first. */
const MAX_REASON_TERMS = 8;

/**
 * A BM25F index of achievements with structured signals on top. `add` and
 * `remove` touch only the postings of the records concerned; `rank` reads
 * only the postings of the query's terms.
 */
export const createMatcher = (analyzer: Analyzer, overrides: Partial<MatchWeights> = {}, options: MatcherOptions = {}): Matcher => {
  const weights: MatchWeights = { ...DEFAULT_WEIGHTS, ...overrides };
  // The signals are written need-first (the need's budget against the achievement's price); the reverse view swaps them back.
  const signals =
    options.indexes === 'needs'
      ? (query: MatchDoc, doc: MatchDoc, reasons?: string[]) => structuredSignals(doc, query, weights, reasons)
      : (query: MatchDoc, doc: MatchDoc, reasons?: string[]) => structuredSignals(query, doc, weights, reasons);
  const docs = new Map<string, Indexed>();
  const bySlot: (Indexed | undefined)[] = [];
  const postings = new Map<string, Posting>();

  const remove = (id: string): void => {
    const indexed = docs.get(id);
    if (!indexed) return;
    for (const term of indexed.frequencies.keys()) {
      const posting = postings.get(term);
      if (!posting) continue;
      removeFromPosting(posting, indexed.slot);
      if (posting.length === 0) postings.delete(term);
    }
    bySlot[indexed.slot] = undefined;
    docs.delete(id);
  };

  const add = (batch: readonly MatchDoc[]): void => {
    for (const doc of batch) {
      remove(doc.id);
      const frequencies = pseudoFrequencies(analyzer, doc, weights);
      const indexed = { doc, slot: bySlot.length, frequencies };
      bySlot.push(indexed);
      docs.set(doc.id, indexed);
      for (const [term, tf] of frequencies) {
        let posting = postings.get(term);
        if (!posting) postings.set(term, (posting = createPosting()));
        appendPosting(posting, indexed.slot, saturate(tf, weights.k1));
      }
    }
  };

  /** Text score of one indexed record, summed in query order like the self-score so a copy scores exactly 1. */
  const textOf = (query: readonly QueryTerm[], indexed: Indexed): number => {
    let sum = 0;
    for (const q of query) {
      const tf = indexed.frequencies.get(q.term);
      // The same arithmetic as the postings walk (min of the saturated sides), so both give identical bits.
      if (tf !== undefined) sum += q.factor * Math.min(saturate(q.tf, weights.k1), saturate(tf, weights.k1));
    }
    return sum;
  };

  /** Reused between queries (and zeroed after each) so bulk matching does not allocate one per need. */
  let scratch = new Float64Array(0);

  /**
   * The top records for a query. Walking the postings is cheap (typed
   * arithmetic, about 70,000 entries for a long need against 5,000
   * achievements); what costs is the structured signals, so they are worked
   * out only for records whose text could still reach the top once the
   * largest bonus is applied. The sums run in query order, as in `textOf`
   * and the self-score, so every score is the exhaustive one to the last bit.
   */
  const rankedTop = (need: MatchDoc, query: readonly QueryTerm[], self: number, top: number | undefined): TopList<Scored> => {
    const result = createTopList<Scored>(top);
    if (self <= 0) return result;
    if (scratch.length < bySlot.length) scratch = new Float64Array(Math.max(bySlot.length, scratch.length * 2));
    const sums = scratch;
    for (const q of query) {
      if (!q.posting) continue;
      const { slots, saturated, length } = q.posting;
      const factor = q.factor;
      const cap = saturate(q.tf, weights.k1);
      // Branch-free on purpose: which records were touched is read off the sums afterwards.
      for (let i = 0; i < length; i++) {
        const sat = saturated[i] as number;
        const slot = slots[i] as number;
        sums[slot] = (sums[slot] as number) + factor * (cap < sat ? cap : sat);
      }
    }
    const touched: number[] = [];
    const textList: number[] = [];
    for (let slot = 0; slot < bySlot.length; slot++) {
      const sum = sums[slot] as number;
      if (sum === 0) continue;
      touched.push(slot);
      textList.push(sum / self);
      sums[slot] = 0;
    }
    const texts = Float64Array.from(textList);
    // The full scores of the n best texts: their n-th best is a floor the final n-th best cannot fall below.
    let threshold = -Infinity;
    if (top !== undefined && touched.length > top) {
      const leaders = createTopList<number>(top);
      for (let i = 0; i < touched.length; i++) if ((texts[i] ?? 0) > leaders.floor()) leaders.offer({ id: '', score: texts[i] ?? 0, item: i });
      const finals = createTopList<null>(top);
      for (const { item: i } of leaders.result()) finals.offer({ id: '', score: full(need, touched[i] ?? 0, texts[i] ?? 0).score, item: null });
      threshold = finals.floor() - SLACK;
    }
    const bonus = 1 + signalBound(need, weights, options.indexes === 'needs');
    for (let i = 0; i < touched.length; i++) {
      const text = texts[i] ?? 0;
      // A zero sum means the record shares only words that count for nothing.
      if (text <= 0 || text * bonus < threshold || text * bonus + SLACK < result.floor()) continue;
      result.offer(full(need, touched[i] ?? 0, text));
    }
    return result;
  };

  /** The exact score of one record: text summed in query order (as the self-score is), plus its signals. */
  const full = (need: MatchDoc, slot: number, text: number): Ranked<Scored> => {
    const indexed = bySlot[slot] as Indexed;
    const p = signals(need, indexed.doc);
    return { id: indexed.doc.id, score: combine(text, p), item: { indexed, text } };
  };

  const sharedTerms = (query: readonly QueryTerm[], indexed: Indexed): string[] => {
    const shared: { term: string; value: number }[] = [];
    for (const q of query) {
      const tf = indexed.frequencies.get(q.term);
      if (tf !== undefined && !isSubword(q.term)) shared.push({ term: q.term, value: q.factor * Math.min(saturate(q.tf, weights.k1), saturate(tf, weights.k1)) });
    }
    return shared.sort((a, b) => b.value - a.value || (a.term < b.term ? -1 : 1)).map((s) => analyzer.label(s.term));
  };

  const rank = (need: MatchDoc, rankOptions: RankOptions = {}): Suggestion[] => {
    const query: QueryTerm[] = [...pseudoFrequencies(analyzer, need, weights)].map(([term, tf]) => {
      const posting = postings.get(term);
      return { term, tf, posting, factor: termFactor(analyzer.weight(term), posting?.length ?? 0) };
    });
    let self = 0;
    for (const q of query) self += q.factor * saturate(q.tf, weights.k1);

    let top: TopList<Scored>;
    if (rankOptions.candidates === undefined) top = rankedTop(need, query, self, rankOptions.top);
    else {
      top = createTopList<Scored>(rankOptions.top);
      for (const slot of new Set(rankOptions.candidates.flatMap((id) => docs.get(id)?.slot ?? []))) {
        const indexed = bySlot[slot] as Indexed;
        top.offer(full(need, slot, self > 0 ? textOf(query, indexed) / self : 0));
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
