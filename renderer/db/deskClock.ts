import Dexie, { type ObservabilitySet } from 'dexie';
import { createClock, type Clock } from '@shared/clock';
import type { DeskDatabase } from './database';

/**
 * This installation's device id and hybrid logical clock. The device id is
 * created once and kept in `meta`; the last stamp handed out is persisted with
 * every write so that stamps never go backwards across restarts, even if the
 * laptop's clock is set back.
 */
const DEVICE_KEY = 'deviceId';
export const LAST_STAMP_KEY = 'lastStamp';

const clocks = new WeakMap<DeskDatabase, Promise<Clock>>();

const newDeviceId = (): string => {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return `dev-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
};

/**
 * Another window or a worker (an import) may move the newest stamp on: this
 * window's clock follows, so its next edit is stamped after what they wrote.
 */
const followOtherWriters = (db: DeskDatabase, clock: Clock): void => {
  const metaKey = `idb://${db.name}/meta/`;
  const onWrite = (parts: ObservabilitySet) => {
    if (!parts[metaKey]) return;
    void db.meta.get(LAST_STAMP_KEY).then((row) => {
      if (typeof row?.value === 'string') clock.observe(row.value);
    }, () => undefined);
  };
  Dexie.on('storagemutated', onWrite);
  db.on('close', () => Dexie.on('storagemutated').unsubscribe(onWrite));
};

export const deskClock = (db: DeskDatabase): Promise<Clock> => {
  let clock = clocks.get(db);
  if (!clock) {
    clock = db.transaction('rw', db.meta, async () => {
      let device = (await db.meta.get(DEVICE_KEY))?.value;
      if (typeof device !== 'string') {
        device = newDeviceId();
        await db.meta.put({ key: DEVICE_KEY, value: device });
      }
      const c = createClock(device as string, () => Date.now());
      const last = (await db.meta.get(LAST_STAMP_KEY))?.value;
      if (typeof last === 'string') c.observe(last);
      followOtherWriters(db, c);
      return c;
    });
    clocks.set(db, clock);
  }
  return clock;
};
