import type { Slot } from '../model';
import { floorMoment, slotStartMs } from './slotTiming';

/**
 * How long after a slot starts a substitute can still sit down. A meeting
 * whose partner did not come is noticed in the first minutes of the round;
 * a stand-in who reaches the table then still has most of the talk, later
 * it is no longer worth walking them over.
 */
export const LATE_START_MINUTES = 5;

/** The first slot the floor may still change on the fair day. */
export type OpenSlot = {
  /** Index in `slots`. */
  index: number;
  slot: Slot;
  /**
   * The slot is under way (within its first `LATE_START_MINUTES`): its
   * empty seats can still be offered, but the meetings already sitting in it
   * stay where they are.
   */
  running: boolean;
};

/** The current slot during its first minutes, else the next one; undefined when every slot has begun. */
export const openSlotAt = (slots: readonly Slot[], now: number): OpenSlot | undefined => {
  const moment = floorMoment(slots, now);
  const current = moment.current === null ? undefined : slots[moment.current];
  if (moment.current !== null && current && now - slotStartMs(current) < LATE_START_MINUTES * 60_000) {
    return { index: moment.current, slot: current, running: true };
  }
  const next = moment.next === null ? undefined : slots[moment.next];
  return moment.next !== null && next ? { index: moment.next, slot: next, running: false } : undefined;
};
