import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareStamps, createClock, formatStamp, initialHlc, parseStamp, receive, tick } from '@shared/clock';

describe('hybrid logical clock', () => {
  it('formats and parses a stamp', () => {
    const s = formatStamp({ wallMs: Date.UTC(2026, 4, 20, 8), counter: 3, deviceId: 'dev-abc' });
    expect(s).toBe('2026-05-20T08:00:00.000Z_0003_dev-abc');
    expect(parseStamp(s)).toEqual({ wallMs: Date.UTC(2026, 4, 20, 8), counter: 3, deviceId: 'dev-abc' });
  });

  it('never goes backwards, even when the wall clock does', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2_000_000_000_000 }), { minLength: 1, maxLength: 50 }), (walls) => {
        let state = initialHlc('dev-a');
        let last = '';
        for (const w of walls) {
          state = tick(state, w);
          const s = formatStamp(state);
          expect(compareStamps(s, last)).toBe(1);
          last = s;
        }
      }),
    );
  });

  it('moves past a stamp received from a laptop whose clock is a day ahead', () => {
    const now = Date.UTC(2026, 4, 20, 8);
    const ahead = formatStamp({ wallMs: now + 86_400_000, counter: 7, deviceId: 'dev-b' });
    const local = receive(tick(initialHlc('dev-a'), now), ahead, now);
    expect(compareStamps(formatStamp(local), ahead)).toBe(1);
  });

  it('orders stamps of one clock in the order they were made', () => {
    let t = 1000;
    const clock = createClock('dev-a', () => t);
    const a = clock.next();
    const b = clock.next();
    t = 500;
    const c = clock.next();
    expect([c, a, b].sort()).toEqual([a, b, c]);
  });

  it('rejects a device id that could break the stamp format', () => {
    expect(() => initialHlc('dev_a')).toThrow('设备标识无效');
  });
});
