import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDesk } from '../../app/DeskContext';
import type { ResultsRecords } from './resultsSources';

/**
 * Tombstones are dropped here, not with Dexie's `.filter()`: that walks a
 * cursor, one round trip per row, where a plain index range is one `getAll`.
 */
const notDeleted = <T extends { deleted: boolean }>(rows: T[]): T[] => rows.filter((r) => !r.deleted);

/**
 * Meetings, outcomes and requests of the event, each in its own live query:
 * Dexie re-runs a query when a table it read changes, so recording an
 * outcome re-reads the outcomes and meetings (the save marks its meeting
 * 已完成), not the 10,000 requests. Undefined until all three are read.
 */
export const useResultsRecords = (eventId: string): ResultsRecords | undefined => {
  const db = useDesk();
  const meetings = useLiveQuery(async () => notDeleted(await db.meetings.where('eventId').equals(eventId).toArray()), [db, eventId]);
  const outcomes = useLiveQuery(async () => notDeleted(await db.outcomes.where('eventId').equals(eventId).toArray()), [db, eventId]);
  const requests = useLiveQuery(async () => notDeleted(await db.meetingRequests.where('eventId').equals(eventId).toArray()), [db, eventId]);
  return useMemo(() => (meetings && outcomes && requests ? { meetings, outcomes, requests } : undefined), [meetings, outcomes, requests]);
};
