import { localMs } from '@shared/floor';
import type { CheckInState, Meeting, Outcome, ParticipantRole } from '@shared/model';
import type { FairResultsInput } from '@shared/results';

/**
 * A small fair whose every figure is counted by hand in fairResults.test.ts.
 * One morning of three 20-minute rounds (09:00, 09:20, 09:40); at 09:30 the
 * first is past, the second under way, the third to come.
 *
 * 甲公司 (企业): 甲 p1 · 乙公司 (企业): p2 · 丙大学 (高校): p3, p4 ·
 * 丁研究所 (科研院所): p5 · p6 has no organisation.
 */
export const at = (hhmm: string): number => localMs('2026-05-20', hhmm);

const person = (id: string, organisationId: string | undefined, roles: ParticipantRole[], state: CheckInState) => ({
  id,
  roles,
  checkIn: { state },
  ...(organisationId ? { organisationId } : {}),
});

type MeetingRow = FairResultsInput['meetings'][number];
const meeting = (id: string, requestId: string | undefined, a: string, b: string, slotId: string, state: Meeting['state']): MeetingRow => ({
  id,
  participantIds: [a, b],
  slotId,
  state,
  ...(requestId ? { requestId } : {}),
});

type OutcomeRow = FairResultsInput['outcomes'][number];
const outcome = (id: string, meetingId: string, result: Outcome['result'], extra: Partial<OutcomeRow> = {}): OutcomeRow => ({
  id,
  meetingId,
  result,
  cooperationModes: [],
  updatedAt: '2026-05-20T01:00:00.000Z_0000_dev-a',
  ...extra,
});

export const resultsFair = (): FairResultsInput => ({
  event: {
    slotMinutes: 20,
    breakMinutes: 0,
    sessions: [{ id: 'am', label: '上午', date: '2026-05-20', start: '09:00', end: '10:00' }],
  },
  organisations: [
    { id: 'o1', name: '甲公司', kind: '企业' },
    { id: 'o2', name: '乙公司', kind: '企业' },
    { id: 'o3', name: '丙大学', kind: '高校' },
    { id: 'o4', name: '丁研究所', kind: '科研院所' },
  ],
  participants: [
    person('p1', 'o1', ['需求方'], '已签到'),
    person('p2', 'o2', ['需求方'], '未签到'),
    person('p3', 'o3', ['成果方'], '已签到'),
    person('p4', 'o3', ['成果方', '专家'], '已离场'),
    person('p5', 'o4', ['成果方'], '未签到'),
    person('p6', undefined, ['投资人'], '已签到'),
  ],
  needs: [
    { id: 'n1', field: '新能源' },
    { id: 'n2', field: '生物医药' },
  ],
  achievements: [
    { id: 'a1', field: '新材料' },
    { id: 'a2', field: '新能源' },
  ],
  requests: [
    { id: 'r1', state: '已接受' },
    { id: 'r2', state: '已接受' },
    { id: 'r3', state: '已接受' },
    { id: 'r4', state: '已接受' },
    { id: 'r5', state: '已接受' },
    { id: 'r6', state: '已接受' },
    { id: 'r7', state: '已接受' },
    { id: 'r8', state: '待确认' },
  ],
  meetings: [
    meeting('m1', 'r1', 'p1', 'p3', 'am#0', '待开始'),
    meeting('m2', 'r2', 'p2', 'p5', 'am#0', '未到场'),
    meeting('m3', 'r3', 'p1', 'p4', 'am#0', '已完成'),
    meeting('m4', 'r4', 'p2', 'p1', 'am#1', '待开始'),
    meeting('m5', 'r5', 'p1', 'p5', 'am#2', '待开始'),
    meeting('m6', 'r6', 'p3', 'p6', 'am#0', '已取消'),
    meeting('m7', undefined, 'p6', 'p1', 'am#0', '已完成'),
    meeting('m8', 'r2', 'p2', 'p5', 'am#1', '待开始'),
    meeting('m9', undefined, 'p3', 'p4', 'am#1', '待开始'),
  ],
  outcomes: [
    outcome('x1', 'm1', '达成合作意向', { amountWan: 100, needId: 'n1', achievementId: 'a1', cooperationModes: ['合作开发', '技术转让'], updatedAt: '2026-05-20T02:00:00.000Z_0000_dev-a' }),
    // The same meeting recorded earlier on another laptop: the later save counts.
    outcome('x1b', 'm1', '保持联系', { amountWan: 999, updatedAt: '2026-05-20T01:30:00.000Z_0000_dev-b' }),
    // Recorded, then the meeting was marked 未到场: stale, not counted.
    outcome('x2', 'm2', '现场签约', { amountWan: 1000 }),
    outcome('x3', 'm3', '现场签约', { amountWan: 50.5, achievementId: 'a1', cooperationModes: ['技术转让'] }),
    outcome('x4', 'm4', '保持联系'),
    outcome('x7', 'm7', '达成合作意向', { amountWan: 20.25, needId: 'n2', cooperationModes: ['技术咨询'] }),
  ],
});
