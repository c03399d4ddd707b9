import { isHeld } from '../floor';
import type { MeetingState } from '../model';
import type { ResultsMeeting, ResultsOutcome } from './input';
import type { MeetingSides } from './sides';
import { countOutcome, emptyTally, rounded } from './tally';
import type { OrganisationRow } from './types';
import { compareNames } from '../nameOrder';

/**
 * Every organisation whose people held a meeting, with the outcomes of those
 * meetings. A meeting between two colleagues counts once for their
 * organisation; an 企业–高校 meeting once for each.
 */
export const organisationRows = (
  meetings: readonly ResultsMeeting[],
  states: ReadonlyMap<string, MeetingState>,
  outcomeOf: ReadonlyMap<string, ResultsOutcome>,
  sidesOf: (m: ResultsMeeting) => MeetingSides,
): OrganisationRow[] => {
  const rows = new Map<string, OrganisationRow>();
  for (const m of meetings) {
    if (!isHeld(states.get(m.id) ?? m.state)) continue;
    const outcome = outcomeOf.get(m.id);
    for (const org of sidesOf(m).organisations) {
      let row = rows.get(org.id);
      if (!row) rows.set(org.id, (row = { organisationId: org.id, name: org.name, kind: org.kind, held: 0, ...emptyTally() }));
      row.held += 1;
      if (outcome) countOutcome(row, outcome);
    }
  }
  return [...rows.values()].map(rounded);
};

const TOP_COUNT = 10;

/** The most active: by held meetings, ties by intents, then name (pinyin order). */
export const topByHeld = (rows: readonly OrganisationRow[]): OrganisationRow[] =>
  [...rows].sort((a, b) => b.held - a.held || b.intents - a.intents || compareNames(a.name, b.name)).slice(0, TOP_COUNT);

/** The most successful: by intents, ties by 签约, amount, held meetings, then name; only those with an intent. */
export const topByIntents = (rows: readonly OrganisationRow[]): OrganisationRow[] =>
  rows
    .filter((r) => r.intents > 0)
    .sort((a, b) => b.intents - a.intents || b.signed - a.signed || b.amountWan - a.amountWan || b.held - a.held || compareNames(a.name, b.name))
    .slice(0, TOP_COUNT);
