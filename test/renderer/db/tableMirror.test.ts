import { describe, expect, it } from 'vitest';
import type { Meeting } from '@shared/model';
import { mirrorStore, warmMirror } from '../../../renderer/db/tableMirror';
import { freshDb } from './testDb';

const EVENT = 'evt_01ks26c4008bdgc6wxk0ffw4hw';
const OTHER = 'evt_01ks26c4008bdgc6wxk0ffw4zz';
const stamp = '2026-05-20T09:00:00.000Z-0000-dev-000000000001';
const meeting = (n: number, patch: Partial<Meeting> = {}): Meeting => ({
  id: `mtg_01ks26c4008bdgc6wxk0ffw4${String(n).padStart(2, '0')}`,
  eventId: EVENT,
  createdAt: stamp,
  updatedAt: stamp,
  deleted: false,
  participantIds: ['ppl_a', 'ppl_b'],
  slotId: 'am#0',
  tableId: `T${n}`,
  state: '待开始',
  locked: false,
  ...patch,
});

/** The mirror's rows once it has applied every write so far (it patches after each commit). */
const settled = async (read: () => readonly Meeting[] | undefined, expected: (rows: readonly Meeting[]) => boolean) => {
  await expect.poll(() => {
    const rows = read();
    return rows !== undefined && expected(rows);
  }).toBe(true);
  return read() ?? [];
};

describe('table mirror', () => {
  it('reads the event’s live rows once, then follows puts, updates, tombstones and deletes row by row', async () => {
    const db = freshDb();
    await db.meetings.bulkAdd([meeting(1), meeting(2), meeting(3, { deleted: true }), meeting(4, { eventId: OTHER })]);
    const store = mirrorStore<Meeting>(db, 'meetings', EVENT);
    await warmMirror(db, 'meetings', EVENT);
    const rows = () => store.snapshot()?.rows;
    expect(rows()?.map((m) => m.tableId).sort()).toEqual(['T1', 'T2']);

    let told = 0;
    const stop = store.subscribe(() => told++);
    await db.meetings.update(meeting(1).id, { tableId: 'T9' });
    await settled(rows, (r) => r.some((m) => m.tableId === 'T9'));
    await db.meetings.put(meeting(5));
    await db.meetings.put(meeting(2, { deleted: true }));
    await db.meetings.put(meeting(6, { eventId: OTHER }));
    const after = await settled(rows, (r) => r.some((m) => m.tableId === 'T5') && !r.some((m) => m.tableId === 'T2'));
    expect(after.map((m) => m.tableId).sort()).toEqual(['T5', 'T9']);
    await db.meetings.delete(meeting(5).id);
    await settled(rows, (r) => r.length === 1);
    expect(told).toBeGreaterThanOrEqual(3);
    stop();
  });

  it('reads the table again after a write to a range of keys (a clear)', async () => {
    const db = freshDb();
    await db.meetings.bulkAdd([meeting(1), meeting(2)]);
    const store = mirrorStore<Meeting>(db, 'meetings', EVENT);
    await warmMirror(db, 'meetings', EVENT);
    await db.meetings.clear();
    await settled(() => store.snapshot()?.rows, (r) => r.length === 0);
  });

  it('gives every reader of one table and event the same mirror, and the same rows until a write', async () => {
    const db = freshDb();
    await db.meetings.bulkAdd([meeting(1)]);
    const a = mirrorStore<Meeting>(db, 'meetings', EVENT);
    await warmMirror(db, 'meetings', EVENT);
    const b = mirrorStore<Meeting>(db, 'meetings', EVENT);
    expect(b.snapshot()).toBe(a.snapshot());
  });
});
