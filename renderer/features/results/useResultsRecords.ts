import { useMemo } from 'react';
import { useEventRows } from '../../app/useEventRows';
import type { ResultsRecords } from './resultsSources';

/**
 * Meetings, outcomes and requests of the event, from the app's mirrors of
 * those tables (renderer/db/tableMirror.ts): read once while the app runs,
 * then patched by each write, so recording an outcome re-reads one row, not
 * the fair. Undefined until all three are in.
 */
export const useResultsRecords = (eventId: string): ResultsRecords | undefined => {
  const meetings = useEventRows('meetings', eventId);
  const outcomes = useEventRows('outcomes', eventId);
  const requests = useEventRows('meetingRequests', eventId);
  return useMemo(() => (meetings && outcomes && requests ? { meetings, outcomes, requests } : undefined), [meetings, outcomes, requests]);
};
