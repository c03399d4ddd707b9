import { useMemo, useSyncExternalStore } from 'react';
import type { Meeting, MeetingRequest, Outcome } from '@shared/model';
import { mirrorStore, type MirrorTable } from '../db/tableMirror';
import { useDesk } from './DeskContext';

type RowOf = { meetings: Meeting; meetingRequests: MeetingRequest; outcomes: Outcome };

/**
 * The event's live rows of a table, from its mirror (tableMirror.ts):
 * undefined until the first read is in, then a new array after every write
 * that touched the table, the same array otherwise.
 */
export const useEventRows = <K extends MirrorTable>(table: K, eventId: string): readonly RowOf[K][] | undefined => {
  const db = useDesk();
  const store = useMemo(() => mirrorStore<RowOf[K]>(db, table, eventId), [db, table, eventId]);
  return useSyncExternalStore(store.subscribe, store.snapshot)?.rows;
};
