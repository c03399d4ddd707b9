import { describe, expect, it } from 'vitest';
import { fairResults, NO_FIELD, NO_ORGANISATION, type FairResultsInput } from '@shared/results';
import { at, resultsFair } from './resultsFair';

describe('fairResults on a hand-counted fair at 09:30', () => {
  const results = fairResults(resultsFair(), at('09:30'));

  it('counts check-ins overall and by role; someone who left did arrive', () => {
    expect(results.checkIn).toMatchObject({ expected: 6, arrived: 4 });
    expect(results.checkIn.rate).toBeCloseTo(4 / 6);
    expect(results.checkIn.byRole.map((r) => [r.role, r.arrived, r.expected])).toEqual([
      ['需求方', 1, 2],
      ['成果方', 2, 3],
      ['专家', 1, 1],
      ['投资人', 1, 1],
      ['工作人员', 0, 0],
    ]);
    expect(results.checkIn.byRole.find((r) => r.role === '工作人员')?.rate).toBe(0);
  });

  it('takes each meeting’s live state: a 待开始 meeting of a past round is held, of the current round under way', () => {
    expect(results.meetings).toMatchObject({
      total: 9,
      planned: 7,
      adHoc: 2,
      byState: { 待开始: 1, 进行中: 3, 已完成: 3, 未到场: 1, 已取消: 1 },
      held: 6,
      noShow: 1,
      cancelled: 1,
      pending: 1,
    });
    expect(results.meetings.attendanceRate).toBeCloseTo(6 / 7);
  });

  it('runs the funnel per wish to meet: a request placed again after a no-show goes as far as its furthest meeting', () => {
    expect(results.funnel).toEqual([
      { step: '约谈申请', count: 9 },
      { step: '已排期', count: 7 },
      { step: '已举行', count: 6 },
      { step: '已记录成果', count: 4 },
      { step: '达成合作意向', count: 3 },
      { step: '现场签约', count: 1 },
    ]);
  });

  it('counts one outcome per held meeting (the later save), never one of a meeting marked 未到场', () => {
    expect(results.outcomes).toEqual({
      recorded: 4,
      byResult: { 无进一步意向: 0, 保持联系: 1, 达成合作意向: 2, 现场签约: 1 },
      intents: 3,
      signed: 1,
      amountWan: 170.75,
      amountByResult: { 无进一步意向: 0, 保持联系: 0, 达成合作意向: 120.25, 现场签约: 50.5 },
    });
  });

  it('groups by the need’s field, else the achievement’s, else as unlinked', () => {
    expect(results.byField.map(({ field, outcomes, intents, signed, amountWan }) => ({ field, outcomes, intents, signed, amountWan }))).toEqual([
      { field: '生物医药', outcomes: 1, intents: 1, signed: 0, amountWan: 20.25 },
      { field: '新材料', outcomes: 1, intents: 1, signed: 1, amountWan: 50.5 },
      { field: '新能源', outcomes: 1, intents: 1, signed: 0, amountWan: 100 },
      { field: NO_FIELD, outcomes: 1, intents: 0, signed: 0, amountWan: 0 },
    ]);
    expect(results.byField.find((r) => r.field === '新材料')?.amountByResult).toEqual({ 无进一步意向: 0, 保持联系: 0, 达成合作意向: 0, 现场签约: 50.5 });
  });

  it('groups by the organisation kinds at the table, each kind once per outcome', () => {
    expect(results.byKind).toEqual([
      { kind: '企业', outcomes: 4, intents: 3, signed: 1, amountWan: 170.75 },
      { kind: '高校', outcomes: 2, intents: 2, signed: 1, amountWan: 150.5 },
      { kind: NO_ORGANISATION, outcomes: 1, intents: 1, signed: 0, amountWan: 20.25 },
    ]);
  });

  it('counts an outcome under each cooperation mode it names', () => {
    expect(results.byMode).toEqual([
      { mode: '技术转让', outcomes: 2, intents: 2, signed: 1, amountWan: 150.5 },
      { mode: '合作开发', outcomes: 1, intents: 1, signed: 0, amountWan: 100 },
      { mode: '技术咨询', outcomes: 1, intents: 1, signed: 0, amountWan: 20.25 },
    ]);
  });

  it('ranks organisations by held meetings (colleagues meeting count once) and by intents (only those with one)', () => {
    expect(results.topByHeld.map((r) => [r.name, r.held, r.intents])).toEqual([
      ['甲公司', 4, 3],
      ['丙大学', 3, 2],
      ['乙公司', 2, 0],
      ['丁研究所', 1, 0],
    ]);
    expect(results.topByIntents).toEqual([
      { organisationId: 'o1', name: '甲公司', kind: '企业', held: 4, outcomes: 4, intents: 3, signed: 1, amountWan: 170.75 },
      { organisationId: 'o3', name: '丙大学', kind: '高校', held: 3, outcomes: 2, intents: 2, signed: 1, amountWan: 150.5 },
    ]);
  });
});

