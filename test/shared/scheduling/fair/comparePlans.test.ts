import { describe, expect, it } from 'vitest';
import { comparePlans, fairInstance, floorMeetings } from '../../../../shared/scheduling/fair';
import { meeting, records, request } from './records';

describe('comparePlans', () => {
  it('counts kept, moved, added and removed meetings, and the figures of both plans; fixed meetings are neither', () => {
    const r1 = request(1, 'A', 'B');
    const r2 = request(2, 'A', 'C', { priority: '一般' });
    const r3 = request(3, 'D', 'E', { priority: '优先' });
    const gone = request(4, 'B', 'C', { state: '已取消' });
    const locked = request(5, 'C', 'D');
    const r = records({
      requests: [r1, r2, r3, gone, locked],
      meetings: [meeting(1, r1, 'am#0', 'T1'), meeting(2, r2, 'am#2', 'T1'), meeting(4, gone, 'am#1', 'T2'), meeting(5, locked, 'am#3', 'T3', { locked: true })],
    });
    const fair = fairInstance(r);
    const c = comparePlans(fair, floorMeetings(fair, r.meetings), [
      { requestId: r1.id, slotId: 'am#0', tableId: 'T1' },
      { requestId: r2.id, slotId: 'am#1', tableId: 'T1' },
      { requestId: r3.id, slotId: 'am#0', tableId: 'T2' },
      { requestId: locked.id, slotId: 'am#3', tableId: 'T3' },
    ]);
    expect(c).toMatchObject({ kept: 1, moved: 1, added: 1, removed: 1 });
    // Now: A meets at am#0 and am#2 (one break); the cancelled request's meeting is not part of the plan's figures.
    expect(c.current).toEqual({ scheduled: 3, weight: 3 + 1 + 3, breaks: 1, maxBreaks: 1 });
    expect(c.next).toEqual({ scheduled: 4, weight: 3 + 1 + 2 + 3, breaks: 2, maxBreaks: 1 });
  });
});
