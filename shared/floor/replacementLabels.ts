import type { MeetingRequest, Slot } from '../model';
import type { FairRecords, MoveLabels } from '../scheduling/fair';

/**
 * How the 补位 proposals name things for the organiser: people with their
 * organisation, the topic of a request, and cells as slot, time and table.
 */

export type PersonLabel = { id: string; name: string; organisation?: string };

/** Supplied by the screen, which knows organisations, needs and achievements; `plainLabels` otherwise. */
export type ReplacementLabels = {
  person(id: string): PersonLabel;
  /** The need's and/or achievement's title, or empty. */
  topic(request: MeetingRequest): string;
};

/** A cell of the floor as the organiser reads it. */
export type ProposalCell = {
  slotId: string;
  tableId: string;
  /** “上午 第2轮” */
  slot: string;
  /** “09:25–09:45” */
  time: string;
  /** “3号桌” */
  table: string;
};

const DELETED_PERSON = '（已删除的参会人）';

/** Names only: what the records alone can say. */
export const plainLabels = (records: Pick<FairRecords, 'participants'>): ReplacementLabels => {
  const names = new Map(records.participants.map((p) => [p.id, p.name]));
  return { person: (id) => ({ id, name: names.get(id) ?? DELETED_PERSON }), topic: () => '' };
};

export const cellLabeller = (records: Pick<FairRecords, 'event'>, slots: readonly Slot[]): ((slotId: string, tableId: string) => ProposalCell) => {
  const bySlot = new Map(slots.map((s) => [s.id, s]));
  const tables = new Map(records.event.tables.map((t) => [t.id, `${t.number}号桌`]));
  return (slotId, tableId) => {
    const slot = bySlot.get(slotId);
    return { slotId, tableId, slot: slot?.label ?? slotId, time: slot ? `${slot.start}–${slot.end}` : '', table: tables.get(tableId) ?? tableId };
  };
};

/** The move check's words, as the schedule's move labels read (`renderer/db/meetings.ts` moveLabels). */
export const floorLabels = (records: Pick<FairRecords, 'event' | 'participants'>, slots: readonly Slot[]): MoveLabels => {
  const names = new Map(records.participants.map((p) => [p.id, p.name]));
  const bySlot = new Map(slots.map((s) => [s.id, `${s.label}（${s.start}）`]));
  const tables = new Map(records.event.tables.map((t) => [t.id, `${t.number}号桌`]));
  return {
    person: (id) => names.get(id) ?? DELETED_PERSON,
    slot: (id) => bySlot.get(id) ?? id,
    table: (id) => tables.get(id) ?? id,
  };
};
