import { isSubword, type Analyzer } from './analyzer';
import { pseudoFrequencies, saturate, termFactor } from './bm25f';
import { structuredSignals } from './signals';
import { createTopList } from './select';
import type { MatchDoc, MatchWeights, Matcher, RankOptions, Suggestion } from './types';
import { DEFAULT_WEIGHTS } from './weights';
import { readableTerms } from './reasonTerms';

type Indexed = { doc: MatchDoc; slot: number; frequencies: Map<string, number> };
/** Parallel arrays rather than a Map: ranking walks them for every query term, and arrays walk fastest. */
type Posting = { slots: number[]; tfs: number[] };
type QueryTerm = { term: string; tf: number; factor: number; posting: Posting | undefined };

/** Shared terms listed in a reason, most telling first. */
const MAX_REASON_TERMS = 8;

/**
 * A BM25F index of achievements with structured signals on top. `add` and
 * `remove` touch only the postings of the records concerned; `rank` reads
 * only the postings of the query's terms.
 */
export const createMatcher = (analyzer: Analyzer, overrides: Partial<MatchWeights> = {}): Matcher => {
  const weights: MatchWeights = { ...DEFAULT_WEIGHTS, ...overrides };
  const docs = new Map<string, Indexed>();
  const bySlot: (Indexed | undefined)[] = [];
  const postings = new Map<string, Posting>();

  const remove = (id: string): void => {
    const indexed = docs.get(id);
    if (!indexed) return;
    for (const term of indexed.frequencies.keys()) {
      const posting = postings.get(term);
      if (!posting) continue;
      const at = posting.slots.indexOf(indexed.slot);
      posting.slots.splice(at, 1);
      posting.tfs.splice(at, 1);
      if (posting.slots.length === 0) postings.delete(term);
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
        if (!posting) postings.set(term, (posting = { slots: [], tfs: [] }));
        posting.slots.push(indexed.slot);
        posting.tfs.push(tf);
      }
    }
  };

  /** Text score of one indexed record, summed in query order like the self-score so a copy scores exactly 1. */
  const textOf = (query: readonly QueryTerm[], indexed: Indexed): number => {
    let sum = 0;
    for (const q of query) {
      const tf = indexed.frequencies.get(q.term);
      if (tf !== undefined) sum += q.factor * saturate(Math.min(q.tf, tf), weights.k1);
    }
    return sum;
  };

  /** Reused between queries (and zeroed after each) so bulk matching does not allocate one per need. */
  let scratch = new Float64Array(0);

  /** Raw text scores of every record sharing a counted term with the query, walking postings. */
  const accumulate = (query: readonly QueryTerm[]): { slots: number[]; raw: Float64Array } => {
    if (scratch.length < bySlot.length) scratch = new Float64Array(Math.max(bySlot.length, scratch.length * 2));
    const touched: number[] = [];
    for (const q of query) {
      if (!q.posting) continue;
      const { slots, tfs } = q.posting;
      for (let i = 0; i < slots.length; i++) {
        const slot = slots[i] ?? 0;
        const tf = tfs[i] ?? 0;
        const before = scratch[slot] ?? 0;
        if (before === 0) touched.push(slot);
        scratch[slot] = before + q.factor * saturate(q.tf < tf ? q.tf : tf, weights.k1);
      }
    }
    // Zeroing as we go also drops a slot listed twice (a zero-weight term left it at 0 once), and
    // records that share only zero-weight terms, which share no counted word, stay out.
    const slots: number[] = [];
    const values: number[] = [];
    for (const slot of touched) {
      const value = scratch[slot] ?? 0;
      if (value > 0) {
        slots.push(slot);
        values.push(value);
      }
      scratch[slot] = 0;
    }
    return { slots, raw: Float64Array.from(values) };
  };

  const sharedTerms = (query: readonly QueryTerm[], indexed: Indexed): string[] =>
    query
      .flatMap((q) => {
        const tf = indexed.frequencies.get(q.term);
        return tf === undefined || isSubword(q.term) ? [] : [{ term: q.term, value: q.factor * saturate(Math.min(q.tf, tf), weights.k1) }];
      })
      .sort((a, b) => b.value - a.value || (a.term < b.term ? -1 : 1))
      .map((s) => analyzer.label(s.term));

  /** The most the structured signals can add to a text score. */
  const maxBonus = [weights.field, weights.cooperation, weights.maturity, weights.budget, weights.region].reduce((sum, w) => sum + Math.abs(w), 0);

  const rank = (need: MatchDoc, options: RankOptions = {}): Suggestion[] => {
    const query: QueryTerm[] = [...pseudoFrequencies(analyzer, need, weights)].map(([term, tf]) => {
      const posting = postings.get(term);
      return { term, tf, posting, factor: termFactor(analyzer.weight(term), posting?.slots.length ?? 0) };
    });
    let self = 0;
    for (const q of query) self += q.factor * saturate(q.tf, weights.k1);

    let slots: number[];
    let raw: Float64Array;
    if (options.candidates === undefined) ({ slots, raw } = accumulate(query));
    else {
      slots = [...new Set(options.candidates.flatMap((id) => docs.get(id)?.slot ?? []))];
      raw = Float64Array.from(slots, (slot) => {
        const indexed = bySlot[slot];
        return indexed ? textOf(query, indexed) : 0;
      });
    }
    const top = createTopList<{ indexed: Indexed; text: number }>(options.top);
    slots.forEach((slot, i) => {
      const indexed = bySlot[slot];
      if (!indexed) return;
      const text = self > 0 ? (raw[i] ?? 0) / self : 0;
      // Signals only reorder: a record whose text plus the largest bonus cannot beat the current n-th is skipped unscored.
      if (text + maxBonus < top.floor()) return;
      const p = structuredSignals(need, indexed.doc, weights);
      top.offer({ id: indexed.doc.id, score: text + p.field + p.cooperation + p.maturity + p.budget + p.region, item: { indexed, text } });
    });
    return top.result().map(({ score, item: { indexed, text } }) => {
      const reasons: string[] = [];
      const terms = sharedTerms(query, indexed);
      if (terms.length > 0) reasons.push(`共同关键词：${readableTerms(terms).slice(0, MAX_REASON_TERMS).join('、')}`);
      const parts = structuredSignals(need, indexed.doc, weights, reasons);
      return { id: indexed.doc.id, score, parts: { text, ...parts }, sharedTerms: terms, reasons };
    });
  };

  return { add, remove, rank };
};
