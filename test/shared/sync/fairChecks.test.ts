import { describe, expect, it } from 'vitest';
import type { Meeting, Participant } from '@shared/model';
import { fairChecks } from '@shared/sync/fairChecks';

const stamp = '2026-05-20T08:00:00.000Z_0000_dev-000000000001';
const base = { eventId: 'evt_01ks26c4008bdgc6wxk0ffw4hw', createdAt: stamp, updatedAt: stamp, deleted: false };
const event = {
  sessions: [{ id: 'am', label: '上午', date: '2026-05-20', start: '09:00', end: '10:00' }],
  slotMinutes: 20,
  breakMinutes: 0,
  tables: [
    { id: 'T1', number: 1 },
    { id: 'T2', number: 2 },
  ],
};
const person = (id: string, name: string, extra: Partial<Participant> = {}): Participant =>
  ({ ...base, id, name, roles: ['需求方'], badgeCode: `B${id}`, checkIn: { state: '未签到' }, availability: {}, ...extra }) as Participant;
const meeting = (id: string, slotId: string, tableId: string, participantIds: [string, string], extra: Partial<Meeting> = {}): Meeting =>
  ({ ...base, id, slotId, tableId, participantIds, state: '待开始', locked: false, ...extra }) as Meeting;

describe('checks after a merge', () => {
  it('finds one mobile or badge on two people, a table or a person twice in a round, and nothing in a clean fair', () => {
    const slot = `am#0`;
    const people = [person('p1', '张伟', { mobile: '13800138000' }), person('p2', '张伟', { mobile: '13800138000' }), person('p3', '李娜', { badgeCode: 'Bp4' }), person('p4', '王芳')];
    const meetings = [meeting('m1', slot, 'T1', ['p1', 'p3']), meeting('m2', slot, 'T1', ['p2', 'p4']), meeting('m3', slot, 'T2', ['p1', 'p4'])];
    const checks = fairChecks({ event, participants: people, meetings });
    expect(checks.map((c) => c.kind).sort()).toEqual(['personTwice', 'personTwice', 'sameBadge', 'sameMobile', 'tableTwice']);
    expect(checks.find((c) => c.kind === 'sameMobile')?.message).toContain('138****8000');
    expect(checks.find((c) => c.kind === 'tableTwice')?.message).toMatch(/^1号桌在.+排了 2 场洽谈/);
    expect(fairChecks({ event, participants: [people[0] as Participant, people[3] as Participant], meetings: [meetings[2] as Meeting] })).toEqual([]);
  });

  it('ignores deleted people and meetings that no longer hold their seat', () => {
    const slot = 'am#0';
    const people = [person('p1', '张伟', { mobile: '13800138000' }), person('p2', '张伟', { mobile: '13800138000', deleted: true }), person('p3', '李娜'), person('p4', '王芳')];
    const meetings = [meeting('m1', slot, 'T1', ['p1', 'p3']), meeting('m2', slot, 'T1', ['p1', 'p4'], { state: '已取消' })];
    expect(fairChecks({ event, participants: people, meetings })).toEqual([]);
  });
});
