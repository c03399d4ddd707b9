import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, canonicalState, mergeFieldRecords, mergeStates, type FieldRecord, type SyncState } from '@shared/sync';
import { DAY_MS, EDITABLE, FAIR_START, laptop, send, type Editable, type Laptop, type Patch, type World } from './laptops';

/**
 * Random fairs of 2–4 laptops whose clocks are up to a day off, doing what
 * organisers do (create records from a small pool of ids so that laptops
 * collide, edit, clear, delete, restore, log revisions) and passing bundles
 * to each other at random moments.
 */
const IDS = ['need-1', 'need-2', 'need-3'] as const;
const VALUES: Record<Editable, readonly unknown[]> = {
  title: ['离心泵', '换热器', '传感器'],
  amount: [10, 25],
  // Equal objects written with their keys in another order are one value.
  note: ['急需', { line: 2, parts: ['泵体', '叶轮'] }, { parts: ['泵体', '叶轮'], line: 2 }],
};

const valueOf = (field: Editable) => fc.option(fc.constantFrom(...VALUES[field]), { nil: undefined, freq: 4 });
const patchArb: fc.Arbitrary<Patch> = fc.record({ title: valueOf('title'), amount: valueOf('amount'), note: valueOf('note') }, { requiredKeys: [] });

type Op =
  | { type: 'create'; id: string; fields: Patch }
  | { type: 'edit'; id: string; patch: Patch }
  | { type: 'delete' | 'restore'; id: string }
  | { type: 'log' }
  | { type: 'send'; to: number };

const opArb: fc.Arbitrary<{ by: number; wait: number; op: Op }> = fc.record({
  by: fc.nat(3),
  // Often no time at all between two writes, so counters and device ids break ties.
  wait: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 120_000 })),
  op: fc.oneof(
    { arbitrary: fc.record({ type: fc.constant('create' as const), id: fc.constantFrom(...IDS), fields: patchArb }), weight: 3 },
    { arbitrary: fc.record({ type: fc.constant('edit' as const), id: fc.constantFrom(...IDS), patch: patchArb }), weight: 4 },
    { arbitrary: fc.record({ type: fc.constantFrom('delete' as const, 'restore' as const), id: fc.constantFrom(...IDS) }), weight: 1 },
    { arbitrary: fc.record({ type: fc.constant('log' as const) }), weight: 1 },
    { arbitrary: fc.record({ type: fc.constant('send' as const), to: fc.nat(3) }), weight: 3 },
  ),
});

const fairArb = fc.record({
  skews: fc.array(fc.integer({ min: -DAY_MS, max: DAY_MS }), { minLength: 2, maxLength: 4 }),
  ops: fc.array(opArb, { minLength: 5, maxLength: 40, size: 'max' }),
  gossipOrder: fc.array(fc.nat(), { minLength: 12, maxLength: 12 }),
});
type Fair = typeof fairArb extends fc.Arbitrary<infer T> ? T : never;

const perform = (laptops: readonly Laptop[], by: number, op: Op): void => {
  const l = laptops[by % laptops.length];
  if (!l) return;
  switch (op.type) {
    case 'create':
      l.create(op.id, op.fields);
      break;
    case 'edit':
      l.edit(op.id, op.patch);
      break;
    case 'delete':
    case 'restore':
      l.setDeleted(op.id, op.type === 'delete');
      break;
    case 'log':
      l.log(`${l.deviceId} 的修改记录`);
      break;
    case 'send': {
      const to = laptops[op.to % laptops.length];
      if (to && to !== l) send(l, to);
    }
  }
};

const play = ({ skews, ops }: Fair): { world: World; laptops: Laptop[] } => {
  const world: World = { now: FAIR_START };
  const laptops = skews.map((skew, i) => laptop(`lap-${'abcd'[i]}`, world, skew));
  for (const { by, wait, op } of ops) {
    world.now += wait;
    perform(laptops, by, op);
  }
  return { world, laptops };
};

/** Every laptop sends to every other once, in a random order. */
const gossip = (laptops: readonly Laptop[], order: readonly number[]): void => {
  const pairs = laptops.flatMap((from, i) => laptops.filter((to) => to !== from).map((to, j) => ({ from, to, rank: order[i * 3 + j] ?? 0 })));
  for (const { from, to } of pairs.sort((a, b) => a.rank - b.rank)) send(from, to);
};

