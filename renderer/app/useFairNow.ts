import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { DeskDatabase } from '../db/database';
import { readClockOffset, writeClockOffset } from '../db/fairClock';
import { useDesk } from './DeskContext';

export type FairClock = {
  /** The fair's “now” in epoch ms: the laptop's clock plus the rehearsal offset. */
  now: number;
  offsetMs: number;
  /**
   * The stored offset has been read. Before that `now` is the laptop's
   * clock: a page that reads by slot waits, so it does not read the wrong
   * day's slots first during a rehearsal.
   */
  ready: boolean;
  /** Runs the fair's clock so that it reads `fairMs` now (a rehearsal), or live again with `null`. */
  setNow(fairMs: number | null): Promise<void>;
};

/**
 * The offset last read, per database and event: a page that mounts again
 * starts from it, ready, instead of drawing once without it and again after
 * a round trip to IndexedDB (~20 ms of opening 现场); the live query then
 * confirms it or brings the change another window made.
 */
const lastRead = new WeakMap<DeskDatabase, Map<string, number>>();
const readAndRemember = async (db: DeskDatabase, eventId: string): Promise<number> => {
  const offset = await readClockOffset(db, eventId);
  (lastRead.get(db) ?? lastRead.set(db, new Map()).get(db))?.set(eventId, offset);
  return offset;
};

/** The fair's clock, ticking every `tickMs` (1 s by default: the floor's countdown shows seconds). */
export const useFairNow = (eventId: string, tickMs = 1000): FairClock => {
  const db = useDesk();
  const stored = useLiveQuery(() => readAndRemember(db, eventId), [db, eventId], lastRead.get(db)?.get(eventId));
  const offsetMs = stored ?? 0;
  const [wall, setWall] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setWall(Date.now()), tickMs);
    return () => clearInterval(timer);
  }, [tickMs]);
  return {
    now: wall + offsetMs,
    offsetMs,
    ready: stored !== undefined,
    setNow: (fairMs) => writeClockOffset(db, eventId, fairMs === null ? 0 : fairMs - Date.now()),
  };
};
