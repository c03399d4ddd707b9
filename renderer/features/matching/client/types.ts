import type { MatchDoc, Suggestion } from '@shared/matching';
import type { MatchSettings } from '@shared/model';

/**
 * The contract between the matching screens and the matching worker. The
 * worker owns the segmenter (jieba-wasm web build) and three matchers: one
 * over achievements and one over experts (queried by a need), one over needs
 * (queried by an achievement, the reverse view). Screens never import the
 * engine directly, so a 5,000-record ranking never blocks a click.
 */

/** Weights, dictionary and synonyms: the fair's stored settings (`matchSettingsOf(event)`). */
export type { MatchSettings } from '@shared/model';

export type MatchCorpus = { needs: MatchDoc[]; achievements: MatchDoc[]; experts: MatchDoc[] };
export type CorpusKind = keyof MatchCorpus;

/** What to rank for a query: for a need, achievements or experts; for an achievement, needs. */
export type MatchTarget = 'achievements' | 'experts' | 'needs';

export type BulkProgress = { done: number; total: number };

export type RankRequest = {
  target: MatchTarget;
  /** Id of a need (targets achievements/experts) or an achievement (target needs) already in the corpus. */
  queryId: string;
  top: number;
  /** Ids never to suggest (marked 不合适, or already invited). */
  exclude?: readonly string[];
};

export type BulkRequest = {
  target: 'achievements' | 'experts';
  top: number;
  /** Per need id, ids never to suggest for it. */
  excludeByNeed?: Readonly<Record<string, readonly string[]>>;
  onProgress?: (progress: BulkProgress) => void;
  /** Aborting rejects the promise with an AbortError and stops the worker's loop between needs. */
  signal?: AbortSignal;
  /** Only every `count`-th need from the `index`-th on: how a pool of workers shares one run (see pooledClient). */
  shard?: BulkShard;
};

export type BulkShard = { index: number; count: number };

export type MatchClient = {
  /** Replaces the whole corpus and settings; resolves once everything is indexed. */
  load(corpus: MatchCorpus, settings: MatchSettings): Promise<void>;
  /** Adds or replaces records of one kind (incremental: only their postings change). */
  upsert(kind: CorpusKind, docs: readonly MatchDoc[]): Promise<void>;
  remove(kind: CorpusKind, ids: readonly string[]): Promise<void>;
  rank(request: RankRequest): Promise<Suggestion[]>;
  /** Every need against the target kind, top-k each, keyed by need id. */
  bulk(request: BulkRequest): Promise<Record<string, Suggestion[]>>;
  dispose(): void;
};
