import type { DeskDatabase } from './database';

/**
 * 演练时间: the fair day's clock may run at an offset from the laptop's, for
 * a rehearsal the day before or a demo of a fair on another date. The offset
 * is kept per event in `meta`, so after a restart the floor, the 待记录 queue
 * and the results resume at the same moment of the day. Live is offset 0.
 */
const key = (eventId: string) => `fairClockOffset:${eventId}`;

export const readClockOffset = async (db: DeskDatabase, eventId: string): Promise<number> => {
  const value = (await db.meta.get(key(eventId)))?.value;
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
};

export const writeClockOffset = async (db: DeskDatabase, eventId: string, offsetMs: number): Promise<void> => {
  await db.meta.put({ key: key(eventId), value: Math.round(offsetMs) });
};
