import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { upperBound } from '../../../../shared/scheduling';
import { seededRandom } from '../../../../shared/ids';
import { compileModel, type Model } from '../../../../shared/scheduling/model';
import { improveBreaks } from '../../../../shared/scheduling/sat/improveBreaks';
import { createState, fits, place, remove, restore, type State } from '../../../../shared/scheduling/state';
import { fair, tickingClock } from '../fair';
import { instances } from '../replanDay';

/** A valid plan, each placeable request in turn put in a random slot where it fits, or left out when none. */
const randomPlan = (m: Model, random: () => number): State => {
  const st = createState(m);
  for (let r = 0; r < m.R; r++) {
    if (m.blocked[r] !== undefined) continue;
    const free = [...Array(m.S).keys()].filter((s) => fits(st, r, s));
    if (free.length > 0 && random() < 0.9) place(st, r, free[Math.floor(random() * free.length)] ?? 0);
  }
  return st;
};

/** The fewest breaks of any valid plan holding exactly `held`, by trying every slot for every meeting. */
const fewestBreaks = (m: Model, held: readonly number[]): number => {
  const st = createState(m);
  let best = Infinity;
  const go = (k: number) => {
    if (k === held.length) {
      best = Math.min(best, st.breaks);
      return;
    }
    const r = held[k] ?? 0;
    for (let s = 0; s < m.S; s++) {
      if (!fits(st, r, s)) continue;
      place(st, r, s);
      go(k + 1);
      remove(st, r);
    }
  };
  go(0);
  return best;
};

/** Re-seats the plan one meeting at a time, each checked by `fits`: throws if any hard constraint is broken. */
const assertValid = (m: Model, slots: Int32Array) => {
  const st = createState(m);
  for (let r = 0; r < m.R; r++) {
    const s = slots[r] ?? -1;
    if (s >= 0 && !fits(st, r, s)) throw new Error(`request ${r} does not fit slot ${s}`);
    if (s >= 0) place(st, r, s);
  }
};

const run = (maxWeight: number) => ({ now: tickingClock(), deadline: Infinity, spread: undefined, maxWeight, minBreaks: 0 });

describe('improveBreaks', () => {
  it('finds the fewest breaks for the meetings it holds, and proves it', () => {
    let proofs = 0;
    fc.assert(
      fc.property(instances, fc.integer({ min: 1, max: 1_000_000 }), (instance, seed) => {
        const m = compileModel(instance);
        const st = randomPlan(m, seededRandom(seed).float);
        const before = { weight: st.weight, breaks: st.breaks };
        const outcome = improveBreaks(st, run(upperBound(instance)));
        assertValid(m, st.slotOf);
        expect(st.weight).toBeGreaterThanOrEqual(before.weight);
        if (st.weight === before.weight) expect(st.breaks).toBeLessThanOrEqual(before.breaks);
        const held = [...st.slotOf.keys()].filter((r) => (st.slotOf[r] ?? -1) >= 0);
        if (outcome === 'proven' || st.breaks === 0) expect(st.breaks).toBe(fewestBreaks(m, held));
        if (outcome === 'proven') proofs++;
        if (outcome === 'skipped') expect(held.length === 0 || st.breaks === 0).toBe(true);
      }),
      { numRuns: 500 },
    );
    // The property must have been put to the test: some random fairs force breaks, which a proof must justify.
    expect(proofs).toBeGreaterThan(2);
  });

  it('closes a gap the plan left, moving a meeting the other side must follow', () => {
    // 甲 meets 乙 in s1 and 丙 in s3; putting 丙 in s2 closes 甲's gap.
    const sketch = fair({ slots: 3, tables: 1 }).meet('甲', '乙').meet('甲', '丙');
    const m = compileModel(sketch.instance);
    const st = createState(m);
    restore(st, Int32Array.from([0, 2]));
    expect(st.breaks).toBe(1);
    expect(improveBreaks(st, run(6))).toBe('improved');
    expect(st.breaks).toBe(0);
  });

  it('proves a forced break cannot be avoided', () => {
    const sketch = fair({ slots: 3, tables: 1 }).meet('甲', '乙', { allowedSlots: ['s1'] }).meet('甲', '丙', { allowedSlots: ['s3'] });
    const m = compileModel(sketch.instance);
    const st = createState(m);
    restore(st, Int32Array.from([0, 2]));
    expect(improveBreaks(st, run(6))).toBe('proven');
    expect(st.breaks).toBe(1);
  });

  it('holds every meeting when the plan missed one that fits', () => {
    // One table: 甲乙 in s1 and 丙丁 in s2 leave s3 free for 甲丙.
    const sketch = fair({ slots: 3, tables: 1 }).meet('甲', '乙').meet('丙', '丁').meet('甲', '丙');
    const m = compileModel(sketch.instance);
    const st = createState(m);
    restore(st, Int32Array.from([0, 1, -1]));
    expect(improveBreaks(st, run(9))).not.toBe('skipped');
    expect(st.held).toBe(3);
    assertValid(m, st.slotOf);
  });
});
