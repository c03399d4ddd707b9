import { countCheckIns } from '../checkin';
import { deriveSlots, PARTICIPANT_ROLES, type MeetingState } from '../model';
import { countedOutcomes } from './countedOutcomes';
import { outcomeFunnel } from './funnel';
import { byField, byKind, fieldLookup } from './groupings';
import type { FairResultsInput, ResultsMeeting } from './input';
import { liveStatesAt } from './liveStates';
import { heldMeetingIds, meetingFigures } from './meetingFigures';
import { byMode, outcomeFigures } from './outcomeFigures';
import { organisationRows, topByHeld, topByIntents } from './organisations';
import { sidesLookup } from './sides';
import { share } from './tally';
import type { CheckInFigures, FairResults } from './types';

const checkInFigures = (participants: FairResultsInput['participants']): CheckInFigures => {
  const { overall, byRole } = countCheckIns(participants);
  return {
    expected: overall.expected,
    arrived: overall.arrived,
    rate: share(overall.arrived, overall.expected),
    byRole: PARTICIPANT_ROLES.map((role) => ({ role, ...byRole[role], rate: share(byRole[role].arrived, byRole[role].expected) })),
  };
};

/**
 * Every figure of the fair's results at `now` (the fair's clock, epoch ms).
 * Meetings take their live state (a 待开始 meeting in a past slot counts as
 * held, as on the floor board); every group is built with maps in a pass or
 * two over the records, so 2,000 people and 10,000 meetings take a few
 * milliseconds.
 */
export const fairResults = (input: FairResultsInput, now: number): FairResults => {
  const stateOf = liveStatesAt(deriveSlots(input.event), now);
  const states = new Map<string, MeetingState>(input.meetings.map((m) => [m.id, stateOf(m)]));
  const meetingById = new Map<string, ResultsMeeting>(input.meetings.map((m) => [m.id, m]));
  const outcomeOf = countedOutcomes(input.outcomes, heldMeetingIds(states));
  const outcomes = [...outcomeOf.values()];
  const sidesOf = sidesLookup(input.participants, input.organisations);
  const organisations = organisationRows(input.meetings, states, outcomeOf, sidesOf);
  return {
    checkIn: checkInFigures(input.participants),
    meetings: meetingFigures(input.meetings, states),
    funnel: outcomeFunnel(input.requests, input.meetings, states, outcomeOf),
    outcomes: outcomeFigures(outcomes),
    byField: byField(outcomes, fieldLookup(input.needs, input.achievements)),
    byKind: byKind(outcomes, (id) => meetingById.get(id), sidesOf),
    byMode: byMode(outcomes),
    topByHeld: topByHeld(organisations),
    topByIntents: topByIntents(organisations),
  };
};
