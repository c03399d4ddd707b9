import { useLiveQuery } from 'dexie-react-hooks';
import type { DockingEvent } from '@shared/model';
import { useDesk } from '../../app/DeskContext';
import { readLiveRegistry, type LiveRegistry } from '../../db/liveRegistry';
import type { RegistryLookups } from './types';

export type RegistryData = RegistryLookups & { lists: LiveRegistry };

/**
 * The live, non-deleted registry of one event. Dexie re-runs the query when
 * any of these tables changes, so every list and lookup stays current.
 */
export const useRegistryData = (event: DockingEvent): RegistryData | undefined => {
  const db = useDesk();
  return useLiveQuery(async () => {
    const lists = await readLiveRegistry(db, event.id);
    return {
      event,
      organisations: new Map(lists.organisations.map((o) => [o.id, o])),
      participants: new Map(lists.participants.map((p) => [p.id, p])),
      lists,
    };
  }, [db, event]);
};
