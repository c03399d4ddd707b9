import { describe, expect, it } from 'vitest';
import { formatStamp } from '@shared/clock';
import { canonicalJson, mergeFieldRecords, mergeImmutableRecords, mergeSyncRecords, normalizeFieldRecord, type FieldRecord } from '@shared/sync';
import { FAIR_START, laptop, send, type World } from './laptops';

/** A stamp `minute` minutes into the fair on `device`. */
const at = (minute: number, device = 'lap-a'): string => formatStamp({ wallMs: FAIR_START + minute * 60_000, counter: 0, deviceId: device });

const need = (fields: Record<string, unknown>): FieldRecord => ({
  id: 'need-1',
  eventId: 'evt-fair',
  createdAt: at(0),
  updatedAt: at(0),
  deleted: false,
  ...fields,
});

const same = (a: unknown, b: unknown) => expect(canonicalJson(a)).toBe(canonicalJson(b));

/** Two laptops that both hold the need 离心泵 created on lap-a, lap-b's clock five minutes ahead. */
const twoLaptops = () => {
  const world: World = { now: FAIR_START };
  const a = laptop('lap-a', world);
  const b = laptop('lap-b', world, 5 * 60_000);
  a.create('need-1', { title: '离心泵', amount: 10 });
  world.now += 1000;
  send(a, b);
  return { world, a, b };
};

describe('mergeFieldRecords', () => {
  it('keeps both values when two laptops edit the same field at the same time', () => {
    const { world, a, b } = twoLaptops();
    world.now += 1000;
    const onA = a.edit('need-1', { title: '离心泵（改）' });
    const onB = b.edit('need-1', { title: '多级离心泵' });
    if (!onA || !onB) throw new Error('edits expected');
    const merged = mergeFieldRecords(onA, onB);
    // lap-b's clock runs ahead, so its edit is the later one and shows.
    expect(merged.title).toBe('多级离心泵');
    expect(merged.conflicts).toEqual({ title: [{ value: '离心泵（改）', stamp: onA.fieldStamps?.title }] });
    expect(merged.updatedAt).toBe(onB.updatedAt);
    same(mergeFieldRecords(onB, onA), merged);
  });

  it('lets an edit made after seeing the other value replace it without a conflict', () => {
    const { world, a, b } = twoLaptops();
    world.now += 1000;
    b.edit('need-1', { title: '多级离心泵' });
    send(b, a);
    world.now += 1000;
    const onA = a.edit('need-1', { title: '离心泵' });
    const merged = mergeFieldRecords(onA ?? need({}), b.record('need-1') ?? need({}));
    expect(merged.title).toBe('离心泵');
    expect(merged.conflicts).toBeUndefined();
  });

  it('applies a delete on one laptop and an edit of another field on the other', () => {
    const { world, a, b } = twoLaptops();
    world.now += 1000;
    const deleted = a.setDeleted('need-1', true);
    const edited = b.edit('need-1', { amount: 25 });
    const merged = mergeFieldRecords(deleted ?? need({}), edited ?? need({}));
    expect(merged).toMatchObject({ deleted: true, amount: 25, title: '离心泵' });
    expect(merged.conflicts).toBeUndefined();
  });

  it('clears a field cleared on one laptop, and keeps a concurrent edit beside the clearing', () => {
    const { world, a, b } = twoLaptops();
    world.now += 1000;
    const cleared = a.edit('need-1', { amount: undefined });
    if (!cleared) throw new Error('edit expected');
    const merged = mergeFieldRecords(cleared, b.record('need-1') ?? need({}));
    expect('amount' in merged).toBe(false);
    expect(merged.fieldStamps?.amount).toBe(cleared.fieldStamps?.amount);
    expect(merged.conflicts).toBeUndefined();

    const edited = b.edit('need-1', { amount: 30 });
    const both = mergeFieldRecords(cleared, edited ?? need({}));
    expect(both.amount).toBe(30);
    expect(both.conflicts).toEqual({ amount: [{ stamp: cleared.fieldStamps?.amount }] });
  });

  it('merges one id created on two laptops: equal fields agree, different ones conflict, unmentioned ones are not a value', () => {
    const onA = need({ title: '离心泵', amount: 10, createdAt: at(3, 'lap-a'), updatedAt: at(3, 'lap-a') });
    const onB = need({ title: '离心泵', note: '急需', amount: 12, createdAt: at(1, 'lap-b'), updatedAt: at(1, 'lap-b') });
    const merged = mergeFieldRecords(onA, onB);
    expect(merged.createdAt).toBe(at(1, 'lap-b'));
    expect(merged).toMatchObject({ title: '离心泵', note: '急需', amount: 10, deleted: false });
    expect(merged.conflicts).toEqual({ amount: [{ value: 12, stamp: at(1, 'lap-b') }] });
    expect(merged.fieldStamps).toEqual({ title: at(3, 'lap-a'), amount: at(3, 'lap-a'), deleted: at(3, 'lap-a') });
    expect(merged.updatedAt).toBe(at(3, 'lap-a'));
  });

  it('merges one id created on three laptops the same way in any grouping', () => {
    const created = (minute: number, device: string, fields: Record<string, unknown>) =>
      need({ title: '离心泵', createdAt: at(minute, device), updatedAt: at(minute, device), ...fields });
    const a = created(1, 'lap-a', {});
    const b = created(2, 'lap-b', {});
    const c = created(3, 'lap-c', { note: '急需' });
    const left = mergeFieldRecords(mergeFieldRecords(a, b), c);
    same(left, mergeFieldRecords(a, mergeFieldRecords(b, c)));
    expect(left.note).toBe('急需');
    expect(left.conflicts).toBeUndefined();
  });

  it('gives the same record however often it is merged again', () => {
    const { world, a, b } = twoLaptops();
    world.now += 1000;
    a.edit('need-1', { title: '离心泵（改）', note: '三台' });
    b.edit('need-1', { title: '多级离心泵' });
    const onA = a.record('need-1') ?? need({});
    const onB = b.record('need-1') ?? need({});
    const merged = mergeFieldRecords(onA, onB);
    same(mergeFieldRecords(merged, onB), merged);
    same(mergeFieldRecords(merged, onA), merged);
    same(mergeFieldRecords(merged, merged), merged);
    same(mergeFieldRecords(onA, onA), onA);
  });

  it('drops a conflict once one of its values is written again after seeing it', () => {
    const { world, a, b } = twoLaptops();
    world.now += 1000;
    a.edit('need-1', { title: '甲' });
    b.edit('need-1', { title: '乙' });
    send(b, a);
    expect(a.record('need-1')?.conflicts).toBeDefined();
    world.now += 1000;
    a.edit('need-1', { title: '甲' });
    send(a, b);
    expect(b.record('need-1')?.title).toBe('甲');
    expect(b.record('need-1')?.conflicts).toBeUndefined();
  });

  it('keeps no conflict when two laptops type the same value', () => {
    const { world, a, b } = twoLaptops();
    world.now += 1000;
    const merged = mergeFieldRecords(a.edit('need-1', { title: '多级泵' }) ?? need({}), b.edit('need-1', { title: '多级泵' }) ?? need({}));
    expect(merged.title).toBe('多级泵');
    expect(merged.conflicts).toBeUndefined();
    expect(merged.fieldStamps?.title).toBe(b.record('need-1')?.fieldStamps?.title);
  });

  it('does not bring back a value overwritten after it was seen, whichever laptops meet first', () => {
    // lap-x writes 甲; lap-a sees it and writes 乙; lap-b writes 乙 too, never having seen 甲.
    const { world, a: x, b: a } = twoLaptops();
    const b = laptop('lap-b2', world, 10 * 60_000);
    send(x, b);
    world.now += 1000;
    x.edit('need-1', { title: '甲' });
    send(x, a);
    world.now += 1000;
    a.edit('need-1', { title: '乙' });
    b.edit('need-1', { title: '乙' });
    const [rx, ra, rb] = [x, a, b].map((l) => l.record('need-1') ?? need({})) as [FieldRecord, FieldRecord, FieldRecord];
    const left = mergeFieldRecords(mergeFieldRecords(ra, rb), rx);
    const right = mergeFieldRecords(ra, mergeFieldRecords(rb, rx));
    same(left, right);
    expect(left.title).toBe('乙');
    expect(left.conflicts).toBeUndefined();
  });

  it('refuses to merge two different records', () => {
    expect(() => mergeFieldRecords(need({}), { ...need({}), id: 'need-2' })).toThrow('不能合并不同的记录');
    expect(() => mergeFieldRecords(need({}), { ...need({}), eventId: 'evt-other' })).toThrow('不同的活动');
  });
});

