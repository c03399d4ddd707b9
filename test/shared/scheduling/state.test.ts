import { describe, expect, it } from 'vitest';
import { compileModel } from '../../../shared/scheduling/model';
import { breakRange, commit, createState, mark, place, remove, undo } from '../../../shared/scheduling/state';
import { fair } from './fair';

/** 40 visitors, each meeting the booth and then a second host; 80 slots, so every request fits anywhere. */
const busyDay = () => {
  const sketch = fair({ slots: 80, tables: 4 });
  for (let i = 0; i < 40; i++) sketch.meet('展位', `v${i}`).meet(`v${i}`, `h${i % 3}`);
  return createState(compileModel(sketch.instance));
};

describe('the plan state journal', () => {
  it('undoes a long run of places and removes exactly, past the journal’s first capacity', () => {
    const st = busyDay();
    for (let r = 0; r < 40; r += 2) place(st, r, r);
    commit(st);
    const before = { slots: Array.from(st.slotOf), breaks: st.breaks, weight: st.weight, held: st.held, range: breakRange(st) };
    const to = mark(st);
    for (let r = 0; r < 40; r += 2) remove(st, r);
    for (let r = 1; r < 80; r += 2) place(st, r, r);
    expect(st.held).toBe(40);
    undo(st, to);
    expect({ slots: Array.from(st.slotOf), breaks: st.breaks, weight: st.weight, held: st.held, range: breakRange(st) }).toEqual(before);
    expect(before.breaks).toBe(19);
  });

  it('undoes only back to the mark it is given', () => {
    const st = busyDay();
    place(st, 0, 0);
    const to = mark(st);
    place(st, 2, 1);
    remove(st, 0);
    undo(st, to);
    expect([st.slotOf[0], st.slotOf[2], st.held]).toEqual([0, -1, 1]);
  });
});
