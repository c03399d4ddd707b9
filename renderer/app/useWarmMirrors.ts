import { useEffect } from 'react';
import { warmMirror, type MirrorTable } from '../db/tableMirror';
import { useDesk } from './DeskContext';

/** Long enough for the first page to paint before the fair's tables are read. */
const AFTER_FIRST_PAINT_MS = 500;
const TABLES: readonly MirrorTable[] = ['meetings', 'meetingRequests', 'outcomes'];

/**
 * Reads the event's meetings, requests and outcomes into their mirrors in
 * the background once the app has painted, so that 排期, 现场, 对接成果 and
 * 成果统计 open on data already in memory (a few hundred ms of reading at
 * 10,000 meetings, done while the organiser looks at the first page).
 */
export const useWarmMirrors = (eventId: string): void => {
  const db = useDesk();
  useEffect(() => {
    const timer = setTimeout(() => {
      for (const table of TABLES) void warmMirror(db, table, eventId);
    }, AFTER_FIRST_PAINT_MS);
    return () => clearTimeout(timer);
  }, [db, eventId]);
};
