import { createContext, useCallback, useContext, useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { matchSettingsOf, type DockingEvent } from '@shared/model';
import { useDesk } from '../../app/DeskContext';
import { createWorkerClient } from './client/workerClient';
import { createPooledClient, matchingPoolSize } from './client/pooledClient';
import type { MatchClient } from './client/types';
import { readMatchCorpus } from './corpus';
import { createMatchSession, type MatchSession, type SessionSnapshot } from './session';
import { useMatchingUi } from './store';

/** The app's matching engine: a pool of workers (see pooledClient). */
const createMatchingEngine = (): MatchClient =>
  createPooledClient(Array.from({ length: matchingPoolSize(navigator.hardwareConcurrency) }, () => createWorkerClient()));

/** How the app makes its matching engine; tests hand in a fake. */
export const MatchClientFactory = createContext<() => MatchClient>(createMatchingEngine);

/** The fair's session, made on first use so a fair whose matching is never opened starts no worker. */
type SessionHolder = {
  get(): MatchSession | undefined;
  subscribe(listener: () => void): () => void;
  activate(): void;
  dispose(): void;
};

const createSessionHolder = (make: () => MatchSession): SessionHolder => {
  let session: MatchSession | undefined;
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const l of listeners) l();
  };
  return {
    get: () => session,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    activate: () => {
      if (session) return;
      session = make();
      notify();
    },
    // A later `activate` makes a new session: React's strict mode unmounts and mounts once more.
    dispose: () => {
      session?.dispose();
      session = undefined;
      notify();
    },
  };
};

const HolderContext = createContext<SessionHolder | null>(null);

/**
 * Keeps one matching session per open fair, above the pages, so that a bulk
 * run and the engine's index outlive a visit to another page. Feeds the
 * fair's settings to the session whenever the organiser saves them.
 */
export const MatchingSessionProvider = ({ event, children }: { event: DockingEvent; children: ReactNode }) => {
  const db = useDesk();
  const createClient = useContext(MatchClientFactory);
  const eventId = event.id;
  const holder = useMemo(() => createSessionHolder(() => createMatchSession({ createClient, readCorpus: () => readMatchCorpus(db, eventId) })), [createClient, db, eventId]);
  useEffect(
    () => () => {
      holder.dispose();
      useMatchingUi.getState().reset();
    },
    [holder],
  );
  const session = useSyncExternalStore(holder.subscribe, holder.get);
  const settings = useMemo(() => matchSettingsOf(event), [event]);
  useEffect(() => session?.configure(settings), [session, settings]);
  return <HolderContext.Provider value={holder}>{children}</HolderContext.Provider>;
};

const noSubscribe = () => () => undefined;
const noSnapshot = () => undefined;

/** The fair's matching session, started by the first screen that asks for it. */
export const useMatchSession = (): { snapshot: SessionSnapshot | undefined; retry: () => void } => {
  const holder = useContext(HolderContext);
  if (!holder) throw new Error('useMatchSession outside <MatchingSessionProvider>');
  useEffect(() => holder.activate(), [holder]);
  const session = useSyncExternalStore(holder.subscribe, holder.get);
  const snapshot = useSyncExternalStore(session?.subscribe ?? noSubscribe, session?.getSnapshot ?? noSnapshot);
  const retry = useCallback(() => holder.get()?.retry(), [holder]);
  return { snapshot, retry };
};
