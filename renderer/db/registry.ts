import type { Table, Transaction } from 'dexie';
import type { Clock } from '@shared/clock';
import { draftFields, validate, type Draft, type FieldIssue } from '@shared/model';
import type { DeskDatabase } from './database';
import { deskClock, LAST_STAMP_KEY } from './deskClock';
import { databaseLookup, dependentsOfOrganisation, integrityIssues, snapshotLookup, type Lookup, type SnapshotLookup } from './integrity';
import { REGISTRY_KINDS, type InputOf, type RecordOf, type RegistryKind } from './recordKinds';
import { runWrite, WriteRefused, type WriteResult } from './writeResult';
import { freshBadgeCode } from './badgeCodes';
import { changedFields, newId } from './fieldChanges';
import { stampFields } from '@shared/sync/stampFields';

/**
 * The registry's writes: one function per kind of write, each one Dexie
 * transaction that validates, checks integrity, stamps and stores, so a
 * refused write leaves the database exactly as it was.
 */

// Dexie's per-table types cannot be indexed by a generic key, so the generic
// functions see the registry tables through this one narrowing.
const tableOf = <K extends RegistryKind>(db: DeskDatabase, kind: K): Table<RecordOf[K], string> =>
  db.table(kind) as Table<RecordOf[K], string>;

type Fields<K extends RegistryKind> = Draft<RecordOf[K]>;

export const parseDraft = <K extends RegistryKind>(kind: K, input: InputOf<K>): Fields<K> => {
  const result = validate(REGISTRY_KINDS[kind].schema, input);
  if (!result.ok) throw new WriteRefused(result.issues);
  // The schema of kind K parses to the fields of RecordOf[K]; TS cannot see through the generic index.
  return result.value as unknown as Fields<K>;
};

/** Participants may arrive without a badge code (forms, imports): give them one. */
export const withBadgeCode = async <K extends RegistryKind>(lookup: Lookup, kind: K, input: InputOf<K>): Promise<InputOf<K>> => {
  if (kind !== 'participants') return input;
  const p = input as InputOf<'participants'>;
  if (p.badgeCode && p.badgeCode.trim() !== '') return { ...p, badgeCode: p.badgeCode.trim().toUpperCase() } as InputOf<K>;
  return { ...p, badgeCode: await freshBadgeCode(lookup) } as InputOf<K>;
};

const checkIntegrity = async <K extends RegistryKind>(lookup: Lookup, kind: K, value: Fields<K>, selfId?: string) => {
  const issues: FieldIssue[] = await integrityIssues(kind, lookup, value, selfId);
  if (issues.length > 0) throw new WriteRefused(issues);
};

/** The tables a registry write may touch; every registry transaction spans all of them. */
export const registryTables = (db: DeskDatabase) => [db.organisations, db.participants, db.needs, db.achievements, db.meta];

export const createRecord = async <K extends RegistryKind>(db: DeskDatabase, kind: K, eventId: string, input: InputOf<K>): Promise<WriteResult<RecordOf[K]>> => {
  const clock = await deskClock(db);
  return runWrite(() =>
    db.transaction('rw', registryTables(db), async () => {
      const lookup = databaseLookup(db, eventId);
      const value = parseDraft(kind, await withBadgeCode(lookup, kind, input));
      await checkIntegrity(lookup, kind, value);
      const stamp = clock.next();
      const record = { ...value, id: newId(REGISTRY_KINDS[kind].prefix), eventId, createdAt: stamp, updatedAt: stamp, deleted: false } as RecordOf[K];
      await tableOf(db, kind).add(record);
      await db.meta.put({ key: LAST_STAMP_KEY, value: stamp });
      return record;
    }),
  );
};

/** Replaces the editable fields of a record; only fields that really changed get a new field stamp. */
export const updateRecord = async <K extends RegistryKind>(db: DeskDatabase, kind: K, id: string, input: InputOf<K>): Promise<WriteResult<RecordOf[K]>> => {
  const clock = await deskClock(db);
  return runWrite(() =>
    db.transaction('rw', registryTables(db), async () => {
      const current = await tableOf(db, kind).get(id);
      if (!current || current.deleted) throw new WriteRefused([{ field: '', message: `该${REGISTRY_KINDS[kind].label}不存在或已被删除` }]);
      const lookup = databaseLookup(db, current.eventId);
      const value = parseDraft(kind, await withBadgeCode(lookup, kind, input));
      await checkIntegrity(lookup, kind, value, id);
      const changed = changedFields(current, value);
      if (changed.length === 0) return current;
      const stamp = clock.next();
      const record = { ...value, id, eventId: current.eventId, createdAt: current.createdAt, updatedAt: stamp, deleted: false, ...stampFields(current, changed, stamp) } as RecordOf[K];
      await tableOf(db, kind).put(record);
      await db.meta.put({ key: LAST_STAMP_KEY, value: stamp });
      return record;
    }),
  );
};

