import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatStamp } from '@shared/clock';
import { canonicalJson, mergeFieldRecords, normalizeFieldRecord, type FieldRecord } from '@shared/sync';
import { FAIR_START } from './laptops';

/**
 * `normalizeFieldRecord` hands back a record already in normal form as it is
 * instead of rebuilding it. Records of every shape a bundle may carry (stamps
 * from a small pool so that they collide with `createdAt` and with each other,
 * empty maps, cleared fields, kept conflicts, stale `updatedAt`) must come out
 * as the rebuild makes them.
 */
const STAMPS = [0, 1, 2, 3].flatMap((minute) => ['lap-a', 'lap-b'].map((deviceId) => formatStamp({ wallMs: FAIR_START + minute * 60_000, counter: 0, deviceId })));
const FIELDS = ['title', 'amount', 'note', 'deleted'] as const;

const stamp = fc.constantFrom(...STAMPS);
const field = fc.constantFrom(...FIELDS);
const value = fc.option(fc.constantFrom<unknown>('离心泵', '换热器', 10, null, { parts: ['泵体', '叶轮'] }), { nil: undefined, freq: 3 });
const stampMap = fc.option(fc.dictionary(field, stamp, { maxKeys: 3 }), { nil: undefined });
const conflict = fc.record({ value, stamp, seen: fc.option(stamp, { nil: undefined }) }, { requiredKeys: ['stamp'] });

const recordArb: fc.Arbitrary<FieldRecord> = fc
  .record({
    createdAt: stamp,
    updatedAt: stamp,
    deleted: fc.boolean(),
    title: value,
    amount: value,
    note: value,
    fieldStamps: stampMap,
    fieldSeen: stampMap,
    conflicts: fc.option(fc.dictionary(field, fc.array(conflict, { maxLength: 2 }), { maxKeys: 2 }), { nil: undefined, freq: 3 }),
  })
  .map((fields) => ({ id: 'need-1', eventId: 'evt-fair', ...fields }));

/** The rebuild on its own: merging a record with itself takes no shortcut and gives its normal form. */
const rebuilt = (record: FieldRecord): FieldRecord => mergeFieldRecords(record, record);

describe('normalizeFieldRecord', () => {
  it('gives what the rebuild gives, for records of any shape', () => {
    fc.assert(
      fc.property(recordArb, (record) => {
        expect(canonicalJson(normalizeFieldRecord(record))).toBe(canonicalJson(rebuilt(record)));
      }),
      { numRuns: 3000 },
    );
  });

  it('hands back a record already in normal form without rebuilding it', () => {
    fc.assert(
      fc.property(recordArb, (record) => {
        const normal = rebuilt(record);
        if (normal.conflicts === undefined) expect(normalizeFieldRecord(normal)).toBe(normal);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('merging a record with itself', () => {
  it('is idempotent when a conflict cleared `deleted` at the record’s creation stamp (found by the property above)', () => {
    const [early, , , , , , created] = STAMPS;
    const record: FieldRecord = {
      id: 'need-1',
      eventId: 'evt-fair',
      createdAt: created ?? '',
      updatedAt: early ?? '',
      deleted: false,
      fieldStamps: { deleted: early ?? '' },
      conflicts: { deleted: [{ stamp: created ?? '', seen: early ?? '' }] },
    };
    const once = rebuilt(record);
    expect(canonicalJson(rebuilt(once))).toBe(canonicalJson(once));
    expect(normalizeFieldRecord(once)).toBe(once);
  });
});
