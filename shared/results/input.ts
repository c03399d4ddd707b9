import type { Achievement, DockingEvent, Meeting, MeetingRequest, Need, Organisation, Outcome, Participant } from '../model';

/**
 * What the results are computed from: the event's live (not deleted)
 * records, each trimmed to the fields the figures read, so a test or the
 * benchmark can hand in plain objects.
 */
export type FairResultsInput = {
  event: Pick<DockingEvent, 'sessions' | 'slotMinutes' | 'breakMinutes'>;
  organisations: readonly Pick<Organisation, 'id' | 'name' | 'kind'>[];
  participants: readonly Pick<Participant, 'id' | 'organisationId' | 'roles' | 'checkIn'>[];
  needs: readonly Pick<Need, 'id' | 'field'>[];
  achievements: readonly Pick<Achievement, 'id' | 'field'>[];
  requests: readonly Pick<MeetingRequest, 'id' | 'state'>[];
  meetings: readonly Pick<Meeting, 'id' | 'requestId' | 'participantIds' | 'slotId' | 'state'>[];
  outcomes: readonly Pick<Outcome, 'id' | 'meetingId' | 'updatedAt' | 'needId' | 'achievementId' | 'result' | 'cooperationModes' | 'amountWan'>[];
};

export type ResultsMeeting = FairResultsInput['meetings'][number];
export type ResultsOutcome = FairResultsInput['outcomes'][number];
