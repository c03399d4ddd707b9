import { floorMoment, liveState, slotPhase, type SlotPhase } from '../floor';
import type { Meeting, MeetingState, Slot } from '../model';

/** The state a meeting shows at the moment the function was made for. */
export type LiveStateOf = (meeting: Pick<Meeting, 'slotId' | 'state'>) => MeetingState;

/**
 * The live state of every meeting at `now`, by the rule every screen uses
 * (`liveState`): the fair's moment is worked out once, then each meeting is
 * one map lookup, so 10,000 meetings cost nothing. A meeting whose slot is
 * no longer among the event's sessions cannot be placed on the clock: it
 * shows its stored state (a 待开始 one stays 待开始, not counted as held).
 */
export const liveStatesAt = (slots: readonly Slot[], now: number): LiveStateOf => {
  const moment = floorMoment(slots, now);
  const phases = new Map<string, SlotPhase>(slots.map((s, i) => [s.id, slotPhase(moment, i)]));
  return (meeting) => liveState(meeting.state, phases.get(meeting.slotId) ?? 'future');
};
