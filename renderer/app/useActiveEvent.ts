import { useLiveQuery } from 'dexie-react-hooks';
import type { DockingEvent } from '@shared/model';
import { readActiveEventId } from '../db/events';
import { useDesk } from './DeskContext';

/** The fair being worked on: `undefined` while loading, `null` when there is none yet. */
export const useActiveEvent = (): DockingEvent | null | undefined => {
  const db = useDesk();
  return useLiveQuery(
    async () => {
      const id = await readActiveEventId(db);
      const event = id ? await db.events.get(id) : undefined;
      return event && !event.deleted ? event : null;
    },
    [db],
    undefined,
  );
};
