import type { Slot } from '@shared/model';
import type { MeetingView, ScheduleView } from '../view';
import { compareNames } from '@shared/nameOrder';

/**
 * Everything the grid looks up while rendering and dragging, built once per
 * view so that a cell finds its meeting in one Map read instead of scanning
 * six thousand meetings.
 */

export const cellKey = (tableId: string, slotId: string): string => `${tableId}|${slotId}`;

/** One column: a slot, and whether it opens its session (drawn with a thicker divider). */
export type SlotColumn = { slot: Slot; sessionStart: boolean };

/** The first header row: a session spanning `count` columns from `first`. */
export type SessionBand = { sessionId: string; label: string; date: string; first: number; count: number };

/** A person who has meetings in the grid, for 定位. */
export type GridPerson = { id: string; name: string; organisation?: string; badgeCode: string; meetingIds: string[] };

export type GridIndex = {
  /** The meeting shown in each occupied cell, by `cellKey`. */
  cells: ReadonlyMap<string, MeetingView>;
  /** How many more meetings share a cell (a double booking in the data), by `cellKey`. */
  extra: ReadonlyMap<string, number>;
  byId: ReadonlyMap<string, MeetingView>;
  columns: readonly SlotColumn[];
  sessions: readonly SessionBand[];
  people: readonly GridPerson[];
  /** Meetings whose slot or table is no longer in the event: not drawn, but counted so the organiser knows. */
  orphans: number;
};

/** Which of two meetings in one cell to draw: a live one wins over a cancelled one. */
const drawnFirst = (current: MeetingView, next: MeetingView) => current.state === '已取消' && next.state !== '已取消';

export const buildGridIndex = (view: ScheduleView): GridIndex => {
  const cells = new Map<string, MeetingView>();
  const extra = new Map<string, number>();
  const byId = new Map<string, MeetingView>();
  const people = new Map<string, GridPerson>();
  let orphans = 0;
  for (const m of view.meetings) {
    byId.set(m.id, m);
    if (!view.slotIndex.has(m.slotId) || !view.tableIndex.has(m.tableId)) {
      orphans++;
      continue;
    }
    const key = cellKey(m.tableId, m.slotId);
    const current = cells.get(key);
    if (current) {
      extra.set(key, (extra.get(key) ?? 0) + 1);
      if (drawnFirst(current, m)) cells.set(key, m);
    } else cells.set(key, m);
    for (const p of m.people) {
      const known = people.get(p.id);
      if (known) known.meetingIds.push(m.id);
      else people.set(p.id, { id: p.id, name: p.name, badgeCode: p.badgeCode, meetingIds: [m.id], ...(p.organisation ? { organisation: p.organisation } : {}) });
    }
  }
  const sessionInfo = new Map(view.event.sessions.map((s) => [s.id, s]));
  const columns: SlotColumn[] = [];
  const sessions: SessionBand[] = [];
  view.slots.forEach((slot, i) => {
    const band = sessions.at(-1);
    const sessionStart = !band || band.sessionId !== slot.sessionId;
    if (sessionStart) {
      const session = sessionInfo.get(slot.sessionId);
      sessions.push({ sessionId: slot.sessionId, label: session?.label ?? slot.sessionId, date: slot.date, first: i, count: 1 });
    } else band.count++;
    columns.push({ slot, sessionStart });
  });
  const sortedPeople = [...people.values()].sort((a, b) => compareNames(a.name, b.name));
  return { cells, extra, byId, columns, sessions, people: sortedPeople, orphans };
};
