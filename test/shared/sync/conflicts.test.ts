import { describe, expect, it } from 'vitest';
import { listConflicts } from '@shared/sync';
import { FAIR_START, laptop, send, type World } from './laptops';

describe('listConflicts', () => {
  it('lists each conflicted field with the value shown and the values kept beside it', () => {
    const world: World = { now: FAIR_START };
    const a = laptop('lap-a', world);
    const b = laptop('lap-b', world, 60_000);
    a.create('need-1', { title: '离心泵', amount: 10 });
    send(a, b);
    world.now += 1000;
    const onA = a.edit('need-1', { title: '甲', amount: 12 });
    const onB = b.edit('need-1', { title: '乙', amount: 15 });
    send(a, b);
    const record = b.record('need-1');
    if (!record || !onA || !onB) throw new Error('records expected');
    expect(listConflicts('needs', record)).toEqual([
      { field: 'amount', winner: { value: 15, stamp: onB.fieldStamps?.amount }, others: [{ value: 12, stamp: onA.fieldStamps?.amount }] },
      { field: 'title', winner: { value: '乙', stamp: onB.fieldStamps?.title }, others: [{ value: '甲', stamp: onA.fieldStamps?.title }] },
    ]);
  });

  it('has nothing to list once the organiser picks a value by editing the field', () => {
    const world: World = { now: FAIR_START };
    const a = laptop('lap-a', world);
    const b = laptop('lap-b', world);
    a.create('need-1', { title: '离心泵' });
    send(a, b);
    world.now += 1000;
    a.edit('need-1', { title: '甲' });
    b.edit('need-1', { title: '乙' });
    send(b, a);
    const conflicted = a.record('need-1');
    if (!conflicted) throw new Error('record expected');
    expect(listConflicts('needs', conflicted).map((c) => c.field)).toEqual(['title']);
    world.now += 1000;
    const picked = a.edit('need-1', { title: '甲' });
    expect(picked && listConflicts('needs', picked)).toEqual([]);
  });

  it('lists nothing for immutable records or records without conflicts', () => {
    expect(listConflicts('outcomeRevisions', { id: 'rev-1', conflicts: { x: [{ stamp: 's' }] } })).toEqual([]);
    const world: World = { now: FAIR_START };
    expect(listConflicts('needs', laptop('lap-a', world).create('need-1', { title: '甲' }) ?? { id: 'need-1' })).toEqual([]);
  });
});