const setDeleted = async <K extends RegistryKind>(db: DeskDatabase, kind: K, id: string, deleted: boolean): Promise<WriteResult<RecordOf[K]>> => {
  const clock = await deskClock(db);
  return runWrite(() =>
    db.transaction('rw', registryTables(db), async () => {
      const current = await tableOf(db, kind).get(id);
      if (!current) throw new WriteRefused([{ field: '', message: `该${REGISTRY_KINDS[kind].label}不存在` }]);
      if (current.deleted === deleted) return current;
      if (deleted && kind === 'organisations') {
        const dependents = await dependentsOfOrganisation(db, id);
        if (dependents.length > 0) throw new WriteRefused([{ field: '', message: `该机构下还有${dependents.join('、')}，请先删除或移到其他机构` }]);
      }
      if (!deleted) {
        // Undo must not resurrect a duplicate that was created meanwhile.
        await checkIntegrity(databaseLookup(db, current.eventId), kind, draftFields(current) as unknown as Fields<K>, id);
      }
      const stamp = clock.next();
      const record = { ...current, deleted, updatedAt: stamp, ...stampFields(current, ['deleted'], stamp) };
      await tableOf(db, kind).put(record);
      await db.meta.put({ key: LAST_STAMP_KEY, value: stamp });
      return record;
    }),
  );
};

/** Deletes as a tombstone (kept for sync and for undo). */
export const deleteRecord = <K extends RegistryKind>(db: DeskDatabase, kind: K, id: string) => setDeleted(db, kind, id, true);

/** Undo of a delete. */
export const restoreRecord = <K extends RegistryKind>(db: DeskDatabase, kind: K, id: string) => setDeleted(db, kind, id, false);

export type BulkProgress = (done: number, total: number) => void;

export type BatchOptions = {
  /**
   * The running transaction, as its scope function receives it. Writes go
   * through it rather than through `db`: checking thousands of rows takes
   * more native awaits than Dexie's zone tracking follows (about 100
   * microtasks), after which `db.table(…)` would no longer see the
   * transaction, write outside it, and let it commit too early.
   */
  tx: Transaction;
  /** A snapshot lookup of the event, shared by every batch of one transaction so that each sees the others' records. */
  lookup: SnapshotLookup;
  clock: Clock;
  /** How a refusal names the input, e.g. “第3条” or “第12行”. */
  nameOf: (index: number) => string;
  /** Called after each stored chunk with the number of inputs stored so far. */
  onChunk?: (done: number) => void;
};

/**
 * Validates, checks, stamps and stores a batch inside the caller's
 * transaction; throws `WriteRefused` on the first refused input, which aborts
 * that transaction. Returns the stored records and the last stamp handed out.
 */
export const addRecordsInTransaction = async <K extends RegistryKind>(
  kind: K,
  eventId: string,
  inputs: readonly InputOf<K>[],
  { tx, lookup, clock, nameOf, onChunk }: BatchOptions,
): Promise<{ records: RecordOf[K][]; lastStamp: string }> => {
  // Same narrowing as tableOf, on the transaction's table.
  const table = tx.table(kind) as Table<RecordOf[K], string>;
  const out: RecordOf[K][] = [];
  const chunk = 500;
  let stamp = '';
  for (let start = 0; start < inputs.length; start += chunk) {
    const batch: RecordOf[K][] = [];
    for (let i = start; i < Math.min(inputs.length, start + chunk); i++) {
      try {
        const value = parseDraft(kind, await withBadgeCode(lookup, kind, inputs[i] as InputOf<K>));
        await checkIntegrity(lookup, kind, value);
        stamp = clock.next();
        const record = { ...value, id: newId(REGISTRY_KINDS[kind].prefix), eventId, createdAt: stamp, updatedAt: stamp, deleted: false } as RecordOf[K];
        lookup.learn(kind, record);
        batch.push(record);
      } catch (e) {
        if (e instanceof WriteRefused) throw new WriteRefused(e.issues.map((issue) => ({ ...issue, message: `${nameOf(i)}：${issue.message}` })));
        throw e;
      }
    }
    await table.bulkAdd(batch);
    out.push(...batch);
    onChunk?.(out.length);
  }
  return { records: out, lastStamp: stamp };
};

/**
 * Stores many already-reviewed inputs in one transaction (spreadsheet
 * import): all of them, or, if any is refused, none. Integrity is checked
 * against the database and within the batch.
 */
export const createRecords = async <K extends RegistryKind>(
  db: DeskDatabase,
  kind: K,
  eventId: string,
  inputs: readonly InputOf<K>[],
  onProgress?: BulkProgress,
): Promise<WriteResult<RecordOf[K][]>> => {
  const clock = await deskClock(db);
  return runWrite(() =>
    db.transaction('rw', registryTables(db), async (tx) => {
      const lookup = await snapshotLookup(db, eventId);
      const { records, lastStamp } = await addRecordsInTransaction(kind, eventId, inputs, {
        tx,
        lookup,
        clock,
        nameOf: (i) => `第${i + 1}条`,
        onChunk: (done) => onProgress?.(done, inputs.length),
      });
      if (lastStamp) await tx.table('meta').put({ key: LAST_STAMP_KEY, value: lastStamp });
      return records;
    }),
  );
};
