import { describe, expect, it } from 'vitest';
import { createMoveCheck, explainUnplaced, fairInstance, floorMeetings } from '../../../../shared/scheduling/fair';
import type { FairRecords } from '../../../../shared/scheduling/fair';
import { labels, meeting, mid, person, records, request, rid } from './records';

const checkOf = (r: FairRecords) => {
  const fair = fairInstance(r);
  return createMoveCheck(fair.instance, floorMeetings(fair, r.meetings), labels);
};

describe('createMoveCheck', () => {
  const r1 = request(1, 'A', 'B');
  const r2 = request(2, 'A', 'C');
  const r3 = request(3, 'D', 'E');

  it('allows a free cell and refuses a taken table or a busy person, naming the clash', () => {
    const check = checkOf(records({ requests: [r1, r2, r3], meetings: [meeting(1, r1, 'am#0', 'T1'), meeting(2, r2, 'am#1', 'T1'), meeting(3, r3, 'am#2', 'T2')] }));
    expect(check(mid(1), 'am#3', 'T3')).toEqual({ ok: true });
    expect(check(mid(1), 'am#2', 'T2')).toEqual({ ok: false, reason: '2号桌在am#2已有洽谈（参会人D 与 参会人E）' });
    expect(check(mid(1), 'am#1', 'T3')).toEqual({ ok: false, reason: '参会人A在该时段已有洽谈（1号桌）' });
    expect(check(mid(1), 'am#0', 'T1')).toEqual({ ok: true });
  });

  it('refuses locked and started meetings, and unknown cells', () => {
    const check = checkOf(records({ requests: [r1, r2], meetings: [meeting(1, r1, 'am#0', 'T1', { locked: true }), meeting(2, r2, 'am#1', 'T1', { state: '进行中' })] }));
    expect(check(mid(1), 'am#3', 'T3')).toEqual({ ok: false, reason: '已锁定，解锁后才能移动' });
    expect(check(mid(2), 'am#3', 'T3')).toEqual({ ok: false, reason: '该洽谈进行中，不能移动' });
    expect(check(mid(9), 'am#3', 'T3')).toEqual({ ok: false, reason: '找不到该洽谈，请刷新后重试' });
  });

  it('applies availability, host tables, allowed slots and the follow-up order', () => {
    const participants = [person('A', { unavailableSlotIds: ['am#3'] }), person('B'), person('C', { hostTableId: 'T3' }), person('D'), person('E')];
    const follow = request(4, 'D', 'E', { afterRequestId: r1.id, allowedSlotIds: ['am#1', 'am#2'] });
    const check = checkOf(records({ participants, requests: [r1, r2, follow], meetings: [meeting(1, r1, 'am#1', 'T1'), meeting(2, r2, 'am#0', 'T3'), meeting(4, follow, 'am#2', 'T2')] }));
    expect(check(mid(1), 'am#3', 'T1')).toEqual({ ok: false, reason: '参会人A在am#3不能参会' });
    expect(check(mid(2), 'am#2', 'T1')).toEqual({ ok: false, reason: '参会人C只在3号桌洽谈' });
    expect(check(mid(4), 'am#3', 'T2')).toEqual({ ok: false, reason: '该约谈只能安排在申请指定的时段' });
    expect(check(mid(4), 'am#1', 'T2')).toEqual({ ok: false, reason: '须排在前序约谈（参会人A 与 参会人B，am#1）之后' });
    expect(check(mid(1), 'am#2', 'T1')).toEqual({ ok: false, reason: '须排在后续约谈（参会人D 与 参会人E，am#2）之前' });
    expect(check(mid(4), 'am#2', 'T3')).toEqual({ ok: true });
  });

  it('lets a seat of a no-show or a cancelled meeting be taken', () => {
    const check = checkOf(records({ requests: [r1, r3], meetings: [meeting(1, r1, 'am#0', 'T1'), meeting(3, r3, 'am#1', 'T1', { state: '未到场' })] }));
    expect(check(mid(1), 'am#1', 'T1')).toEqual({ ok: true });
  });
});

describe('explainUnplaced', () => {
  it('offers a free cell, or names what blocks the request now', () => {
    const participants = [person('A', { maxMeetings: 1 }), person('B'), person('C', { unavailableSlotIds: ['am#0', 'am#1', 'am#2', 'am#3'] }), person('D'), person('E')];
    const r1 = request(1, 'A', 'B');
    const r2 = request(2, 'A', 'D');
    const r3 = request(3, 'B', 'C');
    const r4 = request(4, 'D', 'E');
    const r = records({ participants, requests: [r1, r2, r3, r4], meetings: [meeting(1, r1, 'am#0', 'T1')] });
    const fair = fairInstance(r);
    const reasons = explainUnplaced(fair.instance, floorMeetings(fair, r.meetings), labels);
    expect(reasons).toEqual([
      { requestId: rid(2), reason: 'participant-limit', message: '参会人A已达最多洽谈场数（1场）' },
      { requestId: rid(3), reason: 'no-common-slot', message: '双方没有共同的可参会时段' },
      { requestId: rid(4), reason: 'placeable', message: 'am#0双方都有空，2号桌空闲，可手动排入', freeCell: { slotId: 'am#0', tableId: 'T2' } },
    ]);
  });

  it('says tables are full, or that the free slots are taken by locked meetings', () => {
    const event = { ...records().event, tables: [{ id: 'T1', number: 1 }] };
    const r1 = request(1, 'A', 'B');
    const r2 = request(2, 'C', 'D');
    const r3 = request(3, 'A', 'B', { needId: undefined, allowedSlotIds: ['am#0'] });
    const full = records({ event, requests: [r1, r2], meetings: ['am#0', 'am#1', 'am#2', 'am#3'].map((s, i) => meeting(10 + i, ['E', i % 2 ? 'A' : 'B'], s, 'T1')) });
    const fullFair = fairInstance(full);
    expect(explainUnplaced(fullFair.instance, floorMeetings(fullFair, full.meetings), labels).find((u) => u.requestId === rid(2))?.reason).toBe('tables-full');
    const locked = records({ requests: [r1, r3], meetings: [meeting(1, r1, 'am#0', 'T1', { locked: true })] });
    const lockedFair = fairInstance(locked);
    expect(explainUnplaced(lockedFair.instance, floorMeetings(lockedFair, locked.meetings), labels)).toEqual([
      expect.objectContaining({ requestId: rid(3), reason: 'conflicts-with-fixed' }),
    ]);
  });
});
