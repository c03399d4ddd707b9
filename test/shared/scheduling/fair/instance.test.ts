import { describe, expect, it } from 'vitest';
import { checkPlan, parseInstance, schedule } from '../../../../shared/scheduling';
import { fairInstance } from '../../../../shared/scheduling/fair';
import { meeting, person, pid, records, request, rid } from './records';

describe('fairInstance', () => {
  it('plans accepted requests by default, pending ones on request, never declined or cancelled', () => {
    const requests = [request(1, 'A', 'B'), request(2, 'A', 'C', { state: '待确认' }), request(3, 'B', 'C', { state: '已拒绝' }), request(4, 'C', 'D', { state: '已取消' })];
    expect(fairInstance(records({ requests })).instance.requests.map((r) => r.id)).toEqual([rid(1)]);
    expect(fairInstance(records({ requests }), 'accepted-and-pending').instance.requests.map((r) => r.id)).toEqual([rid(1), rid(2)]);
  });

  it('maps priority, allowed slots, order, availability, meeting limits and host tables', () => {
    const participants = [
      person('A', { unavailableSlotIds: ['am#1'], maxMeetings: 2, hostTableId: 'T2' }),
      person('B', { hostTableId: 'T9' }),
      person('C'),
    ];
    const requests = [request(1, 'A', 'B', { priority: '一般', allowedSlotIds: ['am#2', 'am#3', 'gone#0'] }), request(2, 'A', 'C', { priority: '优先', afterRequestId: rid(1) })];
    const { instance } = fairInstance(records({ participants, requests }));
    expect(instance.slots.map((s) => s.id)).toEqual(['am#0', 'am#1', 'am#2', 'am#3']);
    expect(instance.requests).toEqual([
      { id: rid(1), a: pid('A'), b: pid('B'), priority: 1, allowedSlots: ['am#2', 'am#3'] },
      { id: rid(2), a: pid('A'), b: pid('C'), priority: 2, after: [rid(1)] },
    ]);
    expect(instance.participants[0]).toEqual({ id: pid('A'), unavailable: ['am#1'], maxMeetings: 2, hostTable: 'T2' });
    // A host table the event no longer has binds nothing.
    expect(instance.participants[1]).toEqual({ id: pid('B') });
    expect(parseInstance(instance).ok).toBe(true);
  });

  it('keeps locked, running and ad-hoc meetings in place, and a plan around them passes every check', () => {
    const r1 = request(1, 'A', 'B');
    const r2 = request(2, 'C', 'D');
    const r3 = request(3, 'A', 'C');
    const meetings = [meeting(1, r1, 'am#0', 'T1', { locked: true }), meeting(2, ['D', 'E'], 'am#1', 'T3'), meeting(3, r2, 'am#2', 'T1', { state: '已完成' }), meeting(4, r3, 'am#3', 'T2')];
    const fair = fairInstance(records({ requests: [r1, r2, r3], meetings }));
    expect([...fair.fixedMeetingIds].sort()).toEqual([meetings[0], meetings[1], meetings[2]].map((m) => m?.id).sort());
    const plan = schedule(fair.instance, { timeLimitMs: 50, now: (() => { let t = 0; return () => (t += 1); })() });
    expect(checkPlan(fair.instance, plan.meetings)).toEqual([]);
    expect(plan.meetings.map((m) => m.requestId)).toEqual(expect.arrayContaining([r1.id, r2.id, r3.id, `meeting:${meetings[1]?.id}`]));
  });

  it('lets a fixed meeting stay where a later rule would not put it, and drops requests whose people are gone', () => {
    const r1 = request(1, 'A', 'B', { allowedSlotIds: ['am#3'] });
    const participants = [person('A', { unavailableSlotIds: ['am#0'] }), person('B'), person('C')];
    const fair = fairInstance(records({ participants, requests: [r1, request(2, 'A', 'Z')], meetings: [meeting(1, r1, 'am#0', 'T1', { locked: true })] }));
    expect(parseInstance(fair.instance).ok).toBe(true);
    expect(fair.excluded).toEqual([{ requestId: rid(2), reason: '约谈一方已被删除' }]);
  });

  it('frees the seats of no-shows and cancelled meetings, settles their requests, and keeps them out of any plan', () => {
    const r1 = request(1, 'A', 'B');
    const r2 = request(2, 'C', 'D');
    const r3 = request(3, 'A', 'D');
    const meetings = [meeting(1, r1, 'am#0', 'T1', { state: '未到场' }), meeting(2, r2, 'am#0', 'T2', { state: '已取消' })];
    const fair = fairInstance(records({ requests: [r1, r2, r3], meetings }));
    expect(fair.instance.locked).toEqual([]);
    expect(fair.instance.requests.map((r) => r.id)).toEqual([r3.id]);
    expect(fair.excluded).toEqual([
      { requestId: r1.id, reason: '洽谈已标记为未到场' },
      { requestId: r2.id, reason: '洽谈已标记为已取消' },
    ]);
    // Plans never touch them: they stay as the day's record.
    expect([...fair.fixedMeetingIds].sort()).toEqual(meetings.map((m) => m.id).sort());
  });
});
