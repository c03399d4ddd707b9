import { describe, expect, it } from 'vitest';
import { slotReader } from '@shared/import';
import { context } from './requestFixture';

// 上午 (am) 09:00–12:00 and 下午 (pm) 14:00–17:00 on 5月20日, 上午 (am2) 09:00–10:00 on 5月21日; 20-minute rounds, 5-minute breaks.
const read = slotReader(context().event);
const AM = ['am#0', 'am#1', 'am#2', 'am#3', 'am#4', 'am#5', 'am#6'];
const PM = ['pm#0', 'pm#1', 'pm#2', 'pm#3', 'pm#4', 'pm#5', 'pm#6'];
const AM2 = ['am2#0', 'am2#1'];

describe('可约时段', () => {
  it.each([
    ['', undefined],
    ['不限', []],
    ['全天', []],
    ['下午', PM],
    ['下午场', PM],
    ['上午', [...AM, ...AM2]],
    ['5月21日上午', AM2],
    ['2026-05-20 上午', AM],
    ['5/21', AM2],
    ['上午第2轮', ['am#1', 'am2#1']],
    ['5月20日 上午第2轮', ['am#1']],
    ['第1轮', ['am#0', 'pm#0', 'am2#0']],
    ['09:00-10:00', ['am#0', 'am#1', 'am2#0', 'am2#1']],
    ['5月20日 09:00-10:00', ['am#0', 'am#1']],
    ['9点-10点', ['am#0', 'am#1', 'am2#0', 'am2#1']],
    ['9-10', ['am#0', 'am#1', 'am2#0', 'am2#1']],
    ['14:00至15:00', ['pm#0', 'pm#1']],
    ['１４：００～１４：４５', ['pm#0', 'pm#1']],
    ['16:00-', ['pm#5', 'pm#6']],
    ['09:25', ['am#1', 'am2#1']],
    ['下午第1轮、上午第1轮', ['am#0', 'pm#0', 'am2#0']],
    ['pm#3；am#0', ['am#0', 'pm#3']],
    ['下午\n不限', []],
  ])('%j → %j', (cell, slots) => {
    expect(read(cell)).toEqual({ value: slots });
  });

  it.each([
    ['晚上', '可约时段“晚上”在本活动中没有对应的洽谈时段'],
    ['12:00-13:00', '可约时段“12:00-13:00”在本活动中没有对应的洽谈时段'],
    ['5月22日上午', '可约时段“5月22日上午”在本活动中没有对应的洽谈时段'],
    ['上午第9轮', '可约时段“上午第9轮”在本活动中没有对应的洽谈时段'],
    ['随时', '可约时段“随时”无法识别：可填场次（上午、下午）、时间段（如 09:00-10:00）或轮次（如 上午第2轮）'],
    ['下午、茶歇', '可约时段“茶歇”无法识别：可填场次（上午、下午）、时间段（如 09:00-10:00）或轮次（如 上午第2轮）'],
  ])('%j is refused', (cell, problem) => {
    expect(read(cell)).toEqual({ problem });
  });

  it('reads 上午 and 下午 by start time when sessions are labelled otherwise', () => {
    const named = slotReader({ slotMinutes: 60, breakMinutes: 0, sessions: [{ id: 's1', label: '第一场', date: '2026-05-20', start: '13:30', end: '15:30' }] });
    expect(named('下午')).toEqual({ value: ['s1#0', 's1#1'] });
    expect(named('第一场第2轮')).toEqual({ value: ['s1#1'] });
  });
});
