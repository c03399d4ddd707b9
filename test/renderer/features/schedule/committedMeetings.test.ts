import { beforeEach, describe, expect, it } from 'vitest';
import type { Meeting } from '@shared/model';
import { useCommittedMeetings, withCommitted } from '../../../../renderer/features/schedule/committedMeetings';

const EVENT = 'evt_01ks26c4008bdgc6wxk0ffw4hw';
const stampAt = (n: number) => `2026-05-20T09:00:00.${String(n).padStart(3, '0')}Z-0000-dev-000000000001`;
const meeting = (id: string, n: number, patch: Partial<Meeting> = {}): Meeting => ({
  id,
  eventId: EVENT,
  createdAt: stampAt(0),
  updatedAt: stampAt(n),
  deleted: false,
  participantIds: ['ppl_a', 'ppl_b'],
  slotId: 'am#0',
  tableId: 'T1',
  state: '待开始',
  locked: false,
  ...patch,
});

const rows = () => useCommittedMeetings.getState().rows;

beforeEach(() => useCommittedMeetings.setState({ rows: new Map() }));

describe('committed meetings before the re-read', () => {
  it('puts a committed move in place of the stale stored row, and lets the stored row win once the read has it', () => {
    const stored = [meeting('m1', 1), meeting('m2', 1)];
    const moved = meeting('m1', 2, { tableId: 'T9' });
    useCommittedMeetings.getState().add(moved);
    expect(withCommitted(stored, rows(), EVENT).map((m) => m.tableId)).toEqual(['T9', 'T1']);

    // A read that started before the commit: still stale, the row stays.
    useCommittedMeetings.getState().settle(stored);
    expect(rows().size).toBe(1);
    const reread = [meeting('m1', 2, { tableId: 'T9' }), meeting('m2', 1)];
    useCommittedMeetings.getState().settle(reread);
    expect(rows().size).toBe(0);
    expect(withCommitted(reread, rows(), EVENT)).toBe(reread);
  });

  it('never hides a later write of another window', () => {
    useCommittedMeetings.getState().add(meeting('m1', 2, { tableId: 'T9' }));
    const theirs = [meeting('m1', 3, { tableId: 'T4' })];
    expect(withCommitted(theirs, rows(), EVENT)).toBe(theirs);
    useCommittedMeetings.getState().settle(theirs);
    expect(rows().size).toBe(0);
  });

  it('shows a placed meeting at once, and forgets it when two reads in a row do not have it (deleted since)', () => {
    const stored = [meeting('m1', 1)];
    useCommittedMeetings.getState().add(meeting('m3', 2));
    expect(withCommitted(stored, rows(), EVENT).map((m) => m.id)).toEqual(['m1', 'm3']);
    useCommittedMeetings.getState().settle(stored);
    expect(rows().size).toBe(1);
    useCommittedMeetings.getState().settle(stored);
    expect(rows().size).toBe(0);
  });

  it('leaves other events’ meetings out', () => {
    useCommittedMeetings.getState().add(meeting('m3', 2, { eventId: 'evt_01ks26c4008bdgc6wxk0ffw4zz' }));
    const stored = [meeting('m1', 1)];
    expect(withCommitted(stored, rows(), EVENT)).toBe(stored);
  });
});
