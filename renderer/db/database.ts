import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { Achievement, DockingEvent, MatchFeedback, Meeting, MeetingRequest, Need, Organisation, Outcome, OutcomeRevision, Participant } from '@shared/model';
import type { BundleExport, BundleImport, KnownDevice } from './bundleLog';

/** Small key–value facts about this installation: device id, clock, active event. */
export type MetaRow = { key: string; value: unknown };

export type DeskDatabase = Dexie & {
  events: EntityTable<DockingEvent, 'id'>;
  organisations: EntityTable<Organisation, 'id'>;
  participants: EntityTable<Participant, 'id'>;
  needs: EntityTable<Need, 'id'>;
  achievements: EntityTable<Achievement, 'id'>;
  meetingRequests: EntityTable<MeetingRequest, 'id'>;
  meetings: EntityTable<Meeting, 'id'>;
  outcomes: EntityTable<Outcome, 'id'>;
  outcomeRevisions: EntityTable<OutcomeRevision, 'id'>;
  matchFeedback: EntityTable<MatchFeedback, 'id'>;
  meta: EntityTable<MetaRow, 'key'>;
  bundleExports: EntityTable<BundleExport, 'id'>;
  bundleImports: EntityTable<BundleImport, 'id'>;
  devices: EntityTable<KnownDevice, 'id'>;
};

export const DEFAULT_DB_NAME = 'docking-desk';

/** One step of the schema: the stores it adds or changes, and how it migrates existing rows. */
export type SchemaVersion = { version: number; stores: Record<string, string>; upgrade?: (tx: Transaction) => Promise<void> };

/**
 * Versioned schema. Never edit a released version's stores: append the next
 * version with an `upgrade()` that migrates the rows, so a laptop that skipped
 * releases still walks every step in order. Exported so the migration tests
 * can open a database as an older release left it.
 */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      events: 'id, startDate',
      organisations: 'id, eventId, name, usci',
      participants: 'id, eventId, organisationId, mobile, badgeCode',
      needs: 'id, eventId, ownerId',
      achievements: 'id, eventId, ownerId',
      meetingRequests: 'id, eventId, fromId, toId',
      meetings: 'id, eventId, slotId',
      outcomes: 'id, eventId, meetingId',
      meta: 'key',
    },
  },
  {
    // Matching: verdicts on suggestions, and requests found by the need or
    // achievement they are about. Only indexes and a new table: IndexedDB
    // builds the indexes from the stored rows, so no row needs migrating.
    version: 2,
    stores: {
      meetingRequests: 'id, eventId, fromId, toId, needId, achievementId',
      matchFeedback: 'id, eventId, needId, targetId',
    },
  },
  {
    // Scheduling: a move is checked against the meetings it can clash with
    // (its slot, its request's follow-ups) without reading the whole fair.
    // Indexes only, built by IndexedDB from the stored rows.
    version: 3,
    stores: {
      meetings: 'id, eventId, slotId, requestId',
      meetingRequests: 'id, eventId, fromId, toId, needId, achievementId, afterRequestId',
    },
  },
  {
    // Event day: each save of an outcome appends a revision (who, when,
    // what), and the floor reads a meeting's outcome by meeting. A new table
    // and indexes only.
    version: 4,
    stores: {
      outcomes: 'id, eventId, meetingId',
      outcomeRevisions: 'id, eventId, outcomeId',
    },
  },
  {
    // Sync bundles: what was exported (for deltas and the history), what was
    // imported (idempotence, and deltas that carry other laptops' records on),
    // and the signing keys of the laptops seen so far. New tables only.
    version: 5,
    stores: {
      bundleExports: 'id, eventId, target',
      bundleImports: 'id, eventId',
      devices: 'id',
    },
  },
];

export const declareVersions = (db: Dexie, versions: readonly SchemaVersion[] = SCHEMA_VERSIONS): void => {
  for (const { version, stores, upgrade } of versions) {
    const declared = db.version(version).stores(stores);
    if (upgrade) declared.upgrade(upgrade);
  }
};

/**
 * Opens the desk database. Durability is `strict`: a check-in or outcome
 * that the UI reported as saved survives a power cut on the hall's laptop.
 */
export const openDeskDatabase = (name = DEFAULT_DB_NAME): DeskDatabase => {
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as DeskDatabase;
  declareVersions(db);
  return db;
};
