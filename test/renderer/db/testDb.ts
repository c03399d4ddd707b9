import { openDeskDatabase, type DeskDatabase } from '../../../renderer/db/database';
import { createEvent } from '../../../renderer/db/events';
import type { EventDraft } from '@shared/model';

let n = 0;
/** A fresh, empty database per test: fake-indexeddb keeps databases per name. */
export const freshDb = (): DeskDatabase => openDeskDatabase(`test-${Date.now()}-${n++}`);

export const sampleEvent: EventDraft = {
  name: '测试对接会',
  venue: '中关村展示中心',
  startDate: '2026-05-20',
  endDate: '2026-05-20',
  slotMinutes: 20,
  breakMinutes: 5,
  sessions: [{ id: 'am', label: '上午', date: '2026-05-20', start: '09:00', end: '12:00' }],
  tables: [{ id: 'T1', number: 1 }],
};

export const dbWithEvent = async (): Promise<{ db: DeskDatabase; eventId: string }> => {
  const db = freshDb();
  const created = await createEvent(db, sampleEvent);
  if (!created.ok) throw new Error('event');
  return { db, eventId: created.value.id };
};
