import { describe, expect, it } from 'vitest';
import {
  buildSlotBoard,
  filterBoard,
  floorMoment,
  floorStatus,
  localMs,
  NO_FILTER,
  orgShortName,
  pickFreeTable,
  shownSlots,
  slotPhase,
  type BoardSources,
} from '@shared/floor';
import { deriveSlots, type CheckInState, type Meeting, type MeetingState, type Table } from '@shared/model';

// Day 1: 上午 09:00, 09:25 (20-minute slots); 下午 14:00. Day 2: 上午 09:00.
const slots = deriveSlots({
  slotMinutes: 20,
  breakMinutes: 5,
  sessions: [
    { id: 'am', label: '上午', date: '2026-05-20', start: '09:00', end: '10:00' },
    { id: 'pm', label: '下午', date: '2026-05-20', start: '14:00', end: '14:30' },
    { id: 'd2', label: '次日上午', date: '2026-05-21', start: '09:00', end: '09:30' },
  ],
});
const at = (hhmm: string, date = '2026-05-20') => localMs(date, hhmm);
const [first, second] = slots;
if (!first || !second) throw new Error('slots');

const tables: Table[] = [
  { id: 'T3', number: 3, zone: 'B区' },
  { id: 'T1', number: 1, zone: 'A区' },
  { id: 'T2', number: 2, zone: 'A区' },
];

const person = (name: string, checkIn: CheckInState, organisationId?: string) => ({ name, checkIn: { state: checkIn }, ...(organisationId ? { organisationId } : {}) });

const sources: BoardSources = {
  tables,
  participants: new Map([
    ['p-zhang', person('张伟', '已签到', 'o-zhigan')],
    ['p-li', person('李娜', '未签到', 'o-bit')],
    ['p-wang', person('王芳', '已签到')],
    ['p-zhao', person('赵强', '已离场')],
    ['p-chen', person('陈静', '已签到')],
  ]),
  organisations: new Map([
    ['o-zhigan', { name: '北京智感科技有限公司' }],
    ['o-bit', { name: '北京理工大学' }],
  ]),
  requests: new Map([['r-1', { fromId: 'p-li', toId: 'p-zhang', needId: 'n-1', achievementId: 'a-1' }]]),
  needs: new Map([['n-1', { title: '锂电池正极材料' }]]),
  achievements: new Map([['a-1', { title: '高镍正极材料' }]]),
};

let stamp = 0;
const meeting = (id: string, tableId: string, participantIds: [string, string], state: MeetingState = '待开始', extra: Partial<Meeting> = {}): Meeting => {
  const at = `2026-05-20T01:00:00.${String(stamp++).padStart(3, '0')}Z-0000-dev-000000000001`;
  return { id, eventId: 'evt', createdAt: at, updatedAt: at, deleted: false, participantIds, slotId: first.id, tableId, state, locked: false, ...extra };
};

const meetings: Meeting[] = [
  meeting('m-1', 'T1', ['p-zhang', 'p-li'], '待开始', { requestId: 'r-1' }),
  meeting('m-old', 'T2', ['p-wang', 'p-zhao'], '未到场'),
  meeting('m-2', 'T2', ['p-wang', 'p-chen']),
  meeting('m-deleted', 'T3', ['p-zhao', 'p-chen'], '待开始', { deleted: true }),
  meeting('m-elsewhere', 'T3', ['p-zhao', 'p-chen'], '待开始', { slotId: second.id }),
];

describe('buildSlotBoard', () => {
  it('lists every table by number with its seated meeting, both sides named, the topic in the request’s direction', () => {
    const board = buildSlotBoard(sources, first, 'future', meetings);
    expect(board.rows.map((r) => [r.table.number, r.meeting?.id ?? null])).toEqual([
      [1, 'm-1'],
      [2, 'm-2'],
      [3, null],
    ]);
    const row = board.rows[0]?.meeting;
    expect(row?.people).toEqual([
      { id: 'p-li', name: '李娜', organisation: '北京理工大学', checkIn: '未签到' },
      { id: 'p-zhang', name: '张伟', organisation: '北京智感科技', checkIn: '已签到' },
    ]);
    expect(row?.topic).toBe('锂电池正极材料 ↔ 高镍正极材料');
    expect(row?.adHoc).toBe(false);
    expect(board.rows[1]?.meeting?.adHoc).toBe(true);
    // The no-show replaced at table 2 stays on the row, behind the meeting now seated there.
    expect(board.rows[1]?.others.map((o) => [o.id, o.state])).toEqual([['m-old', '未到场']]);
  });

  it('shows the states the clock gives: 待开始 before, 进行中 during, 已完成 after; marks win', () => {
    const stateAt = (hhmm: string) => {
      const moment = floorMoment(slots, at(hhmm));
      const board = buildSlotBoard(sources, first, slotPhase(moment, 0), meetings);
      return [board.rows[0]?.meeting?.state, board.rows[1]?.meeting?.state, board.rows[1]?.others[0]?.state];
    };
    expect(stateAt('08:55')).toEqual(['待开始', '待开始', '未到场']);
    expect(stateAt('09:10')).toEqual(['进行中', '进行中', '未到场']);
    expect(stateAt('09:30')).toEqual(['已完成', '已完成', '未到场']);
  });

  it('counts the slot’s meetings by shown state, and the expected people not checked in (a no-show’s people are not expected)', () => {
    const board = buildSlotBoard(sources, first, 'current', meetings);
    expect(board.counts).toEqual({ 待开始: 0, 进行中: 2, 已完成: 0, 未到场: 1, 已取消: 0 });
    // 李娜 has not checked in; 赵强 left, but his meeting is a no-show.
    expect(board.notCheckedIn).toBe(1);
    const left = buildSlotBoard(sources, first, 'current', [meeting('m-3', 'T3', ['p-zhao', 'p-li'])]);
    expect(left.notCheckedIn).toBe(2);
    expect(left.rows[2]?.meeting?.people.map((p) => p.checkIn)).toEqual(['已离场', '未签到']);
  });

  it('stays fast at 250 tables', () => {
    const many: Table[] = Array.from({ length: 250 }, (_, i) => ({ id: `T${i + 1}`, number: i + 1 }));
    const seated = many.map((t, i) => meeting(`m-${i}`, t.id, ['p-zhang', 'p-li'], i % 10 === 0 ? '未到场' : '待开始', { requestId: 'r-1' }));
    const started = performance.now();
    for (let k = 0; k < 20; k++) buildSlotBoard({ ...sources, tables: many }, first, 'current', seated);
    expect((performance.now() - started) / 20).toBeLessThan(20);
  });
});

