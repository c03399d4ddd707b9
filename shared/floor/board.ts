import { MEETING_STATES, type Achievement, type CheckInState, type Meeting, type MeetingRequest, type MeetingState, type Need, type Organisation, type Participant, type Slot, type Table } from '../model';
import { occupiesSeat } from '../scheduling/fair/moveCheck';
import { liveState } from './liveState';
import { orgShortName } from './orgShortName';
import type { SlotPhase } from './slotTiming';

/**
 * 现场看板: one slot of the floor, table by table, as the staff walking the
 * hall read it: who sits where, about what, in which state, and who has not
 * arrived yet. Built from the slot's meetings only (about one per table), so
 * it costs the same at any size of fair.
 */

/** One side of a meeting as the board shows it. */
export type BoardPerson = {
  id: string;
  name: string;
  /** The organisation's short name (without 有限公司 and the like). */
  organisation?: string;
  checkIn: CheckInState;
};

export type BoardMeeting = {
  id: string;
  /** As stored: what the floor's writes expect (another window may have changed it). */
  stored: MeetingState;
  /** As shown: a stored 待开始 follows the clock (see `liveState`). */
  state: MeetingState;
  /** In the request's direction: `[0]` asked for the meeting. */
  people: [BoardPerson, BoardPerson];
  /** “需求 ↔ 成果”, or empty for a meeting without a request. */
  topic: string;
  /** Held without a request (临时洽谈). */
  adHoc: boolean;
  locked: boolean;
};

export type BoardRow = {
  table: Table;
  /** Who sits at the table: the seated meeting, else the last one that freed it (a no-show still shows, to be undone or replaced). */
  meeting?: BoardMeeting;
  /** The table's other meetings in the slot: a no-show replaced by another meeting, say. */
  others: BoardMeeting[];
};

export type BoardCounts = Record<MeetingState, number>;

export type SlotBoard = {
  slot: Slot;
  phase: SlotPhase;
  /** Every table of the event, by number. */
  rows: BoardRow[];
  /** The slot's meetings by the state they show. */
  counts: BoardCounts;
  /** People expected at a table in this slot (their meeting still takes its seat) who are not checked in. */
  notCheckedIn: number;
};

export type BoardSources = {
  tables: readonly Table[];
  participants: ReadonlyMap<string, Pick<Participant, 'name' | 'organisationId' | 'checkIn'>>;
  organisations: ReadonlyMap<string, Pick<Organisation, 'name'>>;
  requests: ReadonlyMap<string, Pick<MeetingRequest, 'fromId' | 'toId' | 'needId' | 'achievementId'>>;
  needs: ReadonlyMap<string, Pick<Need, 'title'>>;
  achievements: ReadonlyMap<string, Pick<Achievement, 'title'>>;
};

/** At the fair: checked in and not gone. The floor fetches everyone else. */
export const isPresent = (person: Pick<BoardPerson, 'checkIn'>): boolean => person.checkIn === '已签到';

export const emptyCounts = (): BoardCounts => Object.fromEntries(MEETING_STATES.map((s) => [s, 0])) as BoardCounts;

const boardPerson = (sources: BoardSources, id: string): BoardPerson => {
  const p = sources.participants.get(id);
  if (!p) return { id, name: '（已删除的参会人）', checkIn: '未签到' };
  const organisation = p.organisationId ? sources.organisations.get(p.organisationId)?.name : undefined;
  return { id, name: p.name, checkIn: p.checkIn.state, ...(organisation ? { organisation: orgShortName(organisation) } : {}) };
};

const boardMeeting = (sources: BoardSources, m: Meeting, phase: SlotPhase): BoardMeeting => {
  const request = m.requestId ? sources.requests.get(m.requestId) : undefined;
  // The request's direction when it still matches the meeting's two people, as the schedule shows it.
  const [a, b] = request && request.toId === m.participantIds[0] && request.fromId === m.participantIds[1] ? [m.participantIds[1], m.participantIds[0]] : m.participantIds;
  const need = request?.needId ? sources.needs.get(request.needId)?.title : undefined;
  const achievement = request?.achievementId ? sources.achievements.get(request.achievementId)?.title : undefined;
  return {
    id: m.id,
    stored: m.state,
    state: liveState(m.state, phase),
    people: [boardPerson(sources, a), boardPerson(sources, b)],
    topic: [need, achievement].filter((t): t is string => Boolean(t)).join(' ↔ '),
    adHoc: m.requestId === undefined,
    locked: m.locked,
  };
};

/** Seated first; among the rest, the latest write first (the no-show just marked). */
const byPrecedence = (x: Meeting, y: Meeting): number => Number(occupiesSeat(y)) - Number(occupiesSeat(x)) || (y.updatedAt < x.updatedAt ? -1 : y.updatedAt > x.updatedAt ? 1 : 0);

/** `meetings`: the live meetings of `slot` (others are ignored). */
export const buildSlotBoard = (sources: BoardSources, slot: Slot, phase: SlotPhase, meetings: readonly Meeting[]): SlotBoard => {
  const atTable = new Map<string, Meeting[]>();
  for (const m of meetings) {
    if (m.deleted || m.slotId !== slot.id) continue;
    const list = atTable.get(m.tableId);
    if (list) list.push(m);
    else atTable.set(m.tableId, [m]);
  }
  const counts = emptyCounts();
  const absent = new Set<string>();
  const rows = [...sources.tables]
    .sort((x, y) => x.number - y.number)
    .map((table): BoardRow => {
      const [first, ...rest] = (atTable.get(table.id) ?? []).sort(byPrecedence).map((m) => {
        const shown = boardMeeting(sources, m, phase);
        counts[shown.state]++;
        if (occupiesSeat(m)) for (const p of shown.people) if (!isPresent(p)) absent.add(p.id);
        return shown;
      });
      return first ? { table, meeting: first, others: rest } : { table, others: [] };
    });
  return { slot, phase, rows, counts, notCheckedIn: absent.size };
};
