import { FIELDS, ORG_KINDS, type Field } from '../model';
import type { FairResultsInput, ResultsMeeting, ResultsOutcome } from './input';
import type { MeetingSides } from './sides';
import { byResultZero, countOutcome, emptyTally, rounded, roundedByResult } from './tally';
import { NO_FIELD, NO_ORGANISATION, type FieldKey, type FieldRow, type KindKey, type KindRow, type OutcomeTally } from './types';

const FIELD_ORDER: readonly FieldKey[] = [...FIELDS, NO_FIELD];
const KIND_ORDER: readonly KindKey[] = [...ORG_KINDS, NO_ORGANISATION];

/**
 * 行业领域 of an outcome: its need's field, else its achievement's (the need
 * says what the enterprise is after, so it wins when the two differ). The
 * outcome's own links count, not the request's: the organiser may have
 * corrected them in the outcome form.
 */
export const fieldLookup = (needs: FairResultsInput['needs'], achievements: FairResultsInput['achievements']): ((outcome: ResultsOutcome) => FieldKey) => {
  const needField = new Map<string, Field>(needs.map((n) => [n.id, n.field]));
  const achievementField = new Map<string, Field>(achievements.map((a) => [a.id, a.field]));
  return (outcome) =>
    (outcome.needId === undefined ? undefined : needField.get(outcome.needId)) ??
    (outcome.achievementId === undefined ? undefined : achievementField.get(outcome.achievementId)) ??
    NO_FIELD;
};

export const byField = (outcomes: Iterable<ResultsOutcome>, fieldOf: (outcome: ResultsOutcome) => FieldKey): FieldRow[] => {
  const rows = new Map<FieldKey, FieldRow>();
  for (const o of outcomes) {
    const field = fieldOf(o);
    let row = rows.get(field);
    if (!row) rows.set(field, (row = { field, ...emptyTally(), amountByResult: byResultZero() }));
    countOutcome(row, o);
    row.amountByResult[o.result] += o.amountWan ?? 0;
  }
  return FIELD_ORDER.flatMap((field) => {
    const row = rows.get(field);
    return row ? [{ ...rounded(row), amountByResult: roundedByResult(row.amountByResult) }] : [];
  });
};

/**
 * 机构类型 of both sides: an outcome counts once under each kind present at
 * its table, so an 企业–高校 intent counts under 企业 and under 高校, and
 * an 企业–企业 one once under 企业. A row reads “outcomes an organisation
 * of this kind took part in”; the rows add up to more than the total.
 */
export const byKind = (outcomes: Iterable<ResultsOutcome>, meetingOf: (id: string) => ResultsMeeting | undefined, sidesOf: (m: ResultsMeeting) => MeetingSides): KindRow[] => {
  const tallies = new Map<KindKey, OutcomeTally>();
  for (const o of outcomes) {
    const meeting = meetingOf(o.meetingId);
    if (!meeting) continue;
    const sides = sidesOf(meeting);
    const kinds = new Set<KindKey>(sides.organisations.map((org) => org.kind));
    if (sides.unaffiliated) kinds.add(NO_ORGANISATION);
    for (const kind of kinds) {
      let tally = tallies.get(kind);
      if (!tally) tallies.set(kind, (tally = emptyTally()));
      countOutcome(tally, o);
    }
  }
  return KIND_ORDER.flatMap((kind) => {
    const tally = tallies.get(kind);
    return tally ? [rounded({ kind, ...tally })] : [];
  });
};
