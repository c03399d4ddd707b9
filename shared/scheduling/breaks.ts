import type { PlannedMeeting, ScheduleInstance } from './types';

/**
 * Breaks (空档): take a participant's meetings in slot order; each pair of
 * consecutive meetings whose slots are not adjacent is one break, however many
 * empty slots lie between them. Nothing before the first or after the last
 * meeting counts. Adjacency is by position in `instance.slots`: the pause
 * between sessions (lunch) is not a slot, so the last morning slot and the
 * first afternoon slot are adjacent. This is the definition of the B2B
 * literature (Bofill et al., JAIR 2022) used by the benchmarks.
 */
export type BreakCount = {
  /** Breaks of every participant, 0 for those without meetings. */
  byParticipant: Record<string, number>;
  total: number;
  /**
   * Max and min over the participants with at least one meeting: someone who
   * is not at the fair that day has no idle time to be fair about, so counting
   * them would pin `min` at 0. Both are 0 when nobody meets.
   */
  max: number;
  min: number;
};

/** Breaks in one participant's sorted, distinct slot positions. */
const breaksIn = (positions: readonly number[]): number => {
  let breaks = 0;
  for (let i = 1; i < positions.length; i++) if ((positions[i] ?? 0) - (positions[i - 1] ?? 0) > 1) breaks++;
  return breaks;
};

/** Meetings in slots the instance does not have are ignored here (checkPlan reports them). */
export const countBreaks = (instance: ScheduleInstance, meetings: readonly PlannedMeeting[]): BreakCount => {
  const slotIndex = new Map(instance.slots.map((s, i) => [s.id, i]));
  const requests = new Map(instance.requests.map((r) => [r.id, r]));
  const positions = new Map<string, Set<number>>(instance.participants.map((p) => [p.id, new Set()]));
  for (const m of meetings) {
    const r = requests.get(m.requestId);
    const s = slotIndex.get(m.slotId);
    if (r === undefined || s === undefined) continue;
    positions.get(r.a)?.add(s);
    positions.get(r.b)?.add(s);
  }
  const byParticipant: Record<string, number> = {};
  let total = 0;
  let max = 0;
  let min = Infinity;
  for (const [id, set] of positions) {
    const breaks = breaksIn([...set].sort((x, y) => x - y));
    byParticipant[id] = breaks;
    total += breaks;
    if (set.size === 0) continue;
    max = Math.max(max, breaks);
    min = Math.min(min, breaks);
  }
  return { byParticipant, total, max, min: min === Infinity ? 0 : min };
};
