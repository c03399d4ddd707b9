import { cut } from 'jieba-wasm';
import { createAnalyzer, createMatcher, type MatchDoc } from '../../shared/matching';
import type { Ranker } from './baselines';
import { orderByScore } from './ndcg';

/**
 * The app's engine (`shared/matching/`, default weights, no custom
 * dictionary or synonyms) as a ranker. Every candidate of the set is added
 * once as a MatchDoc whose title is its keyword string and whose keywords
 * are its terms; each need (title + text as description) is ranked against
 * its own candidates only. The engine's scores are re-sorted with the same
 * tie-break as the baselines (by candidate id), so equal scores never depend
 * on the engine's internal order.
 */
export const engineRanker: Ranker = {
  name: 'engine (shared/matching)',
  index(needs) {
    const matcher = createMatcher(createAnalyzer({ segment: (text) => cut(text, true) }));
    matcher.add(needs.flatMap((n) => n.candidates.map((c): MatchDoc => ({ id: c.id, title: c.keywords, keywords: c.terms }))));
    return (need) => {
      const candidates = need.candidates.map((c) => c.id);
      const query: MatchDoc = { id: need.id, title: need.title, description: need.text };
      const scores = new Map(matcher.rank(query, { candidates }).map((s) => [s.id, s.score] as const));
      return orderByScore(candidates, (id) => scores.get(id) ?? Number.NEGATIVE_INFINITY);
    };
  },
};
