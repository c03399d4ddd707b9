import { describe, expect, it } from 'vitest';
import { detectHeader, exportTable, planImport, readHostTable, readMaxMeetings, type ExportData } from '@shared/import';
import { numberedTables, type Participant } from '@shared/model';

const tables = numberedTables(60);

describe('最多洽谈场数', () => {
  it.each([
    ['', undefined],
    ['不限', undefined],
    ['5', 5],
    ['5场', 5],
    ['8.0', 8],
    ['１２', 12],
  ])('%j → %s', (cell, value) => {
    expect(readMaxMeetings(cell)).toEqual({ value });
  });

  it.each(['0', '101', '2.5', '很多'])('%j is refused', (cell) => {
    expect(readMaxMeetings(cell)).toEqual({ problem: `最多洽谈场数“${cell}”应为1–100的整数` });
  });
});

describe('固定洽谈桌', () => {
  it.each([
    ['', undefined],
    ['12', 'T12'],
    ['12号', 'T12'],
    ['12号桌', 'T12'],
    ['第12桌', 'T12'],
    ['T7', 'T7'],
  ])('%j → %s', (cell, value) => {
    expect(readHostTable(cell, tables)).toEqual({ value });
  });

  it('names the tables the event has', () => {
    expect(readHostTable('88', tables)).toEqual({ problem: '固定洽谈桌“88”不存在：本活动共60张桌' });
    expect(readHostTable('3', [])).toEqual({ problem: '固定洽谈桌“3”不存在：本活动还没有设置洽谈桌' });
    expect(readHostTable('A区', tables)).toEqual({ problem: '固定洽谈桌“A区”无法识别，请填写桌号，如 12' });
  });
});

const person = (n: number, availability: Participant['availability']): Participant => ({
  id: `ppl_${String(n).padStart(10, '0')}aaaaaaaaaaaaaaaa`,
  eventId: 'evt_0000000000aaaaaaaaaaaaaaaa',
  createdAt: 's',
  updatedAt: 's',
  deleted: false,
  name: `参会人${n}`,
  roles: ['成果方'],
  badgeCode: `CODE000${n}`,
  checkIn: { state: '未签到' },
  availability,
});

describe('participant import and export of the scheduling limits', () => {
  it('exports both columns and imports them back into availability', () => {
    const data: ExportData = {
      organisations: [],
      participants: [
        person(1, { sessionIds: [], unavailableSlotIds: [], maxMeetings: 6, hostTableId: 'T12' }),
        person(2, { sessionIds: [], unavailableSlotIds: [] }),
      ],
      needs: [],
      achievements: [],
      tables,
    };
    const table = exportTable('participants', data);
    const at = (label: string) => table.headers.indexOf(label);
    expect(table.rows.map((r) => [r[at('最多洽谈场数')], r[at('固定洽谈桌')]])).toEqual([
      [6, 12],
      ['', ''],
    ]);
    const rows = [table.headers, ...table.rows.map((r) => r.map(String))];
    const result = planImport('participants', rows, detectHeader(rows, 'participants'), { tables });
    if (!result.ok) throw new Error(result.message);
    expect(result.plan.rejected).toEqual([]);
    expect(result.plan.accepted.map((a) => a.draft.availability)).toEqual([
      { sessionIds: [], unavailableSlotIds: [], maxMeetings: 6, hostTableId: 'T12' },
      { sessionIds: [], unavailableSlotIds: [] },
    ]);
  });

  it('rejects a row with an unknown table or a bad count, saying which', () => {
    const rows = [
      ['姓名', '参会角色', '最多洽谈场数', '固定洽谈桌'],
      ['李娜', '成果方', '0', '88'],
    ];
    const result = planImport('participants', rows, detectHeader(rows, 'participants'), { tables });
    expect(result.ok && result.plan.rejected).toEqual([
      { rowNumber: 2, label: '李娜', reasons: ['最多洽谈场数“0”应为1–100的整数', '固定洽谈桌“88”不存在：本活动共60张桌'] },
    ]);
  });
});
