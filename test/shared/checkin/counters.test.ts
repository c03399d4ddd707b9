import { describe, expect, it } from 'vitest';
import { countCheckIns } from '@shared/checkin';

describe('check-in counters', () => {
  it('counts arrivals over the expected, overall and per role, with 已离场 as arrived', () => {
    const c = countCheckIns([
      { roles: ['需求方'], checkIn: { state: '已签到' } },
      { roles: ['需求方', '投资人'], checkIn: { state: '未签到' } },
      { roles: ['专家'], checkIn: { state: '已离场' } },
    ]);
    expect(c.overall).toEqual({ arrived: 2, expected: 3 });
    expect(c.byRole.需求方).toEqual({ arrived: 1, expected: 2 });
    expect(c.byRole.投资人).toEqual({ arrived: 0, expected: 1 });
    expect(c.byRole.专家).toEqual({ arrived: 1, expected: 1 });
    expect(c.byRole.工作人员).toEqual({ arrived: 0, expected: 0 });
  });
});
