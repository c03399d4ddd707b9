import { deriveSlots, type DockingEvent, type Table } from '@shared/model';
import type { MeetingView, PersonRef, ScheduleView } from '../../../../renderer/features/schedule/view';

/**
 * A small fair as the schedule screens see it: two sessions of two slots,
 * three tables, five people (one with a hostile name, one without an
 * organisation) and eight meetings, one of them cancelled.
 */

const STAMP = '2026-05-01T08:00:00.000Z-0000-dev1';

export const fixtureEvent: DockingEvent = {
  id: 'evt-fair',
  createdAt: STAMP,
  updatedAt: STAMP,
  deleted: false,
  name: '2026 中关村技术对接会',
  venue: '中关村展示中心',
  startDate: '2026-05-20',
  endDate: '2026-05-20',
  slotMinutes: 20,
  breakMinutes: 5,
  sessions: [
    { id: 'am', label: '上午场', date: '2026-05-20', start: '09:00', end: '09:45' },
    { id: 'pm', label: '下午场', date: '2026-05-20', start: '14:00', end: '14:45' },
  ],
  tables: [
    { id: 'T2', number: 2, zone: 'A区' },
    { id: 'T1', number: 1 },
    { id: 'T3', number: 3, zone: 'B区' },
  ],
};

export const people = {
  zhang: { id: 'ppl-zhang', name: '张伟', organisation: '清华大学', title: '教授', badgeCode: 'ZW01' },
  li: { id: 'ppl-li', name: '李娜', organisation: '北京智感科技有限公司', badgeCode: 'LN02' },
  wang: { id: 'ppl-wang', name: '王芳', badgeCode: 'WF03' },
  liu: { id: 'ppl-liu', name: '刘洋', organisation: '中科院自动化所', title: '研究员', badgeCode: 'LY04' },
  hostile: { id: 'ppl-x', name: '<script>alert("x")</script>赵', organisation: 'R&D "实验室" <b>', badgeCode: 'XS05' },
} satisfies Record<string, PersonRef>;

type Draft = [id: string, slotId: string, tableId: string, a: PersonRef, b: PersonRef, topic: string, extra?: Partial<MeetingView>];

/** Written in the view's order: by slot, then table number. */
const drafts: Draft[] = [
  ['mtg-1', 'am#0', 'T1', people.zhang, people.li, '工业视觉检测 ↔ 深度学习缺陷识别', { priority: '必须', locked: true }],
  ['mtg-2', 'am#0', 'T2', people.wang, people.liu, '', { priority: '一般' }],
  ['mtg-3', 'am#1', 'T1', people.zhang, people.wang, '锂电池回收'],
  ['mtg-4', 'am#1', 'T3', people.hostile, people.li, '<img src=x onerror=alert(1)>'],
  ['mtg-5', 'pm#0', 'T1', people.li, people.wang, '智能制造'],
  ['mtg-6', 'pm#0', 'T2', people.liu, people.zhang, '机器人控制'],
  ['mtg-7', 'pm#1', 'T2', people.li, people.liu, '已取消的洽谈', { state: '已取消' }],
  ['mtg-8', 'pm#1', 'T3', people.zhang, people.hostile, '材料检测'],
];

export const scheduleFixture = (): ScheduleView => {
  const slots = deriveSlots(fixtureEvent);
  const tables: Table[] = [...fixtureEvent.tables].sort((a, b) => a.number - b.number);
  const meetings = drafts.map(
    ([id, slotId, tableId, a, b, topic, extra]): MeetingView => ({ id, slotId, tableId, state: '待开始', locked: false, people: [a, b], topic, ...extra }),
  );
  return {
    event: fixtureEvent,
    slots,
    tables,
    meetings,
    slotIndex: new Map(slots.map((s, i) => [s.id, i])),
    tableIndex: new Map(tables.map((t, i) => [t.id, i])),
  };
};

/**
 * A fair at the size the grid must stay readable at: `tables` tables, two
 * sessions of `slots / 2` slots, and every table busy in every slot.
 */
export const largeScheduleFixture = (tableCount = 250, slotCount = 24): ScheduleView => {
  const half = Math.ceil(slotCount / 2);
  const event: DockingEvent = {
    ...fixtureEvent,
    slotMinutes: 15,
    breakMinutes: 0,
    sessions: [
      { id: 'am', label: '上午场', date: '2026-05-20', start: '08:00', end: `${String(8 + Math.ceil((half * 15) / 60)).padStart(2, '0')}:00` },
      { id: 'pm', label: '下午场', date: '2026-05-21', start: '13:00', end: `${String(13 + Math.ceil(((slotCount - half) * 15) / 60)).padStart(2, '0')}:00` },
    ],
    endDate: '2026-05-21',
    tables: Array.from({ length: tableCount }, (_, i) => ({ id: `T${i + 1}`, number: i + 1, ...(i % 50 === 0 ? { zone: `${String.fromCharCode(65 + i / 50)}区` } : {}) })),
  };
  const slots = deriveSlots(event).filter((s) => s.index < (s.sessionId === 'am' ? half : slotCount - half));
  const tables = event.tables;
  const meetings: MeetingView[] = slots.flatMap((slot, si) =>
    tables.map((table, ti): MeetingView => ({
      id: `mtg-${si}-${ti}`,
      slotId: slot.id,
      tableId: table.id,
      state: '待开始',
      locked: false,
      people: [
        { id: `a${ti}`, name: ['欧阳明月', '张伟', '李娜', '司马相如'][ti % 4] ?? '', organisation: '北京智感科技有限公司', badgeCode: `A${ti}` },
        { id: `b${(ti + si) % tableCount}`, name: ['王芳', '诸葛孔明', '刘洋'][ti % 3] ?? '', organisation: '中国科学院自动化研究所', badgeCode: `B${ti}` },
      ],
      topic: si % 3 === 0 ? '面向新能源汽车动力电池的梯次利用与回收关键技术 ↔ 退役锂电池无损检测与健康状态评估系统' : '工业视觉检测',
    })),
  );
  return { event, slots, tables, meetings, slotIndex: new Map(slots.map((s, i) => [s.id, i])), tableIndex: new Map(tables.map((t, i) => [t.id, i])) };
};
