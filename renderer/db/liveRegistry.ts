import type { DeskDatabase } from './database';
import type { RecordOf, RegistryKind } from './recordKinds';

export type LiveRegistry = { [K in RegistryKind]: RecordOf[K][] };

/**
 * The event's non-deleted organisations, participants, needs and
 * achievements, read in one transaction so the four lists agree.
 */
export const readLiveRegistry = (db: DeskDatabase, eventId: string): Promise<LiveRegistry> =>
  db.transaction('r', [db.organisations, db.participants, db.needs, db.achievements], async () => {
    const live = <K extends RegistryKind>(kind: K) =>
      db
        .table<RecordOf[K], string>(kind)
        .where('eventId')
        .equals(eventId)
        .filter((r) => !r.deleted)
        .toArray();
    const [organisations, participants, needs, achievements] = await Promise.all([live('organisations'), live('participants'), live('needs'), live('achievements')]);
    return { organisations, participants, needs, achievements };
  });
