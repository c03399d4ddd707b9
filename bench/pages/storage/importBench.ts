import Dexie from 'dexie';
import type { EventDraft, Meeting, Organisation, OrganisationDraft, Participant } from '@shared/model';
import { openDeskDatabase, type DeskDatabase } from '../../../renderer/db/database';
import { LAST_STAMP_KEY } from '../../../renderer/db/deskClock';
import { createEvent } from '../../../renderer/db/events';
import { createRecords } from '../../../renderer/db/registry';
import type { WriteResult } from '../../../renderer/db/writeResult';
import { withOrganisations, type PersonDraft } from '../../fixtures/fair';
import { countRaw, deleteRaw, openRaw, putAll, storeSpecsOf } from './rawIdb';

/**
 * The import measurements. Each one opens a fresh database (not timed),
 * times only the writes up to the transaction's completion, checks the row
 * count (not timed), then deletes the database.
 */
export const benchEvent: EventDraft = {
  name: '基准测试对接会',
  venue: '国家会议中心',
  startDate: '2026-05-20',
  endDate: '2026-05-20',
  slotMinutes: 20,
  breakMinutes: 5,
  sessions: [
    { id: 'am', label: '上午', date: '2026-05-20', start: '09:00', end: '12:00' },
    { id: 'pm', label: '下午', date: '2026-05-20', start: '13:30', end: '17:30' },
  ],
  tables: [],
};

let serial = 0;
const freshName = (side: string) => `bench-${side}-${Date.now()}-${serial++}`;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const expectCount = (what: string, actual: number, expected: number) => {
  if (actual !== expected) throw new Error(`${what}: stored ${actual} rows, expected ${expected}`);
};

const dropDexie = async (db: DeskDatabase, settleMs: number) => {
  db.close();
  await Dexie.delete(db.name);
  await sleep(settleMs);
};

/** What one import produced: the other sides store exactly these rows. */
export type ImportedFair = { eventId: string; organisations: Organisation[]; participants: Participant[]; lastStamp: string };

export type RepositoryTiming = {
  organisationsMs: number;
  participantsMs: number;
  /** Set when the import did not store every row in one piece. */
  failure?: string;
  /** The records stored: as returned, or, after a failure, as read back. */
  fair: ImportedFair;
};

const describeError = (e: unknown): string => (e instanceof Error ? `${e.name}: ${e.message}` : String(e));

/**
 * The app's import path: `createRecords` for the organisations, then for the
 * people that point at them. A failure is recorded with what it left in the
 * database rather than thrown, so that the report can show it.
 */
export const importThroughRepository = async (orgDrafts: readonly OrganisationDraft[], people: readonly PersonDraft[], settleMs: number): Promise<RepositoryTiming> => {
  const db = openDeskDatabase(freshName('repository'));
  const event = await createEvent(db, benchEvent);
  if (!event.ok) throw new Error(`event refused: ${JSON.stringify(event.issues)}`);
  const eventId = event.value.id;
  const problems: string[] = [];
  const attempt = async <T>(what: string, run: () => Promise<WriteResult<T>>): Promise<{ ms: number; value?: T }> => {
    const t0 = performance.now();
    try {
      const result = await run();
      const ms = performance.now() - t0;
      if (result.ok) return { ms, value: result.value };
      problems.push(`${what} refused (${result.issues[0]?.message ?? ''})`);
      return { ms };
    } catch (e) {
      problems.push(`${what} threw ${describeError(e)}`);
      return { ms: performance.now() - t0 };
    }
  };

  const orgs = await attempt('organisations', () => createRecords(db, 'organisations', eventId, orgDrafts));
  // Without the organisations' ids the people are still imported, unattached, to show what the path does with them.
  const drafts = withOrganisations(people, orgs.value?.map((o) => o.id) ?? []);
  const persons = await attempt('participants', () => createRecords(db, 'participants', eventId, drafts));

  const stored = { organisations: await db.organisations.toArray(), participants: await db.participants.toArray() };
  const lastStamp = String((await db.meta.get(LAST_STAMP_KEY))?.value);
  await dropDexie(db, settleMs);
  const timing = { organisationsMs: orgs.ms, participantsMs: persons.ms };
  if (problems.length > 0 || !orgs.value || !persons.value) {
    return {
      ...timing,
      failure: `${problems.join('; ')}; left stored: ${stored.organisations.length} organisations, ${stored.participants.length} participants`,
      fair: { eventId, ...stored, lastStamp },
    };
  }
  expectCount('repository participants', stored.participants.length, people.length);
  return { ...timing, fair: { eventId, organisations: orgs.value, participants: persons.value, lastStamp } };
};