describe('normalizeFieldRecord', () => {
  it('leaves out empty maps, stamps at creation time and losing values equal to the winner', () => {
    const raw = need({
      title: '离心泵',
      note: undefined,
      fieldStamps: { title: at(0), amount: at(2) },
      fieldSeen: {},
      conflicts: { title: [{ value: '离心泵', stamp: at(1, 'lap-b') }], amount: [] },
    });
    same(normalizeFieldRecord(raw), {
      ...need({ title: '离心泵', fieldStamps: { title: at(1, 'lap-b'), amount: at(2) } }),
      updatedAt: at(2),
    });
  });

  it('ignores a seen stamp that is not before its own write', () => {
    const raw = need({ title: '甲', fieldStamps: { title: at(2) }, fieldSeen: { title: at(5) }, updatedAt: at(2) });
    same(normalizeFieldRecord(raw), need({ title: '甲', fieldStamps: { title: at(2) }, updatedAt: at(2) }));
  });
});

describe('immutable records', () => {
  const revision = { id: 'rev-1', eventId: 'evt-fair', outcomeId: 'out-1', at: at(4), changed: ['result'] };

  it('keeps one copy of a record both laptops hold', () => {
    expect(mergeImmutableRecords(revision, { changed: ['result'], at: at(4), outcomeId: 'out-1', eventId: 'evt-fair', id: 'rev-1' })).toBe(revision);
    expect(mergeSyncRecords('outcomeRevisions', revision, { ...revision })).toBe(revision);
  });

  it('picks the same copy on every laptop when two copies differ', () => {
    const other = { ...revision, changed: ['tags'] };
    expect(mergeSyncRecords('outcomeRevisions', revision, other)).toBe(other);
    expect(mergeSyncRecords('outcomeRevisions', other, revision)).toBe(other);
  });

  it('dispatches records of the fields policy to the field merge', () => {
    expect(mergeSyncRecords('needs', need({ title: '甲' }), need({ title: '甲' }))).toEqual(need({ title: '甲' }));
    expect(() => mergeSyncRecords('needs', { id: 'need-1' }, need({}))).toThrow('技术需求记录 need-1 缺少同步字段');
  });
});
