import { describe, expect, it } from 'vitest';
import { checkPlan, replan, type ReplanInput, type ReplanResult } from '../../../shared/scheduling';
import { fair, tickingClock } from './fair';

/** Re-plans with a ticking clock and checks every hard constraint, frozen and locked meetings counting as locked. */
const run = (input: ReplanInput): ReplanResult => {
  const result = replan(input, { now: tickingClock(), timeLimitMs: 1_000 });
  expect(checkPlan({ ...input.instance, locked: result.fixedMeetings }, result.meetings)).toEqual([]);
  return result;
};

const at = (requestId: string, slotId: string, tableId = 't1') => ({ requestId, slotId, tableId });
const reasonOf = (result: ReplanResult, requestId: string) => result.unscheduled.find((u) => u.requestId === requestId);

describe('replan', () => {
  it('gives a no-show’s seat to the request that was waiting for it, and changes nothing else', () => {
    const { instance } = fair({ slots: 2, tables: 1 }).meet('甲', '乙', { id: 'r1' }).meet('丙', '丁', { id: 'r2' }).meet('戊', '己', { id: 'waiting' });
    const result = run({ instance, current: [at('r1', 's1'), at('r2', 's2')], firstOpenSlot: 's1', absent: [{ participantId: '乙' }] });
    expect(result.changes).toEqual([
      { kind: 'dropped', requestId: 'r1', from: { slotId: 's1', tableId: 't1' }, reason: 'absent' },
      { kind: 'added', meeting: at('waiting', 's1') },
    ]);
    expect(result.meetings).toEqual([at('waiting', 's1'), at('r2', 's2')]);
    expect(reasonOf(result, 'r1')).toEqual({ requestId: 'r1', reason: 'absent', message: '“乙”已离场，无法再与“甲”洽谈' });
    expect(result.stats).toMatchObject({ held: 2, weight: 6, added: 1, moved: 0, dropped: 1 });
  });

  it('drops a cancelled meeting and never places a cancelled request', () => {
    const { instance } = fair({ slots: 2, tables: 1 }).meet('甲', '乙', { id: 'r1' }).meet('丙', '丁', { id: 'r2' }).meet('戊', '己', { id: 'later' });
    const result = run({ instance, current: [at('r1', 's1'), at('r2', 's2')], firstOpenSlot: 's1', cancelled: ['r2', 'later'] });
    expect(result.meetings).toEqual([at('r1', 's1')]);
    expect(result.changes).toEqual([{ kind: 'dropped', requestId: 'r2', from: { slotId: 's2', tableId: 't1' }, reason: 'cancelled' }]);
    expect(reasonOf(result, 'later')).toMatchObject({ reason: 'cancelled', message: '“戊”与“己”的约谈已取消' });
  });

  it('never moves or drops a past, running or locked meeting, and says so when asked to', () => {
    const { instance } = fair({ slots: 3, tables: 1 })
      .meet('甲', '乙', { id: 'past' })
      .meet('甲', '丙', { id: 'pinned' })
      .meet('丁', '戊', { id: 'open', priority: 1 })
      .meet('己', '庚', { id: 'heavy', priority: 3 })
      .lock('pinned', 's3', 't1');
    const current = [at('past', 's1'), at('open', 's2'), at('pinned', 's3')];
    const result = run({ instance, current, firstOpenSlot: 's2', absent: [{ participantId: '甲' }], cancelled: ['past'] });
    expect(result.meetings).toEqual(current);
    expect(result.fixedMeetings).toEqual([at('pinned', 's3'), at('past', 's1')]);
    expect(result.changes).toEqual([]);
    expect(result.notices.map((n) => n.requestId).sort()).toEqual(['past', 'pinned']);
    expect(result.notices.find((n) => n.requestId === 'pinned')?.message).toContain('“甲”已离场');
  });

  it('places a walk-in’s new requests in free cells, at the table the other side already sits at', () => {
    const { instance } = fair({ slots: 3, tables: 2 }).meet('甲', '乙', { id: 'r1' }).meet('丙', '丁', { id: 'r2' }).meet('新来的', '甲', { id: 'walk-in' });
    const current = [at('r1', 's1', 't2'), at('r2', 's1', 't1')];
    const result = run({ instance, current, firstOpenSlot: 's2' });
    expect(result.changes).toEqual([{ kind: 'added', meeting: at('walk-in', 's2', 't2') }]);
  });

  it('keeps to maxMeetings, and explains the request it leaves out', () => {
    const { instance } = fair({ slots: 3, tables: 2 }).person('忙人', { maxMeetings: 1 }).meet('忙人', '甲', { id: 'r1' }).meet('忙人', '乙', { id: 'more' });
    const result = run({ instance, current: [at('r1', 's1')], firstOpenSlot: 's2' });
    expect(result.changes).toEqual([]);
    expect(reasonOf(result, 'more')).toEqual({ requestId: 'more', reason: 'participant-limit', message: '“忙人”已达到 1 场的洽谈上限，无法再与“乙”洽谈' });
  });

  it('seats a host at its own table, moving a guest meeting to another table of the same slot', () => {
    const { instance } = fair({ slots: 1, tables: 2 }).person('清华', { hostTable: 't1' }).meet('甲', '乙', { id: 'guest' }).meet('清华', '丙', { id: 'host' });
    const result = run({ instance, current: [at('guest', 's1', 't1')], firstOpenSlot: 's1' });
    expect(result.meetings).toEqual([at('host', 's1', 't1'), at('guest', 's1', 't2')]);
    expect(result.changes).toEqual([
      { kind: 'moved', requestId: 'guest', from: { slotId: 's1', tableId: 't1' }, to: { slotId: 's1', tableId: 't2' } },
      { kind: 'added', meeting: at('host', 's1', 't1') },
    ]);
  });

  it('moves no meeting when a free cell takes the new request directly', () => {
    const { instance } = fair({ slots: 3, tables: 1 }).meet('甲', '乙', { id: 'r1' }).meet('丙', '丁', { id: 'r2' }).meet('甲', '丙', { id: 'new' });
    const result = run({ instance, current: [at('r1', 's1'), at('r2', 's2')], firstOpenSlot: 's1' });
    expect(result.changes).toEqual([{ kind: 'added', meeting: at('new', 's3') }]);
  });

  it('moves one meeting to a free cell when that is the only way to hold one more', () => {
    // 甲 and 乙 are both free only in s1, whose one table 丙–丁 holds; s2 is free for 丙 and 丁.
    const { instance } = fair({ slots: 2, tables: 1 })
      .person('甲', { unavailable: ['s2'] })
      .meet('丙', '丁', { id: 'kept' })
      .meet('甲', '乙', { id: 'new' });
    const result = run({ instance, current: [at('kept', 's1')], firstOpenSlot: 's1' });
    expect(result.meetings).toEqual([at('new', 's1'), at('kept', 's2')]);
    expect(result.stats).toMatchObject({ added: 1, moved: 1, dropped: 0 });
  });

  it('places 必须 before 一般 when both want the one freed seat', () => {
    const { instance } = fair({ slots: 1, tables: 1 }).meet('甲', '乙', { id: 'gone' }).meet('丙', '丁', { id: '一般', priority: 1 }).meet('戊', '己', { id: '必须', priority: 3 });
    const result = run({ instance, current: [at('gone', 's1')], firstOpenSlot: 's1', cancelled: ['gone'] });
    expect(result.meetings).toEqual([at('必须', 's1')]);
    expect(reasonOf(result, '一般')).toMatchObject({ reason: 'tables-full' });
  });

  it('moves a meeting that no longer fits, keeping its table, and drops it only when nothing is free', () => {
    const sketch = fair({ slots: 3, tables: 2 }).meet('甲', '乙', { id: 'r1' }).meet('丙', '丁', { id: 'r2' });
    sketch.person('甲', { unavailable: ['s2'] });
    const result = run({ instance: sketch.instance, current: [at('r1', 's2', 't2'), at('r2', 's2', 't1')], firstOpenSlot: 's2' });
    expect(result.changes).toEqual([{ kind: 'moved', requestId: 'r1', from: { slotId: 's2', tableId: 't2' }, to: { slotId: 's3', tableId: 't2' } }]);

    const full = fair({ slots: 1, tables: 1 }).person('甲', { unavailable: ['s1'] }).meet('甲', '乙', { id: 'r1' });
    const dropped = run({ instance: full.instance, current: [at('r1', 's1')], firstOpenSlot: 's1' });
    expect(dropped.changes).toEqual([{ kind: 'dropped', requestId: 'r1', from: { slotId: 's1', tableId: 't1' }, reason: 'no-longer-fits' }]);
    expect(reasonOf(dropped, 'r1')).toMatchObject({ reason: 'no-common-slot' });
  });

  it('keeps `after`: a follow-up goes after the meeting it follows, frozen or not', () => {
    const { instance } = fair({ slots: 4, tables: 2 }).meet('甲', '乙', { id: 'first' }).meet('甲', '丙', { id: 'follow', after: ['first'] });
    const result = run({ instance, current: [at('first', 's3')], firstOpenSlot: 's2' });
    expect(result.changes).toEqual([{ kind: 'added', meeting: at('follow', 's4', 't1') }]);
  });

  it('says when every slot a request could take is past, and drops a meeting whose request was withdrawn', () => {
    const { instance } = fair({ slots: 3, tables: 1 }).meet('甲', '乙', { id: 'early', allowedSlots: ['s1'] });
    const result = run({ instance, current: [at('gone', 's3')], firstOpenSlot: 's2' });
    expect(reasonOf(result, 'early')).toEqual({ requestId: 'early', reason: 'past-slots', message: '“甲”与“乙”可用的时段都已过去' });
    expect(result.changes).toEqual([{ kind: 'dropped', requestId: 'gone', from: { slotId: 's3', tableId: 't1' }, reason: 'withdrawn' }]);
  });

  it('rejects a first open slot the instance does not have', () => {
    const { instance } = fair({ slots: 1, tables: 1 });
    expect(() => replan({ instance, current: [], firstOpenSlot: 's9' })).toThrow(RangeError);
  });
});
