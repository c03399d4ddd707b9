import { describe, expect, it } from 'vitest';
import { sameInstance } from '../../../shared/scheduling';
import type { ScheduleInstance } from '../../../shared/scheduling';

const instance = (): ScheduleInstance => ({
  slots: [{ id: 's1', session: 'am' }, { id: 's2', session: 'am' }],
  tables: [{ id: 't1' }],
  participants: [{ id: 'p1', unavailable: ['s2'] }, { id: 'p2', maxMeetings: 3 }],
  requests: [{ id: 'r1', a: 'p1', b: 'p2', priority: 3, allowedSlots: ['s1'] }],
  locked: [],
});

describe('sameInstance', () => {
  it('holds for two instances built alike, whatever the key order or absent fields', () => {
    const b = instance();
    b.requests = [{ allowedSlots: ['s1'], priority: 3, b: 'p2', a: 'p1', id: 'r1', after: undefined }];
    expect(sameInstance(instance(), b)).toBe(true);
  });

  it('sees any change that matters to a plan', () => {
    const changes: ((i: ScheduleInstance) => void)[] = [
      (i) => (i.requests[0] = { id: 'r1', a: 'p1', b: 'p2', priority: 2, allowedSlots: ['s1'] }),
      (i) => (i.requests[0] = { id: 'r1', a: 'p1', b: 'p2', priority: 3, allowedSlots: ['s1', 's2'] }),
      (i) => (i.requests[0] = { id: 'r1', a: 'p1', b: 'p2', priority: 3, allowedSlots: ['s1'], fixedSlot: 's1' }),
      (i) => (i.participants[0] = { id: 'p1', unavailable: [] }),
      (i) => (i.participants[1] = { id: 'p2' }),
      (i) => i.slots.pop(),
      (i) => (i.locked = [{ requestId: 'r1', slotId: 's1', tableId: 't1' }]),
      (i) => i.requests.push({ id: 'r2', a: 'p2', b: 'p1' }),
    ];
    for (const change of changes) {
      const changed = instance();
      change(changed);
      expect(sameInstance(instance(), changed)).toBe(false);
    }
  });
});
