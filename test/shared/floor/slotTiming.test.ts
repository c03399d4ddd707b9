import { describe, expect, it } from 'vitest';
import { deriveSlots } from '@shared/model';
import { floorMoment, isHeld, liveState, localMs, slotPhase } from '@shared/floor';

// 上午 has two 20-minute slots (09:00, 09:25); 下午 one (14:00).
const slots = deriveSlots({
  slotMinutes: 20,
  breakMinutes: 5,
  sessions: [
    { id: 'am', label: '上午', date: '2026-05-20', start: '09:00', end: '10:00' },
    { id: 'pm', label: '下午', date: '2026-05-20', start: '14:00', end: '14:30' },
  ],
});
const at = (hhmm: string) => localMs('2026-05-20', hhmm);

describe('floorMoment', () => {
  it('before the day: nothing current, the first slot next, counting down to its start', () => {
    expect(floorMoment(slots, at('08:50'))).toEqual({ current: null, next: 0, firstNotEnded: 0, msToChange: 10 * 60_000 });
  });

  it('during a slot: it is current, the next one follows, the change is its end', () => {
    expect(floorMoment(slots, at('09:30'))).toEqual({ current: 1, next: 2, firstNotEnded: 1, msToChange: 15 * 60_000 });
  });

  it('in the pause between slots and between sessions nothing is current', () => {
    expect(floorMoment(slots, at('09:22'))).toMatchObject({ current: null, next: 1, firstNotEnded: 1, msToChange: 3 * 60_000 });
    expect(floorMoment(slots, at('12:00'))).toMatchObject({ current: null, next: 2, firstNotEnded: 2 });
  });

  it('a slot ends exactly at its end minute; after the day nothing is left', () => {
    expect(floorMoment(slots, at('09:20'))).toMatchObject({ current: null, firstNotEnded: 1 });
    expect(floorMoment(slots, at('18:00'))).toEqual({ current: null, next: null, firstNotEnded: 3, msToChange: null });
  });
});

describe('liveState', () => {
  const moment = floorMoment(slots, at('09:30'));
  it('a 待开始 meeting follows the clock; marked states win', () => {
    expect([0, 1, 2].map((i) => liveState('待开始', slotPhase(moment, i)))).toEqual(['已完成', '进行中', '待开始']);
    expect(liveState('未到场', 'current')).toBe('未到场');
    expect(liveState('已取消', 'past')).toBe('已取消');
    expect(liveState('已完成', 'future')).toBe('已完成');
  });
  it('held means under way or done', () => {
    expect(['待开始', '进行中', '已完成', '未到场', '已取消'].map((s) => isHeld(s as never))).toEqual([false, true, true, false, false]);
  });
});
