import type { MeetingView, ScheduleView } from '../schedule/view';

/** One line of the result card's agenda. */
export type AgendaLine = {
  id: string;
  /** “09:00–09:20”, with “5月20日” before it when the agenda spans days. */
  time: string;
  table: string;
  counterpart: string;
  organisation: string;
  topic: string;
  state: MeetingView['state'];
};

const monthDay = (date: string) => `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;

/**
 * The person's meetings for the day: today's when the fair is on today,
 * otherwise (a rehearsal, a check-in the evening before) all of them, with
 * the date. Cancelled meetings are left out: the person need not go.
 */
export const personAgenda = (view: ScheduleView, personId: string, today: string): AgendaLine[] => {
  const slots = new Map(view.slots.map((s) => [s.id, s]));
  const tables = new Map(view.tables.map((t) => [t.id, t]));
  const mine = view.meetings.filter((m) => m.state !== '已取消' && m.people.some((p) => p.id === personId));
  const todays = mine.filter((m) => slots.get(m.slotId)?.date === today);
  const shown = todays.length > 0 ? todays : mine;
  const withDate = new Set(shown.map((m) => slots.get(m.slotId)?.date)).size > 1 || todays.length === 0;
  return shown.map((m) => {
    const slot = slots.get(m.slotId);
    const table = tables.get(m.tableId);
    const other = m.people[0].id === personId ? m.people[1] : m.people[0];
    return {
      id: m.id,
      time: slot ? `${withDate ? `${monthDay(slot.date)} ` : ''}${slot.start}–${slot.end}` : '时段已删除',
      table: table ? `${table.number}号桌${table.zone ? `（${table.zone}）` : ''}` : '桌号已删除',
      counterpart: other.name,
      organisation: other.organisation ?? '',
      topic: m.topic,
      state: m.state,
    };
  });
};

/** The local calendar date, as slots store it (YYYY-MM-DD). */
export const localDate = (now: Date): string =>
  `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
