import { describe, expect, it } from 'vitest';
import { parseInstance, type ScheduleInstance } from '../../../shared/scheduling';
import { fair } from './fair';

const base = (): ScheduleInstance =>
  fair({ slots: 3, tables: 2 })
    .person('张伟', { unavailable: ['s1'] })
    .meet('张伟', '李娜', { id: 'r1' })
    .meet('李娜', '王芳', { id: 'r2' }).instance;

const problemOf = (raw: unknown) => {
  const parsed = parseInstance(raw);
  if (parsed.ok) throw new Error('expected a problem');
  return parsed.problem;
};

describe('parseInstance', () => {
  it('accepts a valid instance, reading null as absent', () => {
    const raw = { ...base(), participants: [...base().participants, { id: '赵强', maxMeetings: null, hostTable: null }] };
    const parsed = parseInstance(raw);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.instance.participants.at(-1)).toEqual({ id: '赵强', maxMeetings: undefined, hostTable: undefined, unavailable: undefined });
  });

  it.each([
    ['not an object', 7, '', 'must be an object'],
    ['missing slots', { tables: [], participants: [], requests: [] }, 'slots', 'must be an array'],
    ['a request without an id', { ...base(), requests: [{ a: '张伟', b: '李娜' }] }, 'requests[0].id', 'must be text'],
    ['a priority of 4', { ...base(), requests: [{ id: 'r1', a: '张伟', b: '李娜', priority: 4 }] }, 'requests[0].priority', 'must be 1, 2 or 3'],
    ['a negative maxMeetings', { ...base(), participants: [{ id: '张伟', maxMeetings: -1 }] }, 'participants[0].maxMeetings', 'must not be negative'],
    ['an empty id', { ...base(), tables: [{ id: '' }] }, 'tables[0].id', 'is empty'],
  ])('refuses %s, naming the field', (_name, raw, path, fragment) => {
    const problem = problemOf(raw);
    expect(problem.path).toBe(path);
    expect(problem.en).toContain(fragment);
    expect(problem.zh).not.toBe('');
  });

  it.each<[string, (i: ScheduleInstance) => void, string, string[]]>([
    ['a duplicate slot id', (i) => i.slots.push({ id: 's2' }), 'slots[3].id', ['slot "s2" appears twice', '时段“s2”重复出现']],
    ['a duplicate request id', (i) => i.requests.push({ id: 'r1', a: '张伟', b: '王芳' }), 'requests[2].id', ['request "r1" appears twice', '约谈申请“r1”重复出现']],
    ['an unknown participant', (i) => i.requests.push({ id: 'r3', a: '张伟', b: '无名氏' }), 'requests[2].b', ['request "r3": participant "无名氏" does not exist', '参与者“无名氏”不存在']],
    ['a participant meeting itself', (i) => i.requests.push({ id: 'r3', a: '李娜', b: '李娜' }), 'requests[2].b', ['request "r3": participant "李娜" cannot meet itself', '不能与自己洽谈']],
    ['an unknown unavailable slot', (i) => (i.participants[0] = { id: '张伟', unavailable: ['s9'] }), 'participants[0].unavailable[0]', ['participant "张伟": unavailable slot "s9" does not exist']],
    ['an unknown host table', (i) => (i.participants[0] = { id: '张伟', hostTable: 't9' }), 'participants[0].hostTable', ['host table "t9" does not exist', '主场桌“t9”不存在']],
    ['an unknown allowed slot', (i) => (i.requests[0] = { id: 'r1', a: '张伟', b: '李娜', allowedSlots: ['s2', 's7'] }), 'requests[0].allowedSlots[1]', ['allowed slot "s7" does not exist']],
    ['an unknown earlier request', (i) => (i.requests[0] = { id: 'r1', a: '张伟', b: '李娜', after: ['r8'] }), 'requests[0].after[0]', ['earlier request "r8" does not exist', '前序约谈“r8”不存在']],
    ['an unknown fixed slot', (i) => (i.requests[0] = { id: 'r1', a: '张伟', b: '李娜', fixedSlot: 's0' }), 'requests[0].fixedSlot', ['fixed slot "s0" does not exist']],
    ['a fixed slot a side cannot attend', (i) => (i.requests[0] = { id: 'r1', a: '张伟', b: '李娜', fixedSlot: 's1' }), 'requests[0].fixedSlot', ['fixed slot "s1" is unavailable for participant "张伟"', '是参与者“张伟”不可参加的时段']],
    ['a fixed slot outside the allowed slots', (i) => (i.requests[1] = { id: 'r2', a: '李娜', b: '王芳', allowedSlots: ['s2'], fixedSlot: 's3' }), 'requests[1].fixedSlot', ['fixed slot "s3" is not among its allowed slots', '不在其允许时段内']],
    [
      'a cycle in after',
      (i) => {
        i.requests[0] = { id: 'r1', a: '张伟', b: '李娜', after: ['r2'] };
        i.requests[1] = { id: 'r2', a: '李娜', b: '王芳', after: ['r1'] };
      },
      'requests[0].after',
      ['request "r1" must come after itself', 'r1 → r2 → r1', '形成循环'],
    ],
    ['a request after itself', (i) => (i.requests[1] = { id: 'r2', a: '李娜', b: '王芳', after: ['r2'] }), 'requests[1].after', ['request "r2" must come after itself', 'r2 → r2']],
  ])('refuses %s, naming the record and field in both languages', (_name, spoil, path, fragments) => {
    const instance = base();
    spoil(instance);
    const problem = problemOf(instance);
    expect(problem.path).toBe(path);
    for (const f of fragments) expect(`${problem.en} ${problem.zh}`).toContain(f);
  });

  it.each<[string, ScheduleInstance['locked'], string, string]>([
    ['an unknown request', [{ requestId: 'r9', slotId: 's2', tableId: 't1' }], 'locked[0].requestId', 'request "r9" does not exist'],
    ['an unknown slot', [{ requestId: 'r1', slotId: 's9', tableId: 't1' }], 'locked[0].slotId', 'slot "s9" does not exist'],
    ['an unknown table', [{ requestId: 'r1', slotId: 's2', tableId: 't9' }], 'locked[0].tableId', 'table "t9" does not exist'],
    ['a slot a side cannot attend', [{ requestId: 'r1', slotId: 's1', tableId: 't1' }], 'locked[0].slotId', 'is unavailable for participant "张伟"'],
    ['the same request twice', [{ requestId: 'r1', slotId: 's2', tableId: 't1' }, { requestId: 'r1', slotId: 's3', tableId: 't1' }], 'locked[1].requestId', 'is locked twice'],
    ['two meetings of one person at once', [{ requestId: 'r1', slotId: 's2', tableId: 't1' }, { requestId: 'r2', slotId: 's2', tableId: 't2' }], 'locked[1].slotId', 'participant "李娜" already has locked meeting 1 in slot "s2"'],
  ])('refuses locked meetings with %s', (_name, locked, path, fragment) => {
    const problem = problemOf({ ...base(), locked });
    expect(problem.path).toBe(path);
    expect(problem.en).toContain(fragment);
  });

  it('refuses locked meetings sharing a table, off a host table, breaking an order, or over a maximum', () => {
    const sketch = fair({ slots: 3, tables: 2 }).meet('a', 'b', { id: 'r1' }).meet('c', 'd', { id: 'r2', after: ['r1'] });
    const table = problemOf({ ...sketch.instance, locked: [{ requestId: 'r1', slotId: 's1', tableId: 't1' }, { requestId: 'r2', slotId: 's1', tableId: 't1' }] });
    expect(table.en).toContain('table "t1" already has locked meeting 1 in slot "s1"');
    const order = problemOf({ ...sketch.instance, locked: [{ requestId: 'r1', slotId: 's2', tableId: 't1' }, { requestId: 'r2', slotId: 's1', tableId: 't2' }] });
    expect(order.en).toContain('must come after locked meeting of request "r1"');
    const host = problemOf({ ...sketch.person('a', { hostTable: 't2' }).instance, locked: [{ requestId: 'r1', slotId: 's1', tableId: 't1' }] });
    expect(host.zh).toContain('只在主场桌“t2”洽谈');
    const limited = fair({ slots: 3, tables: 2 }).person('a', { maxMeetings: 1 }).meet('a', 'b').meet('a', 'c').lock('r1', 's1', 't1').lock('r2', 's2', 't1').instance;
    expect(problemOf(limited).en).toContain('more locked meetings than its maximum of 1');
  });
});
