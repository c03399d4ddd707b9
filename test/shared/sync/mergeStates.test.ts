import { describe, expect, it } from 'vitest';
import { formatStamp } from '@shared/clock';
import { canonicalJson, maxStamp, mergeStates, planMerge, type FieldRecord, type SyncKind, type SyncRecord, type SyncState } from '@shared/sync';
import { FAIR_START, laptop, send, type World } from './laptops';

const at = (minute: number, device = 'lap-a'): string => formatStamp({ wallMs: FAIR_START + minute * 60_000, counter: 0, deviceId: device });

const need = (id: string, fields: Record<string, unknown> = {}): FieldRecord => ({
  id,
  eventId: 'evt-fair',
  createdAt: at(0),
  updatedAt: at(0),
  deleted: false,
  title: '离心泵',
  ...fields,
});

const lookup = (state: SyncState) => (kind: SyncKind, id: string): SyncRecord | undefined => state[kind]?.find((r) => r.id === id);

describe('mergeStates', () => {
  it('merges by kind and id, sorted by id, leaving out kinds without records', () => {
    const merged = mergeStates(
      { needs: [need('need-2'), need('need-1', { title: '甲', fieldStamps: { title: at(1) }, updatedAt: at(1) })], achievements: [] },
      { needs: [need('need-1', { title: '乙', fieldStamps: { title: at(2, 'lap-b') }, updatedAt: at(2, 'lap-b') })] },
    );
    expect(Object.keys(merged)).toEqual(['needs']);
    expect(merged.needs?.map((r) => r.id)).toEqual(['need-1', 'need-2']);
    expect(merged.needs?.[0]).toMatchObject({ title: '乙', conflicts: { title: [{ value: '甲', stamp: at(1) }] } });
  });

  it('brings each record into normal form even when only one side has it', () => {
    const merged = mergeStates({ needs: [need('need-1', { fieldStamps: {}, conflicts: {} })] }, {});
    expect(canonicalJson(merged.needs)).toBe(canonicalJson([need('need-1')]));
  });

  it('keeps the union of immutable records', () => {
    const revision = (id: string) => ({ id, eventId: 'evt-fair', outcomeId: 'out-1', at: at(3) });
    const merged = mergeStates({ outcomeRevisions: [revision('rev-2'), revision('rev-1')] }, { outcomeRevisions: [revision('rev-1')] });
    expect(merged.outcomeRevisions?.map((r) => r.id)).toEqual(['rev-1', 'rev-2']);
  });
});

describe('planMerge', () => {
  it('counts added, changed, unchanged and conflicted records and writes only what changes', () => {
    const local: SyncState = {
      needs: [need('need-1'), need('need-2'), need('need-3', { title: '甲', fieldStamps: { title: at(1) }, updatedAt: at(1) })],
    };
    const incoming: SyncState = {
      needs: [
        need('need-1'),
        need('need-2', { deleted: true, fieldStamps: { deleted: at(2, 'lap-b') }, fieldSeen: { deleted: at(0) }, updatedAt: at(2, 'lap-b') }),
        need('need-3', { title: '乙', fieldStamps: { title: at(2, 'lap-b') }, updatedAt: at(2, 'lap-b') }),
        need('need-4'),
      ],
    };
    const plan = planMerge(lookup(local), incoming);
    expect(plan.counts.needs).toEqual({ added: 1, changed: 2, unchanged: 1, conflicted: 1 });
    expect(plan.counts.meetings).toEqual({ added: 0, changed: 0, unchanged: 0, conflicted: 0 });
    expect(plan.writes.map((w) => [w.record.id, w.before?.id])).toEqual([
      ['need-2', 'need-2'],
      ['need-3', 'need-3'],
      ['need-4', undefined],
    ]);
    expect(plan.writes[0]?.record.deleted).toBe(true);
    expect(plan.newConflicts).toEqual([{ kind: 'needs', id: 'need-3', field: 'title' }]);
  });

  it('reports no new conflict for one the laptop already keeps', () => {
    const world: World = { now: FAIR_START };
    const a = laptop('lap-a', world);
    const b = laptop('lap-b', world, 60_000);
    a.create('need-1', { title: '离心泵' });
    send(a, b);
    world.now += 1000;
    a.edit('need-1', { title: '甲' });
    b.edit('need-1', { title: '乙' });
    expect(send(a, b).newConflicts).toEqual([{ kind: 'needs', id: 'need-1', field: 'title' }]);
    const again = send(a, b);
    expect(again.writes).toEqual([]);
    expect(again.newConflicts).toEqual([]);
    expect(again.counts.needs.unchanged).toBe(1);
  });

  it('folds copies of one id inside the incoming bundle', () => {
    const plan = planMerge(() => undefined, { needs: [need('need-1'), need('need-1')] });
    expect(plan.counts.needs.added).toBe(1);
    expect(plan.writes).toHaveLength(1);
  });
});

describe('maxStamp', () => {
  it('finds the latest stamp among record, field, conflict and revision stamps', () => {
    expect(maxStamp({})).toBeUndefined();
    expect(maxStamp({ needs: [need('need-1', { fieldStamps: { title: at(4) }, updatedAt: at(4) })] })).toBe(at(4));
    expect(maxStamp({ needs: [need('need-1', { conflicts: { title: [{ value: '甲', stamp: at(5, 'lap-b') }] } })] })).toBe(at(5, 'lap-b'));
    expect(maxStamp({ needs: [need('need-1')], outcomeRevisions: [{ id: 'rev-1', at: at(7, 'lap-c') }] })).toBe(at(7, 'lap-c'));
  });
});
