import type { Slot } from '../model';

/**
 * Where the fair stands at a moment: which slot is under way, which comes
 * next, and when the floor next changes. Times are the laptop's local wall
 * clock, as the event's sessions are written (a fair runs in one time zone).
 */
export type FloorMoment = {
  /** Index (in `slots`) of the slot under way, or null between slots, before and after the day. */
  current: number | null;
  /** Index of the next slot to start, or null when none is left. */
  next: number | null;
  /** Slots that have ended: indices below this are past. */
  firstNotEnded: number;
  /** Milliseconds until the current slot ends or the next starts, whichever is sooner; null when nothing is left. */
  msToChange: number | null;
};

/** The local epoch milliseconds of a slot's date and “HH:MM”. */
export const localMs = (date: string, hhmm: string): number => {
  const [y, mo, d] = date.split('-').map(Number);
  const [h, mi] = hhmm.split(':').map(Number);
  return new Date(y ?? 0, (mo ?? 1) - 1, d ?? 1, h ?? 0, mi ?? 0).getTime();
};

export const slotStartMs = (slot: Pick<Slot, 'date' | 'start'>): number => localMs(slot.date, slot.start);
export const slotEndMs = (slot: Pick<Slot, 'date' | 'end'>): number => localMs(slot.date, slot.end);

/** `slots` in time order, as `deriveSlots` gives them. */
export const floorMoment = (slots: readonly Slot[], now: number): FloorMoment => {
  let current: number | null = null;
  let next: number | null = null;
  let firstNotEnded = slots.length;
  for (let i = 0; i < slots.length; i++) {
    const slot = slots[i] as Slot;
    const start = slotStartMs(slot);
    const end = slotEndMs(slot);
    if (end > now && firstNotEnded === slots.length) firstNotEnded = i;
    if (start <= now && now < end) current = i;
    else if (start > now && next === null) next = i;
  }
  const changes: number[] = [];
  if (current !== null) changes.push(slotEndMs(slots[current] as Slot));
  if (next !== null) changes.push(slotStartMs(slots[next] as Slot));
  return { current, next, firstNotEnded, msToChange: changes.length > 0 ? Math.min(...changes) - now : null };
};

/** Where a slot stands against the moment. */
export type SlotPhase = 'past' | 'current' | 'future';

export const slotPhase = (moment: FloorMoment, index: number): SlotPhase =>
  index === moment.current ? 'current' : index < moment.firstNotEnded ? 'past' : 'future';
