import { isActiveRequest, type Achievement, type MeetingRequest, type Need, type Organisation, type Participant } from '@shared/model';

export type Option = { value: string; label: string };

const orgName = (organisations: ReadonlyMap<string, Organisation>, id: string | undefined): string | undefined => (id ? organisations.get(id)?.name : undefined);

/** `张伟 · 北京智感科技有限公司`: the label is what the picker searches, so it carries the organisation too. */
export const personOptions = (people: readonly Participant[], organisations: ReadonlyMap<string, Organisation>): Option[] =>
  people.map((p) => {
    const org = orgName(organisations, p.organisationId);
    return { value: p.id, label: org ? `${p.name} · ${org}` : p.name };
  });

/** The chosen people, and the organisations they belong to. */
export type Sides = { people: ReadonlySet<string>; organisations: ReadonlySet<string> };

export const sidesOf = (ids: readonly (string | undefined)[], participants: ReadonlyMap<string, Participant>): Sides => {
  const people = new Set(ids.filter((id): id is string => id !== undefined));
  const organisations = new Set([...people].flatMap((id) => participants.get(id)?.organisationId ?? []));
  return { people, organisations };
};

/**
 * A need or achievement is the two people's when one of them is its contact
 * or its owner is one of their organisations. Only theirs are offered when
 * they have any; otherwise every record, so a pick is never impossible.
 */
export const recordOptions = <R extends Need | Achievement>(records: readonly R[], sides: Sides, organisations: ReadonlyMap<string, Organisation>): Option[] => {
  const theirs = records.filter((r) => (r.contactId !== undefined && sides.people.has(r.contactId)) || sides.organisations.has(r.ownerId));
  return (theirs.length > 0 ? theirs : records).map((r) => {
    const owner = orgName(organisations, r.ownerId);
    return { value: r.id, label: owner ? `${r.title}（${owner}）` : r.title };
  });
};

/**
 * 前序约谈: requests in play other than this one, those of the same people
 * first-and-only when there are any (a follow-up talk usually shares one).
 */
export const afterOptions = (
  requests: readonly MeetingRequest[],
  self: Pick<MeetingRequest, 'id' | 'afterRequestId'> | undefined,
  sides: Sides,
  describe: (r: MeetingRequest) => string,
): Option[] => {
  // The current predecessor stays offered even if it left play, so the select can still name it.
  const candidates = requests.filter((r) => r.id !== self?.id && (isActiveRequest(r) || r.id === self?.afterRequestId));
  const theirs = candidates.filter((r) => sides.people.has(r.fromId) || sides.people.has(r.toId));
  return (theirs.length > 0 ? theirs : candidates).map((r) => ({ value: r.id, label: describe(r) }));
};
