import { describe, expect, it } from 'vitest';
import { compileModel } from '../../../shared/scheduling/model';
import { narrowModel } from '../../../shared/scheduling/narrow';
import { fair } from './fair';

const domainOf = (model: ReturnType<typeof compileModel>, r: number): number[] =>
  Array.from(model.dom.subarray(model.domStart[r] ?? 0, model.domStart[r + 1] ?? 0)).map((s) => s + 1);

const narrowed = (sketch: ReturnType<typeof fair>) => {
  const model = compileModel(sketch.instance);
  return narrowModel(model, new Uint8Array(model.R).fill(1), () => false);
};

describe('narrowModel', () => {
  it('puts a participant with morning and afternoon meetings around the lunch pause, if nobody is to have a break', () => {
    // Three morning-only meetings and one afternoon-only meeting, four slots in a row: s3–s5 and s6.
    const morning = ['s1', 's2', 's3', 's4', 's5'];
    const sketch = fair({ slots: 8, tables: 4, morning: 5 })
      .meet('企业', 'a', { allowedSlots: morning })
      .meet('企业', 'b', { allowedSlots: morning })
      .meet('企业', 'c', { allowedSlots: morning })
      .meet('企业', 'd', { allowedSlots: ['s6', 's7', 's8'] });
    const model = narrowed(sketch);
    expect(model && domainOf(model, 0)).toEqual([3, 4, 5]);
    expect(model && domainOf(model, 3)).toEqual([6]);
  });

  it('turns a chain of follow-ups into earliest and latest slots', () => {
    const sketch = fair({ slots: 4, tables: 4 })
      .meet('a', 'b', { id: 'r1' })
      .meet('c', 'd', { id: 'r2', after: ['r1'] })
      .meet('e', 'f', { id: 'r3', after: ['r2'] });
    const model = narrowed(sketch);
    expect(model && [0, 1, 2].map((r) => domainOf(model, r))).toEqual([[1, 2], [2, 3], [3, 4]]);
  });

  it('exempts a participant who cannot avoid a break, and narrows nothing when nothing can be cut', () => {
    const gap = fair({ slots: 3, tables: 2 }).person('a', { unavailable: ['s2'] }).meet('a', 'b').meet('a', 'c');
    expect(narrowed(gap)).toBeUndefined();
    const impossible = fair({ slots: 1, tables: 2 }).meet('a', 'b', { id: 'r1' }).meet('c', 'd', { id: 'r2', after: ['r1'] });
    expect(narrowed(impossible)).toBeUndefined();
  });
});
