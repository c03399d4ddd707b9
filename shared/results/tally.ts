import { isIntent, OUTCOME_RESULTS, type OutcomeResult } from '../model';
import type { ResultsOutcome } from './input';
import type { OutcomeTally } from './types';

/** 万元 to two decimals: sums of decimals drift (0.1 + 0.2), the report must not show it. */
export const roundWan = (wan: number): number => Math.round(wan * 100) / 100;

/** `part / whole`, or 0 when the whole is empty. */
export const share = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole);

export const emptyTally = (): OutcomeTally => ({ outcomes: 0, intents: 0, signed: 0, amountWan: 0 });

export const byResultZero = (): Record<OutcomeResult, number> => Object.fromEntries(OUTCOME_RESULTS.map((r) => [r, 0])) as Record<OutcomeResult, number>;

export const roundedByResult = (amounts: Readonly<Record<OutcomeResult, number>>): Record<OutcomeResult, number> =>
  Object.fromEntries(OUTCOME_RESULTS.map((r) => [r, roundWan(amounts[r])])) as Record<OutcomeResult, number>;

/** Adds one outcome to a group's figures (in place: the groups are built in one pass). */
export const countOutcome = (tally: OutcomeTally, outcome: ResultsOutcome): void => {
  tally.outcomes += 1;
  if (isIntent(outcome.result)) tally.intents += 1;
  if (outcome.result === '现场签约') tally.signed += 1;
  tally.amountWan += outcome.amountWan ?? 0;
};

/** The same figures with the amount rounded, for the finished rows. */
export const rounded = <T extends OutcomeTally>(row: T): T => ({ ...row, amountWan: roundWan(row.amountWan) });
