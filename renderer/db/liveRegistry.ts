import type { DeskDatabase } from './database';
import type { RecordOf, RegistryKind } from './recordKinds';

export type LiveRegistry = { [K in RegistryKind]: RecordOf[K][] };

/**
 * The event's non-deleted organisations, participants, needs and
 * achievements, read in one transaction so the four lists agree.
 */
export const readLiveRegistry = (db: DeskDatabase, eventId: string): Promise<LiveRegistry> =>
  db.transaction('r', [db.organisations, db.participants, db.needs, db.achievements], async () => {
    // Tombstones dropped after the read: Dexie's `.filter()` walks a cursor,
    // one round trip per row, where a plain index range is one `getAll`.
    const live = async <K extends RegistryKind>(kind: K) =>
      (await db.table<RecordOf[K], string>(kind).where('eventId').equals(eventId).toArray()).filter((r) => !r.deleted);
    const [organisations, participants, needs, achievements] = await Promise.all([live('organisations'), live('participants'), live('needs'), live('achievements')]);
    return { organisations, participants, needs, achievements };
  });
