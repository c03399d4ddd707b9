import type { ResultsOutcome } from './input';

/**
 * The outcomes the results count, by meeting id: one per meeting, and only
 * for a meeting held by now. Saving an outcome marks its meeting 已完成, so
 * this drops only the stale: an outcome whose meeting was later marked
 * 未到场 or cancelled, or is gone. Two laptops that each recorded the same
 * meeting before merging leave two: the later save counts, as it would win
 * the merge.
 */
export const countedOutcomes = <O extends ResultsOutcome>(outcomes: readonly O[], held: ReadonlySet<string>): Map<string, O> => {
  const byMeeting = new Map<string, O>();
  for (const o of outcomes) {
    if (!held.has(o.meetingId)) continue;
    const seen = byMeeting.get(o.meetingId);
    if (!seen || seen.updatedAt < o.updatedAt) byMeeting.set(o.meetingId, o);
  }
  return byMeeting;
};
