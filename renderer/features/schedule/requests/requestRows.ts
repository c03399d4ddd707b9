import type { Achievement, MeetingRequest, Need, Organisation, Participant } from '@shared/model';
import { findDuplicates, type DuplicateInfo } from './duplicates';
import { summariseSlots, type SlotGroup, type SlotSummary } from './slotGroups';

/** Everything a row needs resolved by id; Maps so that 10,000 rows cost 10,000 lookups, not scans. */
export type RequestLookups = {
  participants: ReadonlyMap<string, Participant>;
  organisations: ReadonlyMap<string, Organisation>;
  needs: ReadonlyMap<string, Need>;
  achievements: ReadonlyMap<string, Achievement>;
  slotGroups: readonly SlotGroup[];
};

export type PersonCell = { id: string; name: string; organisation?: string };

/** One line of the list: the request with its names, titles and summaries resolved once. */
export type RequestRow = {
  id: string;
  request: MeetingRequest;
  from: PersonCell;
  to: PersonCell;
  need?: string;
  achievement?: string;
  slots: SlotSummary;
  duplicate?: DuplicateInfo;
  /** Lower-cased names, organisations and titles: what the search box matches. */
  haystack: string;
};

const DELETED_PERSON = '（已删除的参会人）';

const personCell = (id: string, lookups: RequestLookups): PersonCell => {
  const p = lookups.participants.get(id);
  if (!p) return { id, name: DELETED_PERSON };
  const organisation = p.organisationId ? lookups.organisations.get(p.organisationId)?.name : undefined;
  return organisation ? { id, name: p.name, organisation } : { id, name: p.name };
};

/** `张伟→李娜（需求“…”）`: how a tooltip or message names a request. */
export const describeRow = (row: Pick<RequestRow, 'from' | 'to' | 'need' | 'achievement' | 'request'>): string => {
  const topic = [row.need && `需求“${row.need}”`, row.achievement && `成果“${row.achievement}”`].filter(Boolean).join('、');
  return `${row.from.name}→${row.to.name}${topic ? `（${topic}）` : ''}·${row.request.state}`;
};

export const buildRequestRows = (requests: readonly MeetingRequest[], lookups: RequestLookups): RequestRow[] => {
  const duplicates = findDuplicates(requests);
  // Most requests share a handful of slot choices (often none): summarise each choice once.
  const summaries = new Map<string, SlotSummary>();
  return requests.map((request) => {
    const from = personCell(request.fromId, lookups);
    const to = personCell(request.toId, lookups);
    const need = request.needId ? lookups.needs.get(request.needId)?.title : undefined;
    const achievement = request.achievementId ? lookups.achievements.get(request.achievementId)?.title : undefined;
    const slotKey = request.allowedSlotIds.join(',');
    let slots = summaries.get(slotKey);
    if (!slots) summaries.set(slotKey, (slots = summariseSlots(request.allowedSlotIds, lookups.slotGroups)));
    const duplicate = duplicates.get(request.id);
    return {
      id: request.id,
      request,
      from,
      to,
      ...(need ? { need } : {}),
      ...(achievement ? { achievement } : {}),
      slots,
      ...(duplicate ? { duplicate } : {}),
      haystack: [from.name, from.organisation, to.name, to.organisation, need, achievement].filter(Boolean).join('\n').toLowerCase(),
    };
  });
};
