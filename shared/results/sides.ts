import type { FairResultsInput, ResultsMeeting } from './input';

type Org = FairResultsInput['organisations'][number];

/** The organisations at a meeting's table: each once, and whether a side has none. */
export type MeetingSides = { organisations: Org[]; unaffiliated: boolean };

/**
 * Resolves a meeting's two people to their organisations. Two colleagues
 * meeting give one organisation; a person without one (or deleted, or whose
 * organisation is gone) makes the side unaffiliated.
 */
export const sidesLookup = (participants: FairResultsInput['participants'], organisations: FairResultsInput['organisations']): ((meeting: ResultsMeeting) => MeetingSides) => {
  const orgById = new Map(organisations.map((o) => [o.id, o]));
  const orgOfPerson = new Map(participants.map((p) => [p.id, p.organisationId === undefined ? undefined : orgById.get(p.organisationId)]));
  return (meeting) => {
    const found: Org[] = [];
    let unaffiliated = false;
    for (const id of meeting.participantIds) {
      const org = orgOfPerson.get(id);
      if (!org) unaffiliated = true;
      else if (!found.includes(org)) found.push(org);
    }
    return { organisations: found, unaffiliated };
  };
};