const stateText = (state: SyncState): string => canonicalJson(canonicalState(state));

const RUNS = { numRuns: 200 };

describe('merging laptops’ work', () => {
  it('leaves every laptop with the same records once everyone has exchanged with everyone', () => {
    fc.assert(
      fc.property(fairArb, (fair) => {
        const { laptops } = play(fair);
        const union = laptops.map((l) => l.state()).reduce((a, b) => mergeStates(a, b));
        gossip(laptops, fair.gossipOrder);
        const states = laptops.map((l) => stateText(l.state()));
        for (const state of states) expect(state).toBe(stateText(union));
        const [first, second] = laptops;
        if (first && second) expect(send(first, second).writes).toEqual([]);
      }),
      RUNS,
    );
  });

  it('merges record versions commutatively, associatively and idempotently', () => {
    const picks = fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { minLength: 1, maxLength: 15 });
    fc.assert(
      fc.property(fairArb, picks, (fair, triples) => {
        const { laptops } = play(fair);
        const versions = laptops.flatMap((l) => l.history);
        for (const [i, j, k] of triples) {
          const a = versions[i % Math.max(versions.length, 1)];
          if (!a) return;
          const sameId = versions.filter((v) => v.id === a.id);
          const b = sameId[j % sameId.length] ?? a;
          const c = sameId[k % sameId.length] ?? a;
          const text = (r: FieldRecord) => canonicalJson(r);
          expect(text(mergeFieldRecords(a, a))).toBe(text(a));
          expect(text(mergeFieldRecords(a, b))).toBe(text(mergeFieldRecords(b, a)));
          expect(text(mergeFieldRecords(mergeFieldRecords(a, b), c))).toBe(text(mergeFieldRecords(a, mergeFieldRecords(b, c))));
        }
      }),
      RUNS,
    );
  });

  it('gives the same state for three laptops merged in any order and grouping', () => {
    fc.assert(
      fc.property(fairArb, (fair) => {
        const { laptops } = play(fair);
        const [a = {}, b = {}, c = {}] = laptops.map((l) => l.state());
        const expected = stateText(mergeStates(mergeStates(a, b), c));
        for (const [x, y, z] of [
          [a, b, c],
          [a, c, b],
          [b, a, c],
          [b, c, a],
          [c, a, b],
          [c, b, a],
        ] as const) {
          expect(stateText(mergeStates(mergeStates(x, y), z))).toBe(expected);
          expect(stateText(mergeStates(x, mergeStates(y, z)))).toBe(expected);
        }
        expect(stateText(mergeStates(a, a))).toBe(stateText(a));
      }),
      RUNS,
    );
  });

  it('never leaves a conflict on a value written after its writer had seen all the others', () => {
    const lastEdit = fc.record({ by: fc.nat(3), id: fc.constantFrom(...IDS), field: fc.constantFrom(...EDITABLE), value: fc.constantFrom(...VALUES.title, ...VALUES.note) });
    fc.assert(
      fc.property(fairArb, lastEdit, fc.array(opArb, { maxLength: 10 }), (fair, edit, others) => {
        const { world, laptops } = play(fair);
        gossip(laptops, fair.gossipOrder);
        const writer = laptops[edit.by % laptops.length];
        if (!writer?.record(edit.id)) return;
        world.now += 1000;
        if (!writer.edit(edit.id, { [edit.field]: edit.value })) return;
        // Meanwhile the others go on working, on every field but this one.
        for (const { by, wait, op } of others) {
          world.now += wait;
          if (laptops[by % laptops.length] === writer) continue;
          if (op.type !== 'edit') perform(laptops, by, op);
          else perform(laptops, by, { ...op, patch: Object.fromEntries(Object.entries(op.patch).filter(([field]) => field !== edit.field)) });
        }
        gossip(laptops, fair.gossipOrder);
        gossip(laptops, fair.gossipOrder);
        for (const l of laptops) {
          const record = l.record(edit.id);
          expect(canonicalJson(record?.[edit.field])).toBe(canonicalJson(edit.value));
          expect(record?.conflicts?.[edit.field]).toBeUndefined();
        }
      }),
      RUNS,
    );
  });
});