/** Dexie alone: the repository's own records, stored as registry.ts stores them (two transactions, `bulkAdd` per 500), without its per-row work. */
export const importThroughDexieBulkAdd = async (fair: ImportedFair, settleMs: number): Promise<number> => {
  const db = openDeskDatabase(freshName('dexie'));
  await db.open();
  const tables = [db.organisations, db.participants, db.needs, db.achievements, db.meta];
  const store = <T>(table: { bulkAdd(rows: readonly T[]): Promise<unknown> }, rows: readonly T[]) =>
    db.transaction('rw', tables, async () => {
      for (let i = 0; i < rows.length; i += 500) await table.bulkAdd(rows.slice(i, i + 500));
      await db.meta.put({ key: LAST_STAMP_KEY, value: fair.lastStamp });
    });
  const t0 = performance.now();
  await store(db.organisations, fair.organisations);
  await store(db.participants, fair.participants);
  const ms = performance.now() - t0;
  expectCount('Dexie participants', await db.participants.count(), fair.participants.length);
  await dropDexie(db, settleMs);
  return ms;
};

const rawDatabase = async () => {
  const probe = openDeskDatabase(freshName('schema'));
  const specs = storeSpecsOf(probe);
  probe.close();
  return openRaw(freshName('raw'), specs);
};

/** Raw IndexedDB: the same rows in one strict readwrite transaction, a plain `put` each, all at once or in waves. */
export const importRaw = async (fair: ImportedFair, settleMs: number, wave = Infinity): Promise<number> => {
  const db = await rawDatabase();
  const t0 = performance.now();
  await putAll(
    db,
    [
      { store: 'organisations', rows: fair.organisations },
      { store: 'participants', rows: fair.participants },
      { store: 'meta', rows: [{ key: LAST_STAMP_KEY, value: fair.lastStamp }] },
    ],
    wave,
  );
  const ms = performance.now() - t0;
  expectCount('raw participants', await countRaw(db, 'participants'), fair.participants.length);
  await deleteRaw(db);
  await sleep(settleMs);
  return ms;
};

/** Meetings have no repository yet: `bulkPut` in one Dexie transaction is the app's storage path for them today. */
export const storeMeetingsWithDexie = async (rows: readonly Meeting[], settleMs: number): Promise<number> => {
  const db = openDeskDatabase(freshName('meetings-dexie'));
  await db.open();
  const t0 = performance.now();
  await db.transaction('rw', db.meetings, () => db.meetings.bulkPut(rows));
  const ms = performance.now() - t0;
  expectCount('Dexie meetings', await db.meetings.count(), rows.length);
  await dropDexie(db, settleMs);
  return ms;
};

export const storeMeetingsRaw = async (rows: readonly Meeting[], settleMs: number): Promise<number> => {
  const db = await rawDatabase();
  const t0 = performance.now();
  await putAll(db, [{ store: 'meetings', rows }]);
  const ms = performance.now() - t0;
  expectCount('raw meetings', await countRaw(db, 'meetings'), rows.length);
  await deleteRaw(db);
  await sleep(settleMs);
  return ms;
};
