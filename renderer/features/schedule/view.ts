import {
  deriveSlots,
  type Achievement,
  type DockingEvent,
  type Meeting,
  type MeetingRequest,
  type Need,
  type Organisation,
  type Participant,
  type RequestPriority,
  type Slot,
  type Table,
} from '@shared/model';
import type { RegistryData } from '../registry/useRegistryData';

/**
 * The schedule as every screen and printout reads it: slots and tables of
 * the event, and each meeting with its two people and topic already resolved
 * to names, so the grid, the agendas, the table cards and the .xlsx export
 * share one join instead of each looking ids up its own way.
 */

export type PersonRef = {
  id: string;
  name: string;
  /** The organisation's name; absent for a person without one. */
  organisation?: string;
  title?: string;
  badgeCode: string;
};

export type MeetingView = {
  id: string;
  requestId?: string;
  slotId: string;
  tableId: string;
  state: Meeting['state'];
  locked: boolean;
  /** In the request's direction: `[0]` asked for the meeting (发起方), `[1]` was asked. */
  people: [PersonRef, PersonRef];
  /** The need's and/or achievement's title (“需求 ↔ 成果”), or empty. */
  topic: string;
  priority?: RequestPriority;
};

export type ScheduleView = {
  event: DockingEvent;
  slots: Slot[];
  tables: Table[];
  /** Sorted by slot (time order), then table number. */
  meetings: MeetingView[];
  slotIndex: ReadonlyMap<string, number>;
  tableIndex: ReadonlyMap<string, number>;
};

export type ScheduleSources = {
  event: DockingEvent;
  organisations: ReadonlyMap<string, Organisation>;
  participants: ReadonlyMap<string, Participant>;
  needs: ReadonlyMap<string, Need>;
  achievements: ReadonlyMap<string, Achievement>;
  requests: ReadonlyMap<string, MeetingRequest>;
  /** Live (not deleted) meetings of the event. */
  meetings: readonly Meeting[];
};

/** The view of `meetings` with names and topics from the event's live registry (`useRegistryData`). */
export const registryView = (data: RegistryData, requests: readonly MeetingRequest[], meetings: readonly Meeting[]): ScheduleView =>
  buildScheduleView({
    event: data.event,
    organisations: data.organisations,
    participants: data.participants,
    needs: new Map(data.lists.needs.map((n) => [n.id, n])),
    achievements: new Map(data.lists.achievements.map((a) => [a.id, a])),
    requests: new Map(requests.map((r) => [r.id, r])),
    meetings,
  });

export const personRef = (participant: Participant | undefined, id: string, organisations: ReadonlyMap<string, Organisation>): PersonRef => {
  if (!participant) return { id, name: '（已删除的参会人）', badgeCode: '' };
  const organisation = participant.organisationId ? organisations.get(participant.organisationId)?.name : undefined;
  return {
    id,
    name: participant.name,
    badgeCode: participant.badgeCode,
    ...(organisation ? { organisation } : {}),
    ...(participant.title ? { title: participant.title } : {}),
  };
};

export const topicOf = (
  request: Pick<MeetingRequest, 'needId' | 'achievementId'> | undefined,
  needs: ReadonlyMap<string, Need>,
  achievements: ReadonlyMap<string, Achievement>,
): string => {
  if (!request) return '';
  const need = request.needId ? needs.get(request.needId)?.title : undefined;
  const achievement = request.achievementId ? achievements.get(request.achievementId)?.title : undefined;
  return [need, achievement].filter((t): t is string => Boolean(t)).join(' ↔ ');
};

export const buildScheduleView = (sources: ScheduleSources): ScheduleView => {
  const { event, organisations, participants, needs, achievements, requests } = sources;
  const slots = deriveSlots(event);
  const tables = [...event.tables].sort((a, b) => a.number - b.number);
  const slotIndex = new Map(slots.map((s, i) => [s.id, i]));
  const tableIndex = new Map(tables.map((t, i) => [t.id, i]));
  // One ref per person, shared by all their meetings: a fair has thousands of meetings and a few hundred people.
  const refs = new Map<string, PersonRef>();
  const person = (id: string): PersonRef => {
    let ref = refs.get(id);
    if (ref === undefined) refs.set(id, (ref = personRef(participants.get(id), id, organisations)));
    return ref;
  };
  const meetings = sources.meetings.map((m): MeetingView => {
    const request = m.requestId ? requests.get(m.requestId) : undefined;
    // Show the request's direction when it still matches the meeting's two people.
    const [a, b] = request && request.toId === m.participantIds[0] && request.fromId === m.participantIds[1] ? [m.participantIds[1], m.participantIds[0]] : m.participantIds;
    return {
      id: m.id,
      ...(m.requestId ? { requestId: m.requestId } : {}),
      slotId: m.slotId,
      tableId: m.tableId,
      state: m.state,
      locked: m.locked,
      people: [person(a), person(b)],
      topic: topicOf(request, needs, achievements),
      ...(request ? { priority: request.priority } : {}),
    };
  });
  // By slot, then table number; a slot or table the event no longer has sorts last. Keys worked out once, not in every comparison.
  const last = Number.MAX_SAFE_INTEGER;
  const keys = new Map(meetings.map((m) => [m, [slotIndex.get(m.slotId) ?? last, tables[tableIndex.get(m.tableId) ?? -1]?.number ?? last] as const]));
  meetings.sort((x, y) => {
    const [sx, tx] = keys.get(x) ?? [last, last];
    const [sy, ty] = keys.get(y) ?? [last, last];
    return sx - sy || tx - ty;
  });
  return { event, slots, tables, meetings, slotIndex, tableIndex };
};
