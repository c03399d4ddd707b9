import { isHeld } from '@shared/floor';
import { isIntent, type Achievement, type MeetingState, type Need, type Outcome, type Slot, type Table } from '@shared/model';
import { countedOutcomes, fieldLookup, liveStatesAt, type FieldKey } from '@shared/results';
import { registryView, type MeetingView } from '../schedule/view';
import type { ResultsSources } from './resultsSources';

/**
 * The records behind the figures, joined for the lists of the workbook and
 * the report: each meeting with its people, slot, table, live state and
 * counted outcome; each outcome with its meeting, need, achievement and
 * field. The states, the counted outcomes and the fields come from the same
 * functions as the figures, so a list and its total always agree.
 */

export type MeetingLine = { meeting: MeetingView; slot?: Slot; table?: Table; state: MeetingState; outcome?: Outcome };

export type OutcomeLine = {
  outcome: Outcome;
  /** Absent when the meeting is gone. */
  meeting?: MeetingLine;
  /** Counted in the figures: its meeting is held and it is that meeting's latest outcome. */
  counted: boolean;
  need?: Need;
  achievement?: Achievement;
  field: FieldKey;
};

export type ResultLines = {
  /** In time order, then by table, as the schedule lists them. */
  meetings: MeetingLine[];
  /** In their meetings' order; outcomes of a gone meeting last. */
  outcomes: OutcomeLine[];
};

export const resultLines = ({ data, records, now }: ResultsSources): ResultLines => {
  const needs = new Map(data.lists.needs.map((n) => [n.id, n]));
  const achievements = new Map(data.lists.achievements.map((a) => [a.id, a]));
  const view = registryView(data, records.requests, records.meetings);
  const stateOf = liveStatesAt(view.slots, now);
  const states = new Map(view.meetings.map((m) => [m.id, stateOf(m)]));
  const held = new Set([...states].flatMap(([id, state]) => (isHeld(state) ? [id] : [])));
  const counted = countedOutcomes(records.outcomes, held);
  const meetings = view.meetings.map((m): MeetingLine => {
    const slotIndex = view.slotIndex.get(m.slotId);
    const tableIndex = view.tableIndex.get(m.tableId);
    const slot = slotIndex === undefined ? undefined : view.slots[slotIndex];
    const table = tableIndex === undefined ? undefined : view.tables[tableIndex];
    const outcome = counted.get(m.id);
    return { meeting: m, state: states.get(m.id) ?? m.state, ...(slot ? { slot } : {}), ...(table ? { table } : {}), ...(outcome ? { outcome } : {}) };
  });
  const order = new Map(meetings.map((line, i) => [line.meeting.id, i]));
  const fieldOf = fieldLookup(data.lists.needs, data.lists.achievements);
  const outcomes = records.outcomes
    .map((outcome): OutcomeLine => {
      const i = order.get(outcome.meetingId);
      const meeting = i === undefined ? undefined : meetings[i];
      const need = outcome.needId ? needs.get(outcome.needId) : undefined;
      const achievement = outcome.achievementId ? achievements.get(outcome.achievementId) : undefined;
      return {
        outcome,
        counted: counted.get(outcome.meetingId) === outcome,
        field: fieldOf(outcome),
        ...(meeting ? { meeting } : {}),
        ...(need ? { need } : {}),
        ...(achievement ? { achievement } : {}),
      };
    })
    .sort((a, b) => (order.get(a.outcome.meetingId) ?? Number.MAX_SAFE_INTEGER) - (order.get(b.outcome.meetingId) ?? Number.MAX_SAFE_INTEGER));
  return { meetings, outcomes };
};

/** Intents as the figures count them: of held meetings, the latest outcome of each. */
export const intentLines = (lines: ResultLines): OutcomeLine[] => lines.outcomes.filter((l) => l.counted && isIntent(l.outcome.result));
