import type { MatchDoc, Suggestion } from '@shared/matching';
import type { BulkQuery } from './matchService';
import type { BulkProgress, CorpusKind, MatchCorpus, MatchSettings, RankRequest } from './types';

/**
 * The messages between `createWorkerClient` and the matching worker. Every
 * request carries an id; the worker answers it once (`done` or `failed`),
 * with `progress` before that for a bulk run. Only plain data crosses: the
 * client keeps callbacks and abort signals on its side.
 */
export type WorkerRequest =
  | { id: number; op: 'load'; corpus: MatchCorpus; settings: MatchSettings }
  | { id: number; op: 'upsert'; kind: CorpusKind; docs: readonly MatchDoc[] }
  | { id: number; op: 'remove'; kind: CorpusKind; ids: readonly string[] }
  | { id: number; op: 'rank'; request: RankRequest }
  | { id: number; op: 'bulk'; query: BulkQuery }
  /** Stops the bulk run with this id between two chunks; it gets no answer of its own. */
  | { id: number; op: 'cancel' };

/** What each operation resolves to. */
export type WorkerResults = { load: undefined; upsert: undefined; remove: undefined; rank: Suggestion[]; bulk: Record<string, Suggestion[]> };

export type WorkerReply =
  | { id: number; type: 'done'; value: WorkerResults[keyof WorkerResults] }
  | { id: number; type: 'failed'; message: string; aborted: boolean }
  | { id: number; type: 'progress'; progress: BulkProgress };
