import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { B2B_DIR, loadB2bInstances, loadBestKnown } from '../../../bench/scheduling/b2b';
import { b2bInstance, parseDzn } from '../../../bench/scheduling/dzn';
import { parseInstance } from '@shared/scheduling';

/** Three businesses, three meetings, four slots (two in the morning), written as the published files write them. */
const SMALL = `nBusiness = 3;
nMeetings = 3;
nTables = 2;
nTotalSlots = 4;
nMorningSlots = 2;

requested = [|1, 2,1, 
|1, 3,2, 
|2, 3,3, 
|];
meetingsxBusiness = [{1,2,3},
{1,2,4},
{1,3,4}];
nMeetingsBusiness = [2,2,2];
forbidden = [{0},
{0,4},
{}];
fixed = [0,0,3];
precedences = [{},
{1},
{}];
`;

describe('the .dzn parser', () => {
  it('reads numbers, sets with ranges, arrays and 2-D arrays, skipping comments', () => {
    const items = parseDzn('% a comment\nn = 3; s = {2, 5..7, 0}; r = 2..3; a = [{}, {1}]; m = [| 1, 2 | 3, 4, |]; e = [| |];');
    expect(items.get('n')).toEqual({ kind: 'int', value: 3 });
    expect(items.get('s')).toEqual({ kind: 'set', members: [0, 2, 5, 6, 7] });
    expect(items.get('r')).toEqual({ kind: 'set', members: [2, 3] });
    expect(items.get('a')).toEqual({ kind: 'array', items: [{ kind: 'set', members: [] }, { kind: 'set', members: [1] }] });
    expect(items.get('m')).toEqual({ kind: 'rows', rows: [[1, 2], [3, 4]] });
    expect(items.get('e')).toEqual({ kind: 'rows', rows: [] });
  });

  it('names the file and line of a syntax error', () => {
    expect(() => parseDzn('n = 3;\nm = [1, 2;', 'x.dzn')).toThrow(/^x\.dzn:2: expected “,” or “\]”, got “;”/);
    expect(() => parseDzn('n = 3 $', 'x.dzn')).toThrow(/^x\.dzn:1: unexpected “\$”/);
  });
});

describe('a B2B instance as the scheduler sees it', () => {
  const instance = b2bInstance(SMALL, 'small.dzn');

  it('numbers slots, tables, participants and meetings from 1, one sequence of slots labelled by session', () => {
    expect(instance.slots).toEqual([
      { id: 's1', session: 'morning' },
      { id: 's2', session: 'morning' },
      { id: 's3', session: 'afternoon' },
      { id: 's4', session: 'afternoon' },
    ]);
    expect(instance.tables).toEqual([{ id: 't1' }, { id: 't2' }]);
    expect(instance.participants).toEqual([{ id: 'p1' }, { id: 'p2', unavailable: ['s4'] }, { id: 'p3' }]);
  });

  it('turns kinds into allowed slots, fixed slots and precedences into fixedSlot and after, all 必须', () => {
    expect(instance.requests).toEqual([
      { id: 'm1', a: 'p1', b: 'p2', priority: 3, allowedSlots: ['s1', 's2'] },
      { id: 'm2', a: 'p1', b: 'p3', priority: 3, allowedSlots: ['s3', 's4'], after: ['m1'] },
      { id: 'm3', a: 'p2', b: 'p3', priority: 3, fixedSlot: 's3' },
    ]);
    expect(parseInstance(instance)).toEqual({ ok: true, instance });
  });

  it('refuses data the model does not allow, saying where', () => {
    const bad = (from: string, to: string) => () => b2bInstance(SMALL.replace(from, to), 'small.dzn');
    expect(bad('|2, 3,3,', '|2, 2,3,')).toThrow('small.dzn: meeting 3 is participant 2 with itself');
    expect(bad('|2, 3,3,', '|2, 3,4,')).toThrow(/meeting 3 has kind 4/);
    expect(bad('{0,4}', '{0,5}')).toThrow('small.dzn: forbidden[2] names slot 5, outside 1…4');
    expect(bad('fixed = [0,0,3]', 'fixed = [0,0]')).toThrow('small.dzn: fixed has 2 entries, expected 3');
    expect(bad('nMeetingsBusiness = [2,2,2]', 'nMeetingsBusiness = [2,1,2]')).toThrow(/nMeetingsBusiness\[2\] is 1 but requested gives participant 2 2 meetings/);
    expect(bad('{1,2,4}', '{1,2,3}')).toThrow(/meetingsxBusiness\[2\] does not match/);
    expect(bad('nTables = 2;', '')).toThrow('small.dzn: nTables is missing');
  });
});

const present = existsSync(B2B_DIR);

describe('the published B2B set', () => {
  it('says where the shared data should be when it is missing', () => {
    expect(() => loadB2bInstances('/nonexistent/b2b/')).toThrow(/missing at \/nonexistent\/b2b\/.*shared\/benchmarks/);
    expect(() => loadBestKnown('/nonexistent/best.csv')).toThrow(/missing at \/nonexistent\/best\.csv/);
  });

  it.skipIf(!present)('every instance parses, with its best known result (skipped when ../shared/benchmarks/b2b-scheduling/ is missing)', () => {
    const instances = loadB2bInstances();
    const best = loadBestKnown();
    expect(instances.length).toBe(77);
    expect(instances.map((i) => i.name).sort()).toEqual([...best.keys()].sort());
    const rejected = instances.filter((i) => !parseInstance(i.instance).ok).map((i) => i.name);
    // Only two files fix a meeting into a slot one side cannot attend; the literature proves both infeasible.
    expect(rejected).toEqual(['forum-13crafb.fixed040-Forb', 'ticf-13crafb.fixed040-Forb']);
    expect(rejected.every((name) => best.get(name)?.optimum === null)).toBe(true);
    expect(best.get('forum-13.original')).toEqual({ optimum: 0, solverSeconds: 2.5, source: 'T3/T5 MaxSAT imp12+ (UWrMaxSat 1.0)' });
  });
});
