import { describe, expect, it } from 'vitest';
import { checkPlan, countBreaks, schedule, type ScheduleInstance, type SchedulePlan } from '../../../shared/scheduling';
import { SAT_MAX_PLACEMENTS } from '../../../shared/scheduling/sat/improveBreaks';
import { fair, tickingClock } from './fair';

const plan = (instance: ScheduleInstance, options: Parameters<typeof schedule>[1] = {}): SchedulePlan => {
  const result = schedule(instance, { now: tickingClock(), timeLimitMs: 300, ...options });
  expect(checkPlan(instance, result.meetings)).toEqual([]);
  return result;
};

const reasonOf = (p: SchedulePlan, requestId: string) => p.unscheduled.find((u) => u.requestId === requestId);

describe('schedule', () => {
  it('holds every request of an easy day back to back, with a bound equal to the weight', () => {
    const sketch = fair({ slots: ['上午1', '上午2', '上午3', '下午1', '下午2'], tables: 2, morning: 3 });
    for (const visitor of ['甲', '乙', '丙', '丁']) sketch.meet('清华展位', visitor);
    sketch.meet('甲', '乙', { priority: 2 });
    const result = plan(sketch.instance);
    expect(result.unscheduled).toEqual([]);
    expect(result.stats).toMatchObject({ scheduled: 5, weight: 14, upperBound: 14, breaks: 0, maxBreaks: 0, minBreaks: 0 });
  });

  it('holds 必须 before 一般 when they compete for the only table', () => {
    const { instance } = fair({ slots: 1, tables: 1 }).meet('a', 'b', { id: '一般', priority: 1 }).meet('c', 'd', { id: '必须', priority: 3 });
    const result = plan(instance);
    expect(result.meetings.map((m) => m.requestId)).toEqual(['必须']);
    expect(reasonOf(result, '一般')).toMatchObject({ reason: 'tables-full', message: '“a”与“b”有共同的空闲时段，但洽谈桌已排满' });
    expect(result.stats).toMatchObject({ weight: 3, upperBound: 3 });
  });

  it('gives every request left out a reason naming both participants', () => {
    const { instance } = fair({ slots: 3, tables: 2 })
      .person('早退', { unavailable: ['s2', 's3'] })
      .person('晚到', { unavailable: ['s1'] })
      .person('忙人', { maxMeetings: 1 })
      .person('清华', { hostTable: 't1' })
      .person('北大', { hostTable: 't2' })
      .meet('早退', '晚到', { id: 'no-slot' })
      .meet('忙人', '甲', { id: 'busy-1' })
      .meet('忙人', '乙', { id: 'busy-2', priority: 1 })
      .meet('清华', '北大', { id: 'hosts' })
      .meet('丙', '丁', { id: 'fixed-1', fixedSlot: 's1' })
      .meet('丙', '丁', { id: 'order', after: ['fixed-3'] })
      .meet('丙', '戊', { id: 'fixed-2', fixedSlot: 's2' })
      .meet('丁', '戊', { id: 'fixed-3', fixedSlot: 's3' })
      .meet('丙', '己', { id: 'pinned', allowedSlots: ['s1', 's2'], priority: 1 });
    const result = plan(instance);
    expect(reasonOf(result, 'no-slot')).toEqual({ requestId: 'no-slot', reason: 'no-common-slot', message: '“早退”与“晚到”没有共同的空闲时段' });
    expect(reasonOf(result, 'busy-2')).toEqual({ requestId: 'busy-2', reason: 'participant-limit', message: '“忙人”已达到 1 场的洽谈上限，无法再与“乙”洽谈' });
    expect(reasonOf(result, 'hosts')).toEqual({ requestId: 'hosts', reason: 'host-tables-differ', message: '“清华”只在主场桌“t1”洽谈，“北大”只在主场桌“t2”洽谈，无法同桌' });
    expect(reasonOf(result, 'order')).toMatchObject({ reason: 'order-impossible', message: expect.stringContaining('“丙”与“丁”的洽谈须排在约谈“fixed-3”之后') });
    expect(reasonOf(result, 'pinned')).toEqual({ requestId: 'pinned', reason: 'conflicts-with-fixed', message: '“丙”与“己”可用的时段都被固定或锁定的洽谈占用' });
    expect(result.stats.scheduled).toBe(result.meetings.length);
    expect(result.meetings.length + result.unscheduled.length).toBe(instance.requests.length);
  });

  it('never moves a locked meeting and keeps host-bound participants at their table', () => {
    const { instance } = fair({ slots: 3, tables: 3 })
      .person('清华', { hostTable: 't3' })
      .meet('清华', '甲', { id: 'r1' })
      .meet('清华', '乙', { id: 'r2' })
      .meet('甲', '乙', { id: 'r3' })
      .lock('r3', 's3', 't1');
    const result = plan(instance);
    expect(result.meetings).toContainEqual({ requestId: 'r3', slotId: 's3', tableId: 't1' });
    expect(result.meetings.filter((m) => m.requestId !== 'r3').every((m) => m.tableId === 't3')).toBe(true);
    expect(result.stats.scheduled).toBe(3);
  });

  it('closes the gaps it can: a company meeting three visitors in five slots meets them back to back', () => {
    const { instance } = fair({ slots: 5, tables: 1 }).meet('企业', 'a').meet('企业', 'b').meet('企业', 'c').person('b', { unavailable: ['s2'] });
    const result = plan(instance);
    expect(countBreaks(instance, result.meetings).byParticipant['企业']).toBe(0);
  });

  it('keeps every meeting when the spread bound cannot be met, and says so', () => {
    // 张伟's two meetings are fixed apart (one break); 李娜 and 王芳 meet once (no break possible).
    const { instance } = fair({ slots: 3, tables: 2 })
      .meet('张伟', 'a', { fixedSlot: 's1' })
      .meet('张伟', 'b', { fixedSlot: 's3' })
      .meet('李娜', '王芳');
    const strict = plan(instance, { maxBreakSpread: 0 });
    expect(strict.stats).toMatchObject({ scheduled: 3, maxBreaks: 1, minBreaks: 0, breakSpreadMet: false });
    expect(plan(instance, { maxBreakSpread: 1 }).stats.breakSpreadMet).toBe(true);
    expect(plan(instance).stats).not.toHaveProperty('breakSpreadMet');
  });

  it('is repeatable for a seed and a clock, and reports the time on that clock', () => {
    const sketch = fair({ slots: 6, tables: 2 });
    for (let i = 0; i < 12; i++) sketch.meet(`p${i % 5}`, `q${(i * 7) % 6}`, { priority: ((i % 3) + 1) as 1 | 2 | 3 });
    const first = plan(sketch.instance, { seed: 42 });
    const second = plan(sketch.instance, { seed: 42 });
    expect(second).toEqual(first);
    expect(first.stats.ms).toBeGreaterThan(0);
    expect(first.stats.ms).toBeLessThan(400);
  });

  it('ends within its time limit, tables and result included, when the search uses all of it', () => {
    // 160 requests × 40 slots: too large for the SAT search (SAT_MAX_PLACEMENTS), so nothing proves the plan best.
    const sketch = fair({ slots: 40, tables: 3 });
    for (let i = 0; i < 160; i++) sketch.meet(`p${i % 23}`, `q${(i * 7) % 19}`, { priority: ((i % 3) + 1) as 1 | 2 | 3 });
    expect(160 * 40).toBeGreaterThan(SAT_MAX_PLACEMENTS);
    for (const timeLimitMs of [100, 300, 1000]) {
      const { stats } = plan(sketch.instance, { timeLimitMs });
      // The search cannot prove this plan best, so it runs to its deadline.
      expect(stats.ms).toBeGreaterThan(timeLimitMs * 0.9);
      expect(stats.ms).toBeLessThanOrEqual(timeLimitMs);
    }
  });

  it('copes with a fair without slots or tables', () => {
    const result = plan(fair({ slots: 0, tables: 0 }).meet('a', 'b').instance);
    expect(result.meetings).toEqual([]);
    expect(result.unscheduled[0]?.reason).toBe('no-common-slot');
    expect(plan(fair({ slots: 2, tables: 0 }).meet('a', 'b').instance).unscheduled[0]?.reason).toBe('tables-full');
  });
});
