import type { Table } from 'dexie';
import { SYNC_KIND_NAMES, type SyncKind, type SyncRecord, type SyncState } from '@shared/sync/kinds';
import type { DeskDatabase } from './database';

/** The Dexie table holding each sync kind (the names are the same by design). */
export const syncTable = (db: DeskDatabase, kind: SyncKind): Table<SyncRecord, string> => db.table(kind);

export const syncTables = (db: DeskDatabase): Table<SyncRecord, string>[] => SYNC_KIND_NAMES.map((kind) => syncTable(db, kind));

/**
 * Every record of one event, tombstones included, as a bundle carries it.
 * Read through the `eventId` index (the event itself by its id), never a
 * cursor filter. Call inside a transaction over `syncTables` for a
 * consistent snapshot.
 */
export const readEventState = async (db: DeskDatabase, eventId: string): Promise<SyncState> => {
  const entries = await Promise.all(
    SYNC_KIND_NAMES.map(async (kind): Promise<[SyncKind, SyncRecord[]]> => {
      if (kind === 'events') {
        const event = await syncTable(db, kind).get(eventId);
        return [kind, event ? [event] : []];
      }
      return [kind, await syncTable(db, kind).where('eventId').equals(eventId).toArray()];
    }),
  );
  return Object.fromEntries(entries);
};
