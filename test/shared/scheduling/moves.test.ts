import { describe, expect, it } from 'vitest';
import { compileModel } from '../../../shared/scheduling/model';
import { createScratch, relocate } from '../../../shared/scheduling/moves';
import { commit, createState, mark, place, undo } from '../../../shared/scheduling/state';
import { fair } from './fair';

/** 展位 meets 甲 in s1 and 乙 in s3 (a break); 乙 meets 丙 in s2, in the way of closing it. */
const gapInTheWay = (丙Unavailable: string[] = []) => {
  const { instance } = fair({ slots: 3, tables: 2 })
    .person('丙', { unavailable: 丙Unavailable })
    .meet('展位', '甲', { id: 'first' })
    .meet('展位', '乙', { id: 'second' })
    .meet('乙', '丙', { id: 'inTheWay' });
  const st = createState(compileModel(instance));
  place(st, 0, 0);
  place(st, 1, 2);
  place(st, 2, 1);
  commit(st);
  return st;
};

describe('relocate', () => {
  it('closes a gap by moving a meeting and re-seating the one in its way where it adds no break', () => {
    const st = gapInTheWay();
    expect(st.breaks).toBe(1);
    expect(relocate(st, 1, 1, createScratch(3), () => 0)).toBe(true);
    expect(st.slotOf[1]).toBe(1);
    // s1 or s3: either keeps 乙 back to back with its meeting in s2.
    expect([0, 2]).toContain(st.slotOf[2]);
    expect(st.breaks).toBe(0);
    expect(st.held).toBe(3);
  });

  it('fails, to be undone, when the meeting in the way fits nowhere else', () => {
    const st = gapInTheWay(['s1', 's3']);
    const to = mark(st);
    expect(relocate(st, 1, 1, createScratch(3), () => 0)).toBe(false);
    undo(st, to);
    expect(Array.from(st.slotOf)).toEqual([0, 2, 1]);
    expect(st.breaks).toBe(1);
  });
});
