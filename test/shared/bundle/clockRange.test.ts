import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clockRange } from '@shared/bundle/clockRange';
import { isStamp } from '@shared/clock';
import { SYNC_KIND_NAMES, type SyncRecord, type SyncState } from '@shared/sync/kinds';

const stamp = (minute: number, device = 'lap-a') => `2026-05-21T09:${String(minute).padStart(2, '0')}:00.000Z_0000_${device}`;

/** The definition: every stamp-shaped value of the four places, smallest and largest. */
const reference = (state: SyncState) => {
  const stamps = Object.values(state)
    .flatMap((records) => records ?? [])
    .flatMap((r) => [r.createdAt, r.updatedAt, r.at, ...(typeof r.fieldStamps === 'object' && r.fieldStamps !== null ? Object.values(r.fieldStamps) : [])])
    .filter((s): s is string => typeof s === 'string' && isStamp(s))
    .sort();
  return stamps.length === 0 ? undefined : { from: stamps[0], to: stamps.at(-1) };
};

/** Stamps, and strings that sort before, among and after them without being stamps. */
const value = fc.oneof(
  fc.integer({ min: 0, max: 59 }).map((m) => stamp(m)),
  fc.constantFrom('', '0', '2026-05-21T09:30', 'zzz', '2026-05-21T09:30:00.000Z_0000_', 7, null, undefined),
);
const recordArb: fc.Arbitrary<SyncRecord> = fc.record(
  { createdAt: value, updatedAt: value, at: value, fieldStamps: fc.option(fc.dictionary(fc.constantFrom('title', 'state'), value), { nil: undefined }) },
  { requiredKeys: [] },
).map((fields) => ({ id: 'x', ...fields }));

describe('clockRange', () => {
  it('spans the stamps of creation, last change, a revision’s save and each field’s write, ignoring what is not a stamp', () => {
    const state: SyncState = {
      participants: [{ id: 'p', createdAt: stamp(5), updatedAt: stamp(9), fieldStamps: { title: stamp(9), note: 'not a stamp' } }],
      outcomeRevisions: [{ id: 'r', at: stamp(7, 'lap-b') }, { id: 'q', at: '0000', createdAt: 'zzzz' }],
    };
    expect(clockRange(state)).toEqual({ from: stamp(5), to: stamp(9) });
    expect(clockRange({})).toBeUndefined();
    expect(clockRange({ needs: [{ id: 'n', createdAt: 'garbage' }] })).toBeUndefined();
  });

  it('agrees with its definition on records of any shape', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...SYNC_KIND_NAMES), recordArb), { maxLength: 12 }), (placed) => {
        const state: Record<string, SyncRecord[]> = {};
        for (const [kind, record] of placed) (state[kind] ??= []).push(record);
        expect(clockRange(state)).toEqual(reference(state));
      }),
      { numRuns: 2000 },
    );
  });
});
