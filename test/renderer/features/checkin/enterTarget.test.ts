import { describe, expect, it } from 'vitest';
import type { Participant } from '@shared/model';
import { enterTarget } from '../../../../renderer/features/checkin/enterTarget';

const person = (name: string, badgeCode: string, mobile?: string) =>
  ({ id: name, name, badgeCode, roles: ['需求方'], checkIn: { state: '未签到' }, ...(mobile ? { mobile } : {}) }) as Participant;

const zhang = person('张伟', 'AB23CD', '13800001234');
const zhang2 = person('张薇', 'ZW7788', '13900005678');

describe('whom Enter checks in', () => {
  it('takes the single match, or the row picked with the arrows', () => {
    expect(enterTarget('zw', [zhang], -1)).toBe(zhang);
    expect(enterTarget('zw', [zhang, zhang2], 1)).toBe(zhang2);
  });

  it('does nothing among several matches without a pick', () => {
    expect(enterTarget('zw', [zhang, zhang2], -1)).toBeUndefined();
    expect(enterTarget('', [], -1)).toBeUndefined();
  });

  it('takes an exact badge code or full mobile even among several matches', () => {
    expect(enterTarget('zw7788', [zhang, zhang2], -1)).toBe(zhang2);
    expect(enterTarget('138 0000 1234', [zhang2, zhang], -1)).toBe(zhang);
  });
});
