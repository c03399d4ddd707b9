import type { PlannedMeeting, ScheduleInstance } from '../../shared/scheduling/types';

/**
 * What the benchmark reports of any plan, the scheduler's or a baseline's,
 * computed here from the meetings alone so every plan is measured the same
 * way, whatever its producer says of itself.
 */
export type PlanFigures = {
  scheduled: number;
  /** Sum of the scheduled requests' priorities (3 when absent). */
  weight: number;
  /** Total breaks over all participants. */
  breaks: number;
  /** Most breaks of one participant. */
  maxBreaks: number;
  /** Max − min breaks over all participants of the instance (one with no meeting has none). */
  spread: number;
  /** Mean breaks over the participants who have at least one meeting. */
  meanBreaks: number;
};

/**
 * Breaks of each participant, as issue 4 and the B2B literature define them:
 * each pair of consecutive meetings not in adjacent slots is one break, a run
 * of empty slots counting once; nothing before the first or after the last
 * meeting counts. Slots are one sequence, so the pause between sessions is
 * not a break.
 */
export const breaksByParticipant = (instance: ScheduleInstance, meetings: readonly PlannedMeeting[]): Map<string, number> => {
  const slotIndex = new Map(instance.slots.map((s, k) => [s.id, k]));
  const requests = new Map(instance.requests.map((r) => [r.id, r]));
  const slotsOf = new Map(instance.participants.map((p) => [p.id, [] as number[]]));
  for (const m of meetings) {
    const r = requests.get(m.requestId);
    const slot = slotIndex.get(m.slotId);
    if (!r || slot === undefined) throw new Error(`meeting of ${m.requestId} in ${m.slotId}: unknown request or slot`);
    slotsOf.get(r.a)?.push(slot);
    slotsOf.get(r.b)?.push(slot);
  }
  return new Map(
    [...slotsOf].map(([id, slots]) => {
      slots.sort((x, y) => x - y);
      let breaks = 0;
      for (let k = 1; k < slots.length; k++) if ((slots[k] as number) - (slots[k - 1] as number) > 1) breaks++;
      return [id, breaks];
    }),
  );
};

export const planFigures = (instance: ScheduleInstance, meetings: readonly PlannedMeeting[]): PlanFigures => {
  const requests = new Map(instance.requests.map((r) => [r.id, r]));
  const byParticipant = breaksByParticipant(instance, meetings);
  const meeting = new Set(meetings.flatMap((m) => [requests.get(m.requestId)?.a, requests.get(m.requestId)?.b]));
  const all = [...byParticipant.values()];
  const met = [...byParticipant].filter(([id]) => meeting.has(id)).map(([, b]) => b);
  const breaks = all.reduce((s, b) => s + b, 0);
  return {
    scheduled: meetings.length,
    weight: meetings.reduce((s, m) => s + (requests.get(m.requestId)?.priority ?? 3), 0),
    breaks,
    maxBreaks: Math.max(0, ...all),
    spread: all.length === 0 ? 0 : Math.max(...all) - Math.min(...all),
    meanBreaks: met.length === 0 ? 0 : breaks / met.length,
  };
};
