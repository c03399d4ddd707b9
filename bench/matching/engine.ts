import { jiebaSegmenter } from '../../cli/segmenter';
import { createAnalyzer, createMatcher, DOMAIN_DICTIONARY, DOMAIN_SYNONYMS, type MatchDoc } from '../../shared/matching';
import type { Ranker } from './baselines';
import { orderByScore } from './ndcg';

/** The words the app registers in jieba: its default domain dictionary and synonyms. */
export const DOMAIN_WORDS: readonly string[] = [...DOMAIN_DICTIONARY, ...DOMAIN_SYNONYMS.flat()];

/**
 * The app's engine as the app runs it (`shared/matching/`, default weights,
 * jieba in search mode with the default domain dictionary and synonyms) as a
 * ranker. Every candidate of the set is added once: its whole record where
 * the set has one, else a MatchDoc whose title is its keyword string and whose
 * keywords are its terms; each need (its record, else title + text as description) is ranked against
 * its own candidates only. The engine's scores are re-sorted with the same
 * tie-break as the baselines (by candidate id), so equal scores never depend
 * on the engine's internal order.
 */
export const engineRanker: Ranker = {
  name: 'engine (shared/matching)',
  index(needs) {
    const matcher = createMatcher(createAnalyzer({ segment: jiebaSegmenter(DOMAIN_WORDS), dictionary: DOMAIN_DICTIONARY, synonyms: DOMAIN_SYNONYMS }));
    const docs = new Map(needs.flatMap((n) => n.candidates.map((c) => [c.id, c.doc ?? { id: c.id, title: c.keywords, keywords: c.terms }] as const)));
    matcher.add([...docs.values()]);
    return (need) => {
      const candidates = need.candidates.map((c) => c.id);
      const query: MatchDoc = need.doc ?? { id: need.id, title: need.title, description: need.text };
      const scores = new Map(matcher.rank(query, { candidates }).map((s) => [s.id, s.score] as const));
      return orderByScore(candidates, (id) => scores.get(id) ?? Number.NEGATIVE_INFINITY);
    };
  },
};
