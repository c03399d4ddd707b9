import { useLiveQuery } from 'dexie-react-hooks';
import type { DockingEvent } from '@shared/model';
import { useDesk } from '../../app/DeskContext';
import type { RecordOf, RegistryKind } from '../../db/recordKinds';
import type { RegistryLookups } from './types';

export type RegistryData = RegistryLookups & { lists: { [K in RegistryKind]: RecordOf[K][] } };

/**
 * The live, non-deleted registry of one event. Dexie re-runs the query when
 * any of these tables changes, so every list and lookup stays current.
 */
export const useRegistryData = (event: DockingEvent): RegistryData | undefined => {
  const db = useDesk();
  return useLiveQuery(async () => {
    const byEvent = <K extends RegistryKind>(kind: K) =>
      db
        .table<RecordOf[K], string>(kind)
        .where('eventId')
        .equals(event.id)
        .filter((r) => !r.deleted)
        .toArray();
    const [organisations, participants, needs, achievements] = await Promise.all([
      byEvent('organisations'),
      byEvent('participants'),
      byEvent('needs'),
      byEvent('achievements'),
    ]);
    return {
      event,
      organisations: new Map(organisations.map((o) => [o.id, o])),
      participants: new Map(participants.map((p) => [p.id, p])),
      lists: { organisations, participants, needs, achievements },
    };
  }, [db, event]);
};
