import { describe, expect, it } from 'vitest';
import { countBreaks, type PlannedMeeting } from '../../../shared/scheduling';
import { fair } from './fair';

const at = (requestId: string, slotId: string, tableId = 't1'): PlannedMeeting => ({ requestId, slotId, tableId });

describe('countBreaks', () => {
  it('counts a run of empty slots once, and nothing before the first or after the last meeting', () => {
    const { instance } = fair({ slots: 8, tables: 1 }).meet('张伟', 'a').meet('张伟', 'b').meet('张伟', 'c').meet('张伟', 'd');
    // 张伟 meets in s2, s3, s5 and s8: a gap of one slot and a gap of two slots.
    const count = countBreaks(instance, [at('r1', 's2'), at('r2', 's3'), at('r3', 's5'), at('r4', 's8')]);
    expect(count.byParticipant['张伟']).toBe(2);
    expect(count.byParticipant.a).toBe(0);
    expect(count.total).toBe(2);
    expect(count).toMatchObject({ max: 2, min: 0 });
  });

  it('does not count the pause between sessions: the last morning slot and the first afternoon slot are adjacent', () => {
    const { instance } = fair({ slots: ['上午1', '上午2', '下午1', '下午2'], tables: 1, morning: 2 }).meet('李娜', 'x').meet('李娜', 'y');
    expect(countBreaks(instance, [at('r1', '上午2'), at('r2', '下午1')]).total).toBe(0);
    expect(countBreaks(instance, [at('r1', '上午1'), at('r2', '下午1')]).total).toBe(1);
  });

  it('takes min and max over the participants who meet, so someone absent does not pin the minimum at zero', () => {
    const { instance } = fair({ slots: 5, tables: 2 }).meet('p1', 'p2').meet('p1', 'p3').meet('p2', 'p3').person('absent');
    // p1: s1, s3 (1 break); p2: s1, s5 (1 break); p3: s3, s5 (1 break).
    const count = countBreaks(instance, [at('r1', 's1'), at('r2', 's3'), at('r3', 's5', 't2')]);
    expect(count.byParticipant.absent).toBe(0);
    expect(count).toMatchObject({ total: 3, max: 1, min: 1 });
  });

  it('is all zero without meetings, and ignores meetings in unknown slots (checkPlan reports those)', () => {
    const { instance } = fair({ slots: 3, tables: 1 }).meet('p1', 'p2');
    expect(countBreaks(instance, [])).toEqual({ byParticipant: { p1: 0, p2: 0 }, total: 0, max: 0, min: 0 });
    expect(countBreaks(instance, [at('r1', 'nowhere')]).total).toBe(0);
  });
});
