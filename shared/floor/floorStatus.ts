import type { Slot } from '../model';
import type { FloorMoment } from './slotTiming';

/**
 * What the floor's header says about the moment: a slot under way, a pause
 * before the next one today (轮间休息), the day not begun (尚未开始), or
 * nothing left today or at all.
 */
export type FloorStatus =
  | { kind: 'slot'; slot: Slot }
  | { kind: 'break'; next: Slot }
  | { kind: 'before'; next: Slot }
  | { kind: 'dayOver'; next: Slot | null }
  | { kind: 'fairOver' };

const two = (n: number) => String(n).padStart(2, '0');

/** The local calendar date of `ms`, as slots write it (“2026-05-20”). */
export const localDate = (ms: number): string => {
  const d = new Date(ms);
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
};

export const floorStatus = (slots: readonly Slot[], moment: FloorMoment, now: number): FloorStatus => {
  if (moment.current !== null) return { kind: 'slot', slot: slots[moment.current] as Slot };
  const today = localDate(now);
  const next = moment.next === null ? null : (slots[moment.next] as Slot);
  const endedToday = slots.slice(0, moment.firstNotEnded).some((s) => s.date === today);
  if (next && next.date === today) return endedToday ? { kind: 'break', next } : { kind: 'before', next };
  if (endedToday) return { kind: 'dayOver', next };
  return next ? { kind: 'before', next } : { kind: 'fairOver' };
};

/**
 * The slots the board shows: 本轮 is the slot under way, or the next to
 * start between slots (the one the floor is getting ready for), or the last
 * one once the fair is over (outcomes are still recorded then); 下一轮
 * follows it and 上一轮 precedes it.
 */
export type ShownSlots = { previous: number | null; current: number | null; next: number | null };

export const shownSlots = (moment: FloorMoment, slotCount: number): ShownSlots => {
  const current = moment.current ?? moment.next ?? (slotCount > 0 ? slotCount - 1 : null);
  if (current === null) return { previous: null, current: null, next: null };
  return { previous: current > 0 ? current - 1 : null, current, next: current + 1 < slotCount ? current + 1 : null };
};
