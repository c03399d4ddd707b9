import Dexie, { type ObservabilitySet } from 'dexie';
import type { DeskDatabase } from './database';

const counters = new WeakMap<DeskDatabase, { count: number }>();

/**
 * How many committed writes (this window's or another's, as Dexie reports
 * them) have touched the database so far. A plan read from the database stays
 * valid while the count stands still.
 */
export const writeCount = (db: DeskDatabase): number => {
  let counter = counters.get(db);
  if (!counter) {
    const watched = { count: 0 };
    const prefix = `idb://${db.name}/`;
    const onWrite = (parts: ObservabilitySet) => {
      if (Object.keys(parts).some((key) => key.startsWith(prefix) && !key.startsWith(`${prefix}meta/`))) watched.count += 1;
    };
    Dexie.on('storagemutated', onWrite);
    db.on('close', () => Dexie.on('storagemutated').unsubscribe(onWrite));
    counters.set(db, watched);
    counter = watched;
  }
  return counter.count;
};
