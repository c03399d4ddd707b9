import type { Suggestion } from '@shared/matching';
import type { BulkRequest, MatchClient, MatchCorpus, MatchTarget, RankRequest } from '../../../../renderer/features/matching/client/types';

/** A suggestion as the engine would give it, with only what the test cares about. */
export const suggestion = (id: string, score: number, reasons: string[], sharedTerms: string[] = []): Suggestion => ({
  id,
  score,
  parts: { text: score - 0.15, field: 0.15, cooperation: 0, maturity: 0, budget: 0, region: 0 },
  sharedTerms,
  reasons,
});

export type FakeMatchClient = MatchClient & {
  corpus: MatchCorpus | undefined;
  ranks: RankRequest[];
  /** Resolves the bulk run's wait before its next need. */
  step(): void;
  bulkAborted: boolean;
};

/**
 * A MatchClient with canned rankings, keyed by the query's id (a need's
 * experts apart from the rest), that honours `exclude` and `top` like the
 * worker. Its bulk run waits for `step()` before each need, so a test can
 * watch the progress and cancel half way.
 */
export const fakeMatchClient = (rankings: Readonly<Record<string, Suggestion[]>>, expertRankings: Readonly<Record<string, Suggestion[]>> = {}): FakeMatchClient => {
  let release: (() => void) | undefined;
  const rank = (target: MatchTarget, queryId: string, top: number, exclude: readonly string[] = []) =>
    ((target === 'experts' ? expertRankings : rankings)[queryId] ?? []).filter((s) => !exclude.includes(s.id)).slice(0, top);
  const client: FakeMatchClient = {
    corpus: undefined,
    ranks: [],
    bulkAborted: false,
    step: () => release?.(),
    load: async (corpus) => {
      client.corpus = corpus;
    },
    upsert: async () => undefined,
    remove: async () => undefined,
    rank: async (request) => {
      client.ranks.push(request);
      return rank(request.target, request.queryId, request.top, request.exclude);
    },
    bulk: async ({ target, top, excludeByNeed, onProgress, signal }: BulkRequest) => {
      const needs = client.corpus?.needs ?? [];
      const results: Record<string, Suggestion[]> = {};
      onProgress?.({ done: 0, total: needs.length });
      for (const [i, need] of needs.entries()) {
        await new Promise<void>((resolve, reject) => {
          release = resolve;
          signal?.addEventListener('abort', () => {
            client.bulkAborted = true;
            reject(new DOMException('已取消', 'AbortError'));
          });
        });
        results[need.id] = rank(target, need.id, top, excludeByNeed?.[need.id]);
        onProgress?.({ done: i + 1, total: needs.length });
      }
      return results;
    },
    dispose: () => undefined,
  };
  return client;
};
