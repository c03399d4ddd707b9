import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
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

/** The fair's clock, ticking every `tickMs` (1 s by default: the floor's countdown shows seconds). */
export const useFairNow = (eventId: string, tickMs = 1000): FairClock => {
  const db = useDesk();
  const stored = useLiveQuery(() => readClockOffset(db, eventId), [db, eventId]);
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
