import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { schedule } from '../../../../shared/scheduling';
import { compileModel } from '../../../../shared/scheduling/model';
import { encodeBreaks, type ClauseSink } from '../../../../shared/scheduling/sat/breakEncoding';
import { fair, tickingClock } from '../fair';
import { instances } from '../replanDay';

/** A sink that keeps the clauses, to evaluate them under an assignment. */
const recorder = () => {
  const clauses: number[][] = [];
  let vars = 0;
  const sink: ClauseSink = {
    newVar: () => ++vars,
    addClause: (lits) => {
      clauses.push([...lits]);
      return true;
    },
  };
  return { sink, clauses };
};

const satisfied = (clause: readonly number[], values: Uint8Array) => clause.some((lit) => (lit > 0 ? values[lit] === 1 : values[-lit] === 0));

describe('encodeBreaks', () => {
  it('gives a valid plan values that satisfy every clause and count its breaks exactly', () => {
    fc.assert(
      fc.property(instances, (instance) => {
        const plan = schedule(instance, { now: tickingClock(), timeLimitMs: 200 });
        const m = compileModel(instance);
        const slotOf = new Int32Array(m.R).fill(-1);
        const slotIndex = new Map(instance.slots.map((s, i) => [s.id, i]));
        const requestIndex = new Map(instance.requests.map((r, i) => [r.id, i]));
        for (const meeting of plan.meetings) slotOf[requestIndex.get(meeting.requestId) ?? 0] = slotIndex.get(meeting.slotId) ?? 0;
        const held = [...slotOf.keys()].filter((r) => (slotOf[r] ?? -1) >= 0);
        const { sink, clauses } = recorder();
        const encoding = encodeBreaks(m, held, sink, { limit: plan.stats.breaks + 1, hint: slotOf });
        const values = encoding.hintValues ?? new Uint8Array();
        for (const clause of clauses) expect(satisfied(clause, values), `clause ${clause.join(' ')}`).toBe(true);
        for (let j = 0; j < encoding.atLeast.length; j++) expect(values[encoding.atLeast[j] ?? 0] === 1).toBe(plan.stats.breaks > j);
      }),
      { numRuns: 150 },
    );
  });

  it('bars a participant from more breaks than the cap', () => {
    // 甲 meets in s1 and s3 only: one break, forced.
    const sketch = fair({ slots: 3, tables: 2 }).meet('甲', '乙', { allowedSlots: ['s1'] }).meet('甲', '丙', { allowedSlots: ['s3'] });
    const m = compileModel(sketch.instance);
    const { sink, clauses } = recorder();
    const hint = Int32Array.from([0, 2]);
    const encoding = encodeBreaks(m, [0, 1], sink, { limit: 2, perParticipant: 0, hint });
    const values = encoding.hintValues ?? new Uint8Array();
    expect(clauses.some((clause) => !satisfied(clause, values))).toBe(true);
  });
});
