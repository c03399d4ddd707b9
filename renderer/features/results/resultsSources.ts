import type { Meeting, MeetingRequest, Outcome } from '@shared/model';
import type { FairResultsInput } from '@shared/results';
import type { RegistryData } from '../registry/useRegistryData';

/** The event's live meetings, outcomes and requests: what the results read beside the registry. */
export type ResultsRecords = { meetings: readonly Meeting[]; outcomes: readonly Outcome[]; requests: readonly MeetingRequest[] };

/** Everything the dashboard, the workbook and the report are made from, at the fair's `now`. */
export type ResultsSources = { data: RegistryData; records: ResultsRecords; now: number };

export const resultsInput = ({ data, records }: ResultsSources): FairResultsInput => ({
  event: data.event,
  organisations: data.lists.organisations,
  participants: data.lists.participants,
  needs: data.lists.needs,
  achievements: data.lists.achievements,
  requests: records.requests,
  meetings: records.meetings,
  outcomes: records.outcomes,
});
