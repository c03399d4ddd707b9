import type { Suggestion } from '@shared/matching';
import type { BulkProgress, MatchClient } from './types';

/**
 * Several matching workers behind one MatchClient, so that bulk matching
 * uses the laptop's cores: every worker holds the same indexes (loads and
 * edits go to all, in parallel), a ranking for the workspace goes to the
 * first, and a bulk run is shared out need by need (the i-th need to worker
 * i mod n), its progress summed and its results put back in the need order
 * one worker would have given.
 */
export const createPooledClient = (clients: readonly MatchClient[]): MatchClient => {
  const [primary] = clients;
  if (!primary) throw new Error('createPooledClient: at least one client');
  const everyone = async (call: (client: MatchClient) => Promise<void>): Promise<void> => {
    await Promise.all(clients.map(call));
  };
  return {
    load: (corpus, settings) => everyone((c) => c.load(corpus, settings)),
    upsert: (kind, docs) => everyone((c) => c.upsert(kind, docs)),
    remove: (kind, ids) => everyone((c) => c.remove(kind, ids)),
    rank: (request) => primary.rank(request),
    async bulk({ onProgress, signal, ...request }) {
      if (clients.length === 1) return primary.bulk({ ...request, ...(onProgress ? { onProgress } : {}), ...(signal ? { signal } : {}) });
      // One failure stops the others; the caller's cancel stops all.
      const stop = new AbortController();
      const forward = () => stop.abort(signal?.reason);
      signal?.addEventListener('abort', forward, { once: true });
      const progress: BulkProgress[] = clients.map(() => ({ done: 0, total: 0 }));
      const report = () => onProgress?.(progress.reduce((sum, p) => ({ done: sum.done + p.done, total: sum.total + p.total }), { done: 0, total: 0 }));
      try {
        if (signal?.aborted) stop.abort(signal.reason);
        const shards = await Promise.all(
          clients.map((client, index) =>
            client
              .bulk({
                ...request,
                shard: { index, count: clients.length },
                signal: stop.signal,
                onProgress: (p) => {
                  progress[index] = p;
                  report();
                },
              })
              .catch((error: unknown) => {
                stop.abort(error);
                throw error;
              }),
          ),
        );
        return interleave(shards.map((s) => Object.entries(s)));
      } finally {
        signal?.removeEventListener('abort', forward);
      }
    },
    dispose() {
      for (const c of clients) c.dispose();
    },
  };
};

/** Round-robin over the shards' entries: need i came from shard i mod n, so this restores the order. */
const interleave = (shards: readonly (readonly [string, Suggestion[]])[][]): Record<string, Suggestion[]> => {
  const merged: Record<string, Suggestion[]> = {};
  const longest = Math.max(0, ...shards.map((s) => s.length));
  for (let i = 0; i < longest; i++) {
    for (const shard of shards) {
      const entry = shard[i];
      if (entry) merged[entry[0]] = entry[1];
    }
  }
  return merged;
};

/**
 * How many workers the app runs: one per core, at most two. A second worker
 * halves a bulk run on the organisers' usual two- and four-core laptops; more
 * would each hold another copy of the indexes for little gain, since the
 * page itself needs a core too.
 */
export const matchingPoolSize = (cores: number | undefined): number => Math.max(1, Math.min(2, cores ?? 1));