describe('fairResults follows the fair’s clock', () => {
  it('before the day only meetings marked 已完成 are held, and an outcome of a meeting not yet held is not counted', () => {
    const results = fairResults(resultsFair(), at('08:00'));
    expect(results.meetings).toMatchObject({ held: 2, pending: 5, byState: { 进行中: 0, 已完成: 2 } });
    expect(results.outcomes.recorded).toBe(2);
    expect(results.funnel.map((s) => s.count)).toEqual([9, 7, 2, 2, 2, 1]);
  });

  it('after the day every 待开始 meeting is held', () => {
    const results = fairResults(resultsFair(), at('10:30'));
    expect(results.meetings).toMatchObject({ held: 7, pending: 0, byState: { 待开始: 0, 进行中: 0, 已完成: 7 } });
  });

  it('a meeting whose slot was removed from the sessions keeps its stored state', () => {
    const fair = resultsFair();
    const input: FairResultsInput = { ...fair, meetings: [...fair.meetings, { id: 'm10', requestId: 'r7', participantIds: ['p1', 'p2'], slotId: 'gone#0', state: '待开始' }] };
    expect(fairResults(input, at('10:30')).meetings).toMatchObject({ total: 10, pending: 1 });
  });

  it('an empty fair gives zeros, not NaN', () => {
    const empty: FairResultsInput = { ...resultsFair(), participants: [], requests: [], meetings: [], outcomes: [] };
    const results = fairResults(empty, at('09:30'));
    expect(results.checkIn.rate).toBe(0);
    expect(results.meetings.attendanceRate).toBe(0);
    expect(results.funnel.every((s) => s.count === 0)).toBe(true);
    expect([results.byField, results.byKind, results.byMode, results.topByHeld, results.topByIntents]).toEqual([[], [], [], [], []]);
  });
});

describe('fairResults at the issue’s scale', () => {
  it('2,000 people and 10,000 meetings with 6,000 outcomes well within the dashboard’s 500 ms', () => {
    const base = resultsFair();
    const organisations = Array.from({ length: 400 }, (_, i) => ({ id: `o${i}`, name: `机构${i}`, kind: i % 2 ? ('企业' as const) : ('高校' as const) }));
    const participants = Array.from({ length: 2_000 }, (_, i) => ({ id: `p${i}`, organisationId: `o${i % 400}`, roles: ['需求方' as const], checkIn: { state: '已签到' as const } }));
    const slotIds = Array.from({ length: 3 }, (_, i) => `am#${i}`);
    const meetings = Array.from({ length: 10_000 }, (_, i) => ({ id: `m${i}`, requestId: `r${i}`, participantIds: [`p${i % 2_000}`, `p${(i * 7 + 1) % 2_000}`] as [string, string], slotId: slotIds[i % 3] ?? 'am#0', state: '待开始' as const }));
    const outcomes = meetings.slice(0, 6_000).map((m, i) => ({ id: `x${i}`, meetingId: m.id, result: '达成合作意向' as const, cooperationModes: ['合作开发' as const], amountWan: 10, needId: 'n1', updatedAt: '2026-05-20T01:00:00.000Z_0000_dev-a' }));
    const requests = meetings.map((m) => ({ id: m.requestId, state: '已接受' as const }));
    const input: FairResultsInput = { ...base, organisations, participants, requests, meetings, outcomes };
    const t0 = performance.now();
    const results = fairResults(input, at('10:30'));
    const ms = performance.now() - t0;
    expect(results.meetings.held).toBe(10_000);
    expect(results.outcomes.amountWan).toBe(60_000);
    expect([results.topByHeld.length, results.topByIntents.length]).toEqual([10, 10]);
    expect(ms).toBeLessThan(500);
  });
});
