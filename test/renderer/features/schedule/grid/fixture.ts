import { deriveSlots, type DockingEvent, type MeetingState, type RequestPriority, type Table } from '@shared/model';
import type { MeetingView, PersonRef, ScheduleView } from '../../../../../renderer/features/schedule/view';

/**
 * Schedule views for the grid's tests, built by hand (not from the database)
 * so the grid is tested on exactly the shape `buildScheduleView` promises.
 * Slots follow the real `deriveSlots`: ids like `am#0`, `pm#3`.
 */

const STAMP = '0001700000000000-0000-dev00000';

/** A fair on 2025-05-20: 上午 and 下午, each `perSession` slots of 20 minutes, and `tables` tables in zones A区/B区. */
export const fairEvent = (tables: number, perSession: number): DockingEvent => ({
  id: 'ev-grid',
  createdAt: STAMP,
  updatedAt: STAMP,
  deleted: false,
  name: '2025 产学研对接会',
  venue: '国际会展中心',
  startDate: '2025-05-20',
  endDate: '2025-05-20',
  slotMinutes: 20,
  breakMinutes: 0,
  sessions: [
    { id: 'am', label: '上午', date: '2025-05-20', start: '09:00', end: minutesToTime(9 * 60 + perSession * 20) },
    { id: 'pm', label: '下午', date: '2025-05-20', start: '14:00', end: minutesToTime(14 * 60 + perSession * 20) },
  ],
  tables: Array.from({ length: tables }, (_, i): Table => ({ id: `T${i + 1}`, number: i + 1, zone: i < tables / 2 ? 'A区' : 'B区' })),
});

function minutesToTime(m: number) {
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

export const person = (id: string, name: string, organisation?: string): PersonRef => ({ id, name, badgeCode: id.toUpperCase(), ...(organisation ? { organisation } : {}) });

export type MeetingSpec = {
  id: string;
  tableId: string;
  slotId: string;
  people: [PersonRef, PersonRef];
  state?: MeetingState;
  locked?: boolean;
  priority?: RequestPriority;
  topic?: string;
};

export const scheduleView = (event: DockingEvent, specs: readonly MeetingSpec[]): ScheduleView => {
  const slots = deriveSlots(event);
  const slotIndex = new Map(slots.map((s, i) => [s.id, i]));
  const tableIndex = new Map(event.tables.map((t, i) => [t.id, i]));
  const meetings = specs.map(
    (s): MeetingView => ({
      id: s.id,
      slotId: s.slotId,
      tableId: s.tableId,
      state: s.state ?? '待开始',
      locked: s.locked ?? false,
      people: s.people,
      topic: s.topic ?? '',
      ...(s.priority ? { priority: s.priority } : {}),
    }),
  );
  meetings.sort((a, b) => (slotIndex.get(a.slotId) ?? 0) - (slotIndex.get(b.slotId) ?? 0) || (tableIndex.get(a.tableId) ?? 0) - (tableIndex.get(b.tableId) ?? 0));
  return { event, slots, tables: event.tables, meetings, slotIndex, tableIndex };
};

export const zhang = person('p-zhang', '张伟', '北京智感科技有限公司');
export const li = person('p-li', '李娜', '清华大学');
export const wang = person('p-wang', '王强', '中国科学院物理研究所');
export const liu = person('p-liu', '刘洋', '北京智感科技有限公司');
export const chen = person('p-chen', '陈静', '清华大学');

/**
 * A small fair, 4 tables × (3 + 3) slots:
 * - m1 张伟↔李娜 at 桌1 上午#0, 必须, with a topic
 * - m2 王强↔刘洋 at 桌2 上午#0, 优先, 进行中
 * - m3 张伟↔陈静 at 桌3 上午#1, 一般, locked
 * - m4 刘洋↔陈静 at 桌1 下午#0, 已完成
 * - m5 李娜↔王强 at 桌4 下午#2, 未到场; m6 王强↔陈静 at 桌2 下午#1, 已取消
 */
export const smallView = (): ScheduleView =>
  scheduleView(fairEvent(4, 3), [
    { id: 'm1', tableId: 'T1', slotId: 'am#0', people: [zhang, li], priority: '必须', topic: '锂电池热失控预警系统 ↔ 锂离子电池安全预警技术' },
    { id: 'm2', tableId: 'T2', slotId: 'am#0', people: [wang, liu], priority: '优先', state: '进行中' },
    { id: 'm3', tableId: 'T3', slotId: 'am#1', people: [zhang, chen], priority: '一般', locked: true },
    { id: 'm4', tableId: 'T1', slotId: 'pm#0', people: [liu, chen], state: '已完成' },
    { id: 'm5', tableId: 'T4', slotId: 'pm#2', people: [li, wang], state: '未到场' },
    { id: 'm6', tableId: 'T2', slotId: 'pm#1', people: [wang, chen], state: '已取消' },
  ]);

/**
 * A large fair, `tables` × 24 slots, every cell booked but those where
 * (table + slot) % 7 = 0; 刘洋 has one meeting only, at 桌200 下午#5.
 */
export const largeView = (tables = 250): ScheduleView => {
  const event = fairEvent(tables, 12);
  const slots = deriveSlots(event);
  const specs: MeetingSpec[] = [];
  for (let t = 0; t < tables; t++)
    slots.forEach((slot, s) => {
      if ((t + s) % 7 === 0) return;
      const other = t === 199 && slot.id === 'pm#5' ? liu : person(`u${(t + s) % tables}`, `专家${(t + s) % tables}`, '某大学');
      specs.push({ id: `m${t + 1}-${slot.id}`, tableId: `T${t + 1}`, slotId: slot.id, people: [person(`e${t}`, `企业代表${t}`, '某公司'), other], priority: (['必须', '优先', '一般'] as const)[s % 3] });
    });
  return scheduleView(event, specs);
};
