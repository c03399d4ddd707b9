import { describe, expect, it } from 'vitest';
import { checkPlan, type PlannedMeeting } from '../../../shared/scheduling';
import { fair } from './fair';

const at = (requestId: string, slotId: string, tableId: string): PlannedMeeting => ({ requestId, slotId, tableId });

const sketch = () =>
  fair({ slots: 3, tables: 2 })
    .person('张伟', { unavailable: ['s3'], maxMeetings: 2 })
    .person('清华', { hostTable: 't2' })
    .meet('张伟', '李娜', { id: 'r1' })
    .meet('张伟', '王芳', { id: 'r2', allowedSlots: ['s1', 's2'] })
    .meet('李娜', '王芳', { id: 'r3', after: ['r1'] })
    .meet('清华', '李娜', { id: 'r4', fixedSlot: 's1' })
    .meet('张伟', '赵强', { id: 'r5' });

describe('checkPlan', () => {
  it('finds nothing wrong with a valid plan', () => {
    expect(checkPlan(sketch().instance, [at('r2', 's1', 't1'), at('r4', 's1', 't2'), at('r1', 's2', 't1'), at('r3', 's3', 't1')])).toEqual([]);
  });

  it.each<[string, PlannedMeeting[], string]>([
    ['an unknown request', [at('r9', 's1', 't1')], '约谈申请“r9”不存在'],
    ['an unknown slot', [at('r1', 's9', 't1')], '时段“s9”不存在'],
    ['an unknown table', [at('r1', 's1', 't9')], '桌号“t9”不存在'],
    ['a request held twice', [at('r1', 's1', 't1'), at('r1', 's2', 't1')], '约谈“r1”（张伟 与 李娜）被安排了不止一次'],
    ['a participant double-booked', [at('r1', 's1', 't1'), at('r2', 's1', 't2')], '参与者“张伟”在时段“s1”同时有约谈“r1”和“r2”'],
    ['a table double-booked', [at('r1', 's1', 't1'), at('r3', 's2', 't1'), at('r2', 's2', 't1')], '桌号“t1”在时段“s2”同时安排了约谈“r3”和“r2”'],
    ['an unavailable slot', [at('r1', 's3', 't1')], '排在参与者“张伟”不可参加的时段“s3”'],
    ['a slot outside the allowed ones', [at('r2', 's3', 't1')], '约谈“r2”（张伟 与 王芳）排在允许时段之外的“s3”'],
    ['a moved fixed slot', [at('r4', 's3', 't2')], '应在固定时段“s1”，却排在“s3”'],
    ['a follow-up not after its first meeting', [at('r1', 's2', 't1'), at('r3', 's2', 't2')], '约谈“r3”应排在约谈“r1”之后'],
    ['a host-bound participant away from the host table', [at('r4', 's1', 't1')], '但参与者“清华”只在主场桌“t2”洽谈'],
    ['a participant over the maximum', [at('r1', 's1', 't1'), at('r2', 's2', 't1'), at('r5', 's3', 't2')], '参与者“张伟”有 3 场洽谈，超过上限 2 场'],
  ])('reports %s', (_name, meetings, message) => {
    expect(checkPlan(sketch().instance, meetings).join('\n')).toContain(message);
  });

  it('reports two host-bound participants with different tables as unschedulable, and moved or missing locked meetings', () => {
    const { instance } = fair({ slots: 2, tables: 2 })
      .person('清华', { hostTable: 't1' })
      .person('北大', { hostTable: 't2' })
      .meet('清华', '北大', { id: 'r1' })
      .meet('a', 'b', { id: 'r2' })
      .meet('c', 'd', { id: 'r3' })
      .lock('r2', 's1', 't1')
      .lock('r3', 's2', 't2');
    const problems = checkPlan(instance, [at('r1', 's2', 't1'), at('r2', 's2', 't2')]);
    expect(problems).toContain('约谈“r1”（清华 与 北大）无法安排：双方的主场桌不同（t1、t2）');
    expect(problems).toContain('锁定的约谈“r2”被移动：应在时段“s1”桌号“t1”，现为时段“s2”桌号“t2”');
    expect(problems).toContain('锁定的约谈“r3”不在排期中');
  });
});
