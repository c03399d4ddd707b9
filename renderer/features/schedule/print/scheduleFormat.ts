import type { DockingEvent, Slot, Table } from '@shared/model';
import type { MeetingView, PersonRef, ScheduleView } from '../view';
import { compareNames } from '@shared/nameOrder';

/**
 * Lookups and wording shared by the printouts and the .xlsx export, so a
 * time, a table or a person reads the same on paper and in the spreadsheet.
 */

export const slotOf = (view: ScheduleView, slotId: string): Slot | undefined => {
  const i = view.slotIndex.get(slotId);
  return i === undefined ? undefined : view.slots[i];
};

export const tableOf = (view: ScheduleView, tableId: string): Table | undefined => {
  const i = view.tableIndex.get(tableId);
  return i === undefined ? undefined : view.tables[i];
};

/** A cancelled meeting stays in the data (and the detailed export) but is not printed: nobody should walk to it. */
export const printedMeetings = (view: ScheduleView): MeetingView[] => view.meetings.filter((m) => m.state !== '已取消');

const dateParts = (date: string) => {
  const [y, m, d] = date.split('-').map(Number);
  return { y, m, d };
};

/** `2026-05-20` → `5月20日`. */
export const shortDate = (date: string): string => {
  const { m, d } = dateParts(date);
  return `${m}月${d}日`;
};

/** `2026年5月20日`, or `2026年5月20日至21日` / `…至6月1日` for a fair over several days. */
export const eventDates = (event: Pick<DockingEvent, 'startDate' | 'endDate'>): string => {
  const a = dateParts(event.startDate);
  const b = dateParts(event.endDate);
  const first = `${a.y}年${a.m}月${a.d}日`;
  if (event.startDate === event.endDate) return first;
  if (a.y !== b.y) return `${first}至${b.y}年${b.m}月${b.d}日`;
  return `${first}至${a.m === b.m ? '' : `${b.m}月`}${b.d}日`;
};

export const slotTime = (slot: Pick<Slot, 'start' | 'end'>): string => `${slot.start}–${slot.end}`;

/** A meeting whose slot is gone from the event's sessions still shows, marked, rather than vanishing from the paper. */
export const UNKNOWN_SLOT = '（时段已删除）';
export const UNKNOWN_TABLE = '（桌号已删除）';

export const tableName = (table: Pick<Table, 'number'>): string => `${table.number}号桌`;

export const personWithOrg = (p: PersonRef): string => (p.organisation ? `${p.name}（${p.organisation}）` : p.name);

export const counterpartOf = (m: MeetingView, personId: string): PersonRef => (m.people[0].id === personId ? m.people[1] : m.people[0]);

export const sessionLabel = (view: ScheduleView, sessionId: string): string => view.event.sessions.find((s) => s.id === sessionId)?.label ?? '';

/** A session's heading: its label, then its date unless the organiser put the date in the label (“11月27日 上午”). */
export const sessionTitle = (view: ScheduleView, sessionId: string, date: string): string => {
  const label = sessionLabel(view, sessionId);
  const day = shortDate(date);
  return label.includes(day) ? label : `${label} · ${day}`;
};

/**
 * Everyone with at least one printed meeting, by name in pinyin order (how a
 * desk stacks handouts). A deleted participant (`personRef` gives them no
 * badge code) gets no agenda: there is nobody to hand it to.
 */
export const peopleWithMeetings = (view: ScheduleView): PersonRef[] => {
  const people = new Map<string, PersonRef>();
  for (const m of printedMeetings(view)) for (const p of m.people) if (p.badgeCode !== '' && !people.has(p.id)) people.set(p.id, p);
  return [...people.values()].sort((a, b) => compareNames(a.name, b.name) || a.id.localeCompare(b.id));
};

/** Each person's printed meetings, in time order (the view is sorted by slot); one pass, for 500 agendas at once. */
export const meetingsByPerson = (view: ScheduleView): Map<string, MeetingView[]> => {
  const byPerson = new Map<string, MeetingView[]>();
  for (const m of printedMeetings(view)) {
    for (const p of m.people) {
      const list = byPerson.get(p.id);
      if (list) list.push(m);
      else byPerson.set(p.id, [m]);
    }
  }
  return byPerson;
};

/** Splits `items` into runs that share `key`, keeping order (e.g. meetings into sessions). */
export const runsBy = <T, K>(items: readonly T[], key: (item: T) => K): { key: K; items: T[] }[] => {
  const runs: { key: K; items: T[] }[] = [];
  for (const item of items) {
    const k = key(item);
    const last = runs.at(-1);
    if (last && last.key === k) last.items.push(item);
    else runs.push({ key: k, items: [item] });
  }
  return runs;
};
