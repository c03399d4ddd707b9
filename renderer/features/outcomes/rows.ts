import { liveState, slotPhase, type FloorMoment } from '@shared/floor';
import type { CooperationMode, MeetingState, Outcome, OutcomeResult } from '@shared/model';
import type { MeetingView, ScheduleView } from '../schedule/view';
import { sideText, slotText, tableText } from './labels';
import type { OutcomeEditors } from './useOutcomeRecords';

/** The rows of the two tabs, worked out from the records once per change (the tables only render them). */

export type PendingRow = {
  id: string;
  time: string;
  table: string;
  sides: [string, string];
  topic: string;
  /** 进行中 or 已完成, as the meeting shows now. */
  state: MeetingState;
};

/**
 * 待记录: meetings under way or over (by the fair's clock, see `liveState`)
 * with no outcome yet, in slot then table order (the view's order).
 */
export const pendingRows = (view: ScheduleView, recorded: ReadonlyMap<string, unknown>, moment: FloorMoment): PendingRow[] => {
  const slots = new Map(view.slots.map((s) => [s.id, s]));
  const tables = new Map(view.tables.map((t) => [t.id, t]));
  const rows: PendingRow[] = [];
  for (const m of view.meetings) {
    const index = view.slotIndex.get(m.slotId);
    if (index === undefined || recorded.has(m.id)) continue;
    const state = liveState(m.state, slotPhase(moment, index));
    if (state !== '进行中' && state !== '已完成') continue;
    rows.push({ id: m.id, time: slotText(slots.get(m.slotId)), table: tableText(tables.get(m.tableId)), sides: [sideText(m.people[0]), sideText(m.people[1])], topic: m.topic, state });
  }
  return rows;
};

export type RecordedRow = {
  /** The outcome's id. */
  id: string;
  meetingId: string;
  time: string;
  /** Sorts by time, then table. */
  order: number;
  table: string;
  sides: [string, string];
  topic: string;
  result: OutcomeResult;
  modes: CooperationMode[];
  amountWan?: number;
  nextStep: string;
  followUpDate: string;
  recorder: string;
  /** The HLC stamp of the last save: sorts in time order. */
  updatedAt: string;
  lastEditor: string;
  /** Lower-case text the search box looks in. */
  haystack: string;
};

const nameOf = (editors: OutcomeEditors | undefined, which: 'first' | 'last') => editors?.[which].operator ?? '';

/** 已记录: every outcome with its meeting's time, table and sides, in slot then table order. */
export const recordedRows = (view: ScheduleView, outcomes: readonly Outcome[], editors: ReadonlyMap<string, OutcomeEditors>): RecordedRow[] => {
  const slots = new Map(view.slots.map((s) => [s.id, s]));
  const tables = new Map(view.tables.map((t) => [t.id, t]));
  const position = new Map<string, [MeetingView, number]>(view.meetings.map((m, i) => [m.id, [m, i]]));
  const rows = outcomes.map((o): RecordedRow => {
    const [meeting, order] = position.get(o.meetingId) ?? [undefined, Number.MAX_SAFE_INTEGER];
    const sides: [string, string] = meeting ? [sideText(meeting.people[0]), sideText(meeting.people[1])] : ['（洽谈已删除）', ''];
    const who = editors.get(o.id);
    const row: Omit<RecordedRow, 'haystack'> = {
      id: o.id,
      meetingId: o.meetingId,
      time: meeting ? slotText(slots.get(meeting.slotId)) : '—',
      order,
      table: meeting ? tableText(tables.get(meeting.tableId)) : '—',
      sides,
      topic: meeting?.topic ?? '',
      result: o.result,
      modes: o.cooperationModes,
      ...(o.amountWan !== undefined ? { amountWan: o.amountWan } : {}),
      nextStep: o.nextStep ?? '',
      followUpDate: o.followUpDate ?? '',
      recorder: nameOf(who, 'first'),
      updatedAt: o.updatedAt,
      lastEditor: nameOf(who, 'last'),
    };
    const haystack = [...sides, row.topic, row.table, row.nextStep, row.recorder, row.lastEditor, o.contactName ?? '', o.notes ?? ''].join(' ').toLowerCase();
    return { ...row, haystack };
  });
  return rows.sort((a, b) => a.order - b.order);
};

/** The rows of the chosen results (all when none is chosen) whose text contains the search. */
export const filterRecorded = (rows: readonly RecordedRow[], results: readonly OutcomeResult[], search: string): RecordedRow[] => {
  const q = search.trim().toLowerCase();
  const chosen = new Set(results);
  return rows.filter((r) => (chosen.size === 0 || chosen.has(r.result)) && (q === '' || r.haystack.includes(q)));
};
