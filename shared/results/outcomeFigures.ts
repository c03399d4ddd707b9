import { COOPERATION_MODES, isIntent, type CooperationMode } from '../model';
import type { ResultsOutcome } from './input';
import { byResultZero, countOutcome, emptyTally, rounded, roundedByResult, roundWan } from './tally';
import type { ModeRow, OutcomeFigures, OutcomeTally } from './types';

/** The totals over the counted outcomes. */
export const outcomeFigures = (outcomes: Iterable<ResultsOutcome>): OutcomeFigures => {
  const byResult = byResultZero();
  const amountByResult = byResultZero();
  let recorded = 0;
  let intents = 0;
  let amountWan = 0;
  for (const o of outcomes) {
    recorded += 1;
    byResult[o.result] += 1;
    if (isIntent(o.result)) intents += 1;
    amountWan += o.amountWan ?? 0;
    amountByResult[o.result] += o.amountWan ?? 0;
  }
  return { recorded, byResult, intents, signed: byResult['现场签约'], amountWan: roundWan(amountWan), amountByResult: roundedByResult(amountByResult) };
};

/**
 * 合作方式: an outcome naming several modes counts under each, so the rows
 * add up to more than the outcomes (as a programme office's table does).
 */
export const byMode = (outcomes: Iterable<ResultsOutcome>): ModeRow[] => {
  const tallies = new Map<CooperationMode, OutcomeTally>();
  for (const o of outcomes) {
    for (const mode of o.cooperationModes) {
      let tally = tallies.get(mode);
      if (!tally) tallies.set(mode, (tally = emptyTally()));
      countOutcome(tally, o);
    }
  }
  return COOPERATION_MODES.flatMap((mode) => {
    const tally = tallies.get(mode);
    return tally ? [rounded({ mode, ...tally })] : [];
  });
};
