import { liveQuery, type Subscription } from 'dexie';
import type { MatchClient, MatchCorpus, MatchSettings } from './client/types';
import { diffCorpus, docsOf, EMPTY_DOCS, fingerprintOf, type CorpusDocs, type CorpusFingerprint } from './corpusSync';

export type SessionStatus = { state: 'idle' } | { state: 'loading' } | { state: 'ready' } | { state: 'error'; message: string };

export type SessionSnapshot = {
  status: SessionStatus;
  /** Goes up each time the engine's records or settings change, so that open rankings are redone. */
  version: number;
  /** The records as the engine has them, for the filters and the texts shown beside a suggestion. */
  docs: CorpusDocs;
  client: MatchClient;
};

export type MatchSession = {
  getSnapshot(): SessionSnapshot;
  subscribe(listener: () => void): () => void;
  /**
   * The first call starts reading the corpus and feeding the engine; later
   * calls re-index everything when the settings differ from the engine's.
   */
  configure(settings: MatchSettings): void;
  /** After a failure: a fresh engine, loaded with the latest records. */
  retry(): void;
  dispose(): void;
};

type Options = {
  createClient: () => MatchClient;
  /** Read inside a Dexie live query: it runs again whenever a table it read changes. */
  readCorpus: () => Promise<MatchCorpus>;
};

const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/**
 * One engine per fair, kept for as long as the fair is open, so that a bulk
 * run continues while the organiser looks at another page. The engine is
 * loaded once; after that only the records that changed are sent to it.
 * Work is queued, so the engine never sees an upsert before its load.
 */
export const createMatchSession = ({ createClient, readCorpus }: Options): MatchSession => {
  const listeners = new Set<() => void>();
  let snapshot: SessionSnapshot = { status: { state: 'idle' }, version: 0, docs: EMPTY_DOCS, client: createClient() };
  let settings: MatchSettings | undefined;
  let latest: MatchCorpus | undefined;
  let known: CorpusFingerprint | undefined;
  /** Set when the engine needs a full load: at the start, after new settings, after a restart. */
  let stale = true;
  let queue = Promise.resolve();
  let subscription: Subscription | undefined;
  let disposed = false;

  const update = (change: Partial<SessionSnapshot>) => {
    snapshot = { ...snapshot, ...change };
    for (const l of listeners) l();
  };

  const sync = async () => {
    if (!latest || !settings || disposed || snapshot.status.state === 'error') return;
    const corpus = latest;
    const client = snapshot.client;
    if (stale || !known) {
      // Cleared before the await: settings changed meanwhile set it again, and the next turn reloads.
      stale = false;
      await client.load(corpus, settings);
    } else {
      const changes = diffCorpus(known, corpus);
      if (changes.length === 0) return;
      for (const { kind, upserts, removals } of changes) {
        if (upserts.length > 0) await client.upsert(kind, upserts);
        if (removals.length > 0) await client.remove(kind, removals);
      }
    }
    if (disposed) return;
    known = fingerprintOf(corpus);
    update({ status: { state: 'ready' }, version: snapshot.version + 1, docs: docsOf(corpus) });
  };

  const subscribe = () => {
    update({ status: { state: 'loading' } });
    subscription = liveQuery(readCorpus).subscribe({
      next: (corpus) => {
        latest = corpus;
        enqueue();
      },
      error: (e: unknown) => {
        subscription = undefined;
        update({ status: { state: 'error', message: `读取数据失败：${messageOf(e)}` } });
      },
    });
  };

  const enqueue = () => {
    queue = queue.then(sync).catch((e: unknown) => {
      if (!disposed) update({ status: { state: 'error', message: messageOf(e) } });
    });
  };

  return {
    getSnapshot: () => snapshot,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    configure: (next) => {
      if (settings && JSON.stringify(next) === JSON.stringify(settings)) return;
      settings = next;
      stale = true;
      if (subscription) enqueue();
      else subscribe();
    },
    retry: () => {
      snapshot.client.dispose();
      stale = true;
      update({ status: { state: 'loading' }, client: createClient() });
      if (subscription) enqueue();
      else subscribe();
    },
    dispose: () => {
      disposed = true;
      subscription?.unsubscribe();
      snapshot.client.dispose();
      listeners.clear();
    },
  };
};
