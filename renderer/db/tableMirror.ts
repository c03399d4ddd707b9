import Dexie, { type IntervalTreeNode, type ObservabilitySet } from 'dexie';
import type { DeskDatabase } from './database';

/**
 * An in-memory copy of one table's live rows of one event, kept current by
 * the writes themselves. Reading 10,000 meetings from IndexedDB takes a few
 * hundred ms here (structured clone on the main thread); a Dexie live query
 * does that again after every write. A mirror reads the table once, then on
 * each committed write (this window's or another's: Dexie broadcasts them)
 * re-reads only the written keys with one `bulkGet` and patches itself, so
 * a mark on the floor or a moved meeting costs milliseconds, and every page
 * that shows the fair (排期, 现场, 对接成果, 成果统计) opens without a read.
 */
export type MirrorTable = 'meetings' | 'meetingRequests' | 'outcomes';
type Row = { id: string; eventId: string; deleted: boolean };

export type MirrorSnapshot<T> = { version: number; rows: readonly T[] };

type Mirror<T extends Row> = {
  byId: Map<string, T>;
  snapshot: MirrorSnapshot<T> | undefined;
  listeners: Set<() => void>;
  /** Writes seen while the first read ran: applied once it is in. */
  loading: Promise<void> | undefined;
};

const mirrors = new WeakMap<DeskDatabase, Map<string, Mirror<Row>>>();

const keyOf = (table: MirrorTable, eventId: string) => `${table}|${eventId}`;

/** The primary keys a write touched, or `all` when it touched a range (a bulk delete, a clear). */
const touchedKeys = (parts: ObservabilitySet, db: DeskDatabase, table: MirrorTable): string[] | 'all' | undefined => {
  const ranges = parts[`idb://${db.name}/${table}/`];
  if (!ranges) return undefined;
  // Walked by hand: a write of another window arrives as a plain tree, without the RangeSet's iterator.
  const keys: string[] = [];
  const walk = (node: IntervalTreeNode | null | undefined): boolean => {
    if (!node || node.d === 0) return true;
    if (typeof node.from !== 'string' || node.from !== node.to) return false;
    keys.push(node.from);
    return walk(node.l) && walk(node.r);
  };
  return walk(ranges as unknown as IntervalTreeNode) ? keys : 'all';
};

const publish = <T extends Row>(mirror: Mirror<T>) => {
  mirror.snapshot = { version: (mirror.snapshot?.version ?? 0) + 1, rows: [...mirror.byId.values()] };
  for (const listener of mirror.listeners) listener();
};

const reload = async <T extends Row>(db: DeskDatabase, table: MirrorTable, eventId: string, mirror: Mirror<T>) => {
  const rows = (await db.table<T, string>(table).where('eventId').equals(eventId).toArray()) as T[];
  mirror.byId = new Map(rows.filter((r) => !r.deleted).map((r) => [r.id, r]));
  publish(mirror);
};

const patch = async <T extends Row>(db: DeskDatabase, table: MirrorTable, eventId: string, mirror: Mirror<T>, keys: string[]) => {
  const rows = (await db.table<T, string>(table).bulkGet(keys)) as (T | undefined)[];
  keys.forEach((id, i) => {
    const row = rows[i];
    if (row && !row.deleted && row.eventId === eventId) mirror.byId.set(id, row);
    else mirror.byId.delete(id);
  });
  publish(mirror);
};

const mirrorFor = <T extends Row>(db: DeskDatabase, table: MirrorTable, eventId: string): Mirror<T> => {
  let perDb = mirrors.get(db);
  if (!perDb) mirrors.set(db, (perDb = new Map()));
  const existing = perDb.get(keyOf(table, eventId));
  if (existing) return existing as unknown as Mirror<T>;
  const mirror: Mirror<T> = { byId: new Map(), snapshot: undefined, listeners: new Set(), loading: undefined };
  perDb.set(keyOf(table, eventId), mirror as unknown as Mirror<Row>);
  // Writes are applied in the order they are seen, each after the one before (and after the first read).
  let queue: Promise<void> = (mirror.loading = reload(db, table, eventId, mirror));
  const onWrite = (parts: ObservabilitySet) => {
    const keys = touchedKeys(parts, db, table);
    if (keys === undefined || (keys !== 'all' && keys.length === 0)) return;
    queue = queue.then(() => (keys === 'all' ? reload(db, table, eventId, mirror) : patch(db, table, eventId, mirror, keys))).catch(() => reload(db, table, eventId, mirror));
  };
  Dexie.on('storagemutated', onWrite);
  db.on('close', () => {
    Dexie.on('storagemutated').unsubscribe(onWrite);
    perDb?.delete(keyOf(table, eventId));
  });
  return mirror;
};

/** Starts (or finds) the mirror, e.g. right after the app has painted, so the first page that needs it finds it read. */
export const warmMirror = (db: DeskDatabase, table: MirrorTable, eventId: string): Promise<void> => mirrorFor(db, table, eventId).loading ?? Promise.resolve();

/** What `useSyncExternalStore` needs: subscribe, and the current snapshot (undefined until the first read is in). */
export const mirrorStore = <T extends Row>(db: DeskDatabase, table: MirrorTable, eventId: string) => {
  const mirror = mirrorFor<T>(db, table, eventId);
  return {
    subscribe: (listener: () => void) => {
      mirror.listeners.add(listener);
      return () => mirror.listeners.delete(listener);
    },
    snapshot: () => mirror.snapshot,
  };
};
