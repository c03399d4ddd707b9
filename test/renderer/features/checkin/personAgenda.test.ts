import { describe, expect, it } from 'vitest';
import { localDate, personAgenda } from '../../../../renderer/features/checkin/personAgenda';
import type { MeetingView, ScheduleView } from '../../../../renderer/features/schedule/view';

const slot = (id: string, date: string, start: string, end: string) => ({ id, sessionId: 's', index: 0, date, start, end, label: '' });
const meeting = (id: string, slotId: string, other: string, state: MeetingView['state'] = '待开始'): MeetingView => ({
  id,
  slotId,
  tableId: 'T1',
  state,
  locked: false,
  people: [
    { id: 'me', name: '张伟', badgeCode: 'AB23' },
    { id: other, name: other, organisation: `${other}的单位`, badgeCode: 'CD45' },
  ],
  topic: '锂电池',
});

const view = {
  slots: [slot('d1#0', '2026-05-20', '09:00', '09:20'), slot('d2#0', '2026-05-21', '09:00', '09:20')],
  tables: [{ id: 'T1', number: 7, zone: 'A区' }],
  meetings: [meeting('m1', 'd1#0', '李娜'), meeting('m2', 'd2#0', '王芳'), meeting('m3', 'd2#0', '赵磊', '已取消')],
} as unknown as ScheduleView;

describe("the card's agenda", () => {
  it("shows today's meetings without the date", () => {
    expect(personAgenda(view, 'me', '2026-05-20')).toEqual([
      { id: 'm1', time: '09:00–09:20', table: '7号桌（A区）', counterpart: '李娜', organisation: '李娜的单位', topic: '锂电池', state: '待开始' },
    ]);
  });

  it('shows every day with its date when the fair is not today, leaving out cancelled meetings', () => {
    expect(personAgenda(view, 'me', '2026-01-01').map((l) => l.time)).toEqual(['5月20日 09:00–09:20', '5月21日 09:00–09:20']);
  });

  it('formats the local date as slots store it', () => {
    expect(localDate(new Date(2026, 4, 7))).toBe('2026-05-07');
  });
});
