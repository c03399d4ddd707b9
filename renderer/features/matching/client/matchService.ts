import { createAnalysisCache, createAnalyzer, createMatcher, type MatchDoc, type Matcher, type Segmenter, type Suggestion } from '@shared/matching';
import type { BulkProgress, BulkShard, CorpusKind, MatchCorpus, MatchSettings, RankRequest } from './types';
import { segmenterWords, synonymGroups } from './segmenterWords';

/**
 * Builds the word segmenter with these words registered. The worker passes
 * jieba-wasm's web build, the tests its Node build. jieba's dictionary is
 * global to its instance, so words can be added but never taken back: the
 * client starts a fresh worker when a load drops a word (see workerClient).
 */
export type SegmenterFactory = (words: readonly string[]) => Promise<Segmenter>;

/** A failure the organiser can read: its message is shown as is. */
export class MatchError extends Error {
  override name = 'MatchError';
}

export type BulkQuery = { target: 'achievements' | 'experts'; top: number; excludeByNeed?: Readonly<Record<string, readonly string[]>>; shard?: BulkShard };
export type BulkOptions = { signal?: AbortSignal; onProgress?: (progress: BulkProgress) => void };

export type MatchService = {
  load(corpus: MatchCorpus, settings: MatchSettings): Promise<void>;
  upsert(kind: CorpusKind, docs: readonly MatchDoc[]): Promise<void>;
  remove(kind: CorpusKind, ids: readonly string[]): Promise<void>;
  rank(request: RankRequest): Promise<Suggestion[]>;
  bulk(query: BulkQuery, options?: BulkOptions): Promise<Record<string, Suggestion[]>>;
};

/** Needs ranked between two yields: small enough that a cancel is read within a few milliseconds. */
export const BULK_CHUNK = 25;

/**
 * A macrotask, so that messages queued meanwhile (a cancel, a rank) are
 * handled. A message rather than `setTimeout(0)`, which browsers clamp to
 * 4 ms once timeouts nest: 200 chunks of a 5,000-need run would idle 0.8 s.
 * A channel per yield, closed at once, so none is left holding Node's event
 * loop open in the tests.
 */
const nextTask = (): Promise<void> =>
  new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(undefined);
  });

/** The indexes of one load: a need is ranked against achievements or experts, an achievement against needs. */
type Engine = {
  matchers: Record<CorpusKind, Matcher>;
  /** The records queries are looked up in, by id. */
  docs: Record<'needs' | 'achievements', Map<string, MatchDoc>>;
};

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

const checkTop = (top: number): void => {
  if (!Number.isInteger(top) || top < 1) throw new MatchError('推荐数量应为正整数');
};

/** Asks for `top` plus as many as can be left out, so that `top` remain after leaving them out. */
const rankExcluding = (matcher: Matcher, query: MatchDoc, top: number, exclude: readonly string[] | undefined): Suggestion[] => {
  if (!exclude || exclude.length === 0) return matcher.rank(query, { top });
  const excluded = new Set(exclude);
  return matcher
    .rank(query, { top: top + excluded.size })
    .filter((s) => !excluded.has(s.id))
    .slice(0, top);
};

/**
 * Hosts the matching engine for the worker: one analyzer and three matchers
 * (achievements and experts, queried by a need; needs, queried by an
 * achievement). Calls may arrive while a load is still segmenting: each waits
 * for the load sent before it, so an upsert never lands in an index a later
 * load throws away.
 */
export const createMatchService = (createSegmenter: SegmenterFactory): MatchService => {
  let engine: Promise<Engine> | undefined;

  const build = async (corpus: MatchCorpus, settings: MatchSettings): Promise<Engine> => {
    const words = segmenterWords(corpus, settings);
    let segment: Segmenter;
    try {
      segment = await createSegmenter(words);
    } catch (error) {
      throw new MatchError(`分词组件加载失败：${messageOf(error)}`, { cause: error });
    }
    const analyzer = createAnalyzer({ segment, dictionary: words, synonyms: synonymGroups(settings) });
    // One cache for the three indexes: a need is analysed once, when the reverse view's index takes it, and bulk matching reuses it.
    const analyses = createAnalysisCache(analyzer, settings.weights);
    const matchers: Record<CorpusKind, Matcher> = {
      achievements: createMatcher(analyzer, settings.weights, { analyses }),
      experts: createMatcher(analyzer, settings.weights, { analyses }),
      needs: createMatcher(analyzer, settings.weights, { indexes: 'needs', analyses }),
    };
    for (const kind of ['needs', 'achievements', 'experts'] as const) matchers[kind].add(corpus[kind]);
    return {
      matchers,
      docs: { needs: new Map(corpus.needs.map((d) => [d.id, d])), achievements: new Map(corpus.achievements.map((d) => [d.id, d])) },
    };
  };

  const current = (): Promise<Engine> => engine ?? Promise.reject(new MatchError('匹配数据尚未载入'));

  return {
    async load(corpus, settings) {
      engine = build(corpus, settings);
      await engine;
    },
    async upsert(kind, docs) {
      const { matchers, docs: known } = await current();
      matchers[kind].add(docs);
      if (kind !== 'experts') for (const d of docs) known[kind].set(d.id, d);
    },
    async remove(kind, ids) {
      const { matchers, docs: known } = await current();
      for (const id of ids) {
        matchers[kind].remove(id);
        if (kind !== 'experts') known[kind].delete(id);
      }
    },
    async rank({ target, queryId, top, exclude }) {
      checkTop(top);
      const { matchers, docs } = await current();
      const query = target === 'needs' ? docs.achievements.get(queryId) : docs.needs.get(queryId);
      if (!query) throw new MatchError(target === 'needs' ? '未找到该成果，可能已被删除' : '未找到该需求，可能已被删除');
      return rankExcluding(matchers[target], query, top, exclude);
    },
    async bulk({ target, top, excludeByNeed, shard }, { signal, onProgress } = {}) {
      checkTop(top);
      const { matchers, docs } = await current();
      signal?.throwIfAborted();
      // A snapshot: needs upserted during the run wait for the next one. Every worker of a pool
      // holds the needs in the same order (same loads and upserts), so shards never overlap.
      const needs = [...docs.needs.values()].filter((_, i) => !shard || i % shard.count === shard.index);
      const results: Record<string, Suggestion[]> = {};
      onProgress?.({ done: 0, total: needs.length });
      for (const [i, need] of needs.entries()) {
        if (i > 0 && i % BULK_CHUNK === 0) {
          onProgress?.({ done: i, total: needs.length });
          await nextTask();
          signal?.throwIfAborted();
        }
        results[need.id] = rankExcluding(matchers[target], need, top, excludeByNeed?.[need.id]);
      }
      onProgress?.({ done: needs.length, total: needs.length });
      return results;
    },
  };
};