describe('filterBoard', () => {
  const board = buildSlotBoard(sources, first, 'current', meetings);
  const numbers = (filter: Partial<typeof NO_FILTER>) => filterBoard(board.rows, { ...NO_FILTER, ...filter }).map((r) => r.table.number);
  it('filters by zone, shown state, 空桌, 只看未签到 and a search by table number or name', () => {
    expect(numbers({})).toEqual([1, 2, 3]);
    expect(numbers({ zone: 'A区' })).toEqual([1, 2]);
    expect(numbers({ state: '进行中' })).toEqual([1, 2]);
    expect(numbers({ state: '空桌' })).toEqual([3]);
    expect(numbers({ notCheckedInOnly: true })).toEqual([1]);
    expect(numbers({ query: '2' })).toEqual([2]);
    expect(numbers({ query: '李' })).toEqual([1]);
    expect(numbers({ query: '智感' })).toEqual([1]);
    // A name at the table only as a replaced no-show still finds the table.
    expect(numbers({ query: '赵强' })).toEqual([2]);
    expect(numbers({ zone: 'A区', query: '王芳', state: '已完成' })).toEqual([]);
  });
});

describe('floorStatus and shownSlots', () => {
  const status = (ms: number) => floorStatus(slots, floorMoment(slots, ms), ms).kind;
  it('says where the day stands', () => {
    expect(status(at('08:00'))).toBe('before');
    expect(status(at('09:10'))).toBe('slot');
    expect(status(at('09:22'))).toBe('break');
    expect(status(at('12:00'))).toBe('break');
    expect(status(at('18:00'))).toBe('dayOver');
    expect(status(at('07:00', '2026-05-21'))).toBe('before');
    expect(status(at('18:00', '2026-05-21'))).toBe('dayOver');
    expect(status(at('18:00', '2026-05-22'))).toBe('fairOver');
  });

  it('本轮 is the slot under way, else the next to start, else the last; 上一轮 and 下一轮 around it', () => {
    const shown = (ms: number) => shownSlots(floorMoment(slots, ms), slots.length);
    expect(shown(at('09:10'))).toEqual({ previous: null, current: 0, next: 1 });
    expect(shown(at('09:22'))).toEqual({ previous: 0, current: 1, next: 2 });
    expect(shown(at('18:00', '2026-05-22'))).toEqual({ previous: slots.length - 2, current: slots.length - 1, next: null });
    expect(shownSlots(floorMoment([], 0), 0)).toEqual({ previous: null, current: null, next: null });
  });
});

describe('pickFreeTable and orgShortName', () => {
  it('takes a free host table first, else the lowest free number', () => {
    expect(pickFreeTable(tables, new Set(['T1']))?.id).toBe('T2');
    expect(pickFreeTable(tables, new Set(['T1']), [undefined, 'T3'])?.id).toBe('T3');
    expect(pickFreeTable(tables, new Set(['T1', 'T3']), ['T3', 'T9'])?.id).toBe('T2');
    expect(pickFreeTable(tables, new Set(['T1', 'T2', 'T3']))).toBeUndefined();
  });
  it('drops the legal form of a company name only', () => {
    expect(orgShortName('北京智感科技有限公司')).toBe('北京智感科技');
    expect(orgShortName('华为技术股份有限公司')).toBe('华为技术');
    expect(orgShortName('北京理工大学')).toBe('北京理工大学');
    expect(orgShortName('有限公司')).toBe('有限公司');
  });
});
