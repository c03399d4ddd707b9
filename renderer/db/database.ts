import Dexie, { type EntityTable } from 'dexie';
import type { Achievement, DockingEvent, Meeting, MeetingRequest, Need, Organisation, Outcome, Participant } from '@shared/model';

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
  meta: EntityTable<MetaRow, 'key'>;
};

export const DEFAULT_DB_NAME = 'docking-desk';

/**
 * Versioned schema. Never edit a released version's stores: add a new
 * `db.version(n + 1)` with an `upgrade()` that migrates the rows, so a
 * laptop that skipped releases still walks every step in order.
 */
const declareVersions = (db: Dexie): void => {
  db.version(1).stores({
    events: 'id, startDate',
    organisations: 'id, eventId, name, usci',
    participants: 'id, eventId, organisationId, mobile, badgeCode',
    needs: 'id, eventId, ownerId',
    achievements: 'id, eventId, ownerId',
    meetingRequests: 'id, eventId, fromId, toId',
    meetings: 'id, eventId, slotId',
    outcomes: 'id, eventId, meetingId',
    meta: 'key',
  });
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
