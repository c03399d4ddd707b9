import type { MeetingState } from '../model';
import type { SlotPhase } from './slotTiming';

/**
 * The state a meeting shows on the day. Organisers mark only the exceptions
 * (未到场, 已取消, or a meeting held early or late); a 待开始 meeting
 * follows the clock: 进行中 during its slot, 已完成 after it. Every screen
 * and report derives states through this one function, so the floor board,
 * the 待记录 queue and the results always agree.
 */
export const liveState = (stored: MeetingState, phase: SlotPhase): MeetingState => {
  if (stored !== '待开始') return stored;
  if (phase === 'current') return '进行中';
  if (phase === 'past') return '已完成';
  return '待开始';
};

/** Held: under way or done (what the results count as 已举行). */
export const isHeld = (state: MeetingState): boolean => state === '进行中' || state === '已完成';
