import { describe, expect, it } from 'vitest';
import { nodeHighsSolver } from '../../../../cli/highsSolver';
import { countBreaks, type PlannedMeeting, type ScheduleInstance } from '../../../../shared/scheduling';
import { compileExact } from '../../../../shared/scheduling/exact/compile';
import { buildMip } from '../../../../shared/scheduling/exact/mipModel';

/** Solves the program of an instance and reads back each request's slot id (undefined = not held). */
const solve = async (instance: ScheduleInstance, options: { maxBreakSpread?: number; start?: Record<string, string> } = {}) => {
  const mip = buildMip(compileExact(instance), options.maxBreakSpread);
  const slotOf = (ids: Record<string, string>) => instance.requests.map((r) => instance.slots.findIndex((s) => s.id === ids[r.id]));
  const start = options.start === undefined ? undefined : mip.valuesOf(slotOf(options.start));
  const solution = await (await nodeHighsSolver())(mip.lp, { timeLimitMs: 10_000, ...(start ? { start } : {}) });
  const slots = mip.decode(solution.values) ?? [];
  const held: Record<string, string> = {};
  slots.forEach((s, r) => {
    if (s >= 0) held[instance.requests[r]?.id ?? ''] = instance.slots[s]?.id ?? '';
  });
  const meetings: PlannedMeeting[] = Object.entries(held).map(([requestId, slotId]) => ({ requestId, slotId, tableId: '' }));
  return { solution, held, breaks: countBreaks(instance, meetings), objective: mip.objectiveOf(slots) };
};

const slots = (...ids: string[]) => ids.map((id) => ({ id }));
const people = (...ids: string[]) => ids.map((id) => ({ id }));

describe('the integer program of the exact mode', () => {
  it('finds the plan without breaks when started from one with a break', async () => {
    // A meets B and C; B is away in s2. Start: A–B s1, A–C s3 (a break for A). Best: A–C s2, A–B s3… or s1.
    const instance: ScheduleInstance = {
      slots: slots('s1', 's2', 's3'),
      tables: [{ id: 't1' }],
      participants: [{ id: 'A' }, { id: 'B', unavailable: ['s2'] }, { id: 'C' }],
      requests: [{ id: 'ab', a: 'A', b: 'B' }, { id: 'ac', a: 'A', b: 'C' }],
    };
    const { solution, held, breaks } = await solve(instance, { start: { ab: 's1', ac: 's3' } });
    expect(solution.status).toBe('optimal');
    expect(Object.keys(held).sort()).toEqual(['ab', 'ac']);
    expect(breaks.total).toBe(0);
  });

  it('holds the most priority the tables allow: 必须 and 优先 before 一般', async () => {
    const instance: ScheduleInstance = {
      slots: slots('s1', 's2'),
      tables: [{ id: 't1' }],
      participants: people('A', 'B', 'C', 'D', 'E', 'F'),
      requests: [
        { id: 'low', a: 'A', b: 'B', priority: 1 },
        { id: 'must', a: 'C', b: 'D', priority: 3 },
        { id: 'rather', a: 'E', b: 'F', priority: 2 },
      ],
    };
    const { solution, held } = await solve(instance);
    expect(solution.status).toBe('optimal');
    expect(Object.keys(held).sort()).toEqual(['must', 'rather']);
  });

  it('gives a host table one meeting per slot, while other meetings may use any free table', async () => {
    const instance: ScheduleInstance = {
      slots: slots('s1'),
      tables: [{ id: 'H' }, { id: 't2' }, { id: 't3' }],
      participants: [{ id: '清华', hostTable: 'H' }, { id: '北大', hostTable: 'H' }, ...people('A', 'B', 'C', 'D')],
      requests: [
        { id: 'q1', a: '清华', b: 'A' },
        { id: 'q2', a: '北大', b: 'B' },
        { id: 'free', a: 'C', b: 'D' },
      ],
    };
    const { held } = await solve(instance);
    expect(Object.keys(held)).toHaveLength(2);
    expect(held.free).toBe('s1');
  });

  it('keeps `after` strict when both are held, and holds a follow-up alone when the first cannot be', async () => {
    const instance: ScheduleInstance = {
      slots: slots('s1', 's2', 's3'),
      tables: [{ id: 't1' }, { id: 't2' }],
      participants: [...people('A', 'B', 'C', 'E', 'F'), { id: 'D', unavailable: ['s1', 's2', 's3'] }],
      requests: [
        { id: 'second', a: 'A', b: 'B', after: ['first'] },
        { id: 'first', a: 'B', b: 'C', allowedSlots: ['s2', 's3'] },
        { id: 'follow', a: 'E', b: 'F', after: ['never'] },
        { id: 'never', a: 'E', b: 'D' },
      ],
    };
    const { held } = await solve(instance);
    expect(held).toEqual({ first: 's2', second: 's3', follow: expect.any(String) });
  });

  it('keeps max − min breaks within the bound when asked, before the total', async () => {
    // P meets X in s1 and Y in s5; Z meets W in s4; P–Z in s3 gives P two breaks, in s2 one each to P and Z.
    const instance: ScheduleInstance = {
      slots: slots('s1', 's2', 's3', 's4', 's5'),
      tables: [{ id: 't1' }, { id: 't2' }],
      participants: people('P', 'X', 'Y', 'Z', 'W'),
      requests: [
        { id: 'px', a: 'P', b: 'X', fixedSlot: 's1' },
        { id: 'py', a: 'P', b: 'Y', fixedSlot: 's5' },
        { id: 'zw', a: 'Z', b: 'W', fixedSlot: 's4' },
        { id: 'pz', a: 'P', b: 'Z', allowedSlots: ['s2', 's3'] },
      ],
    };
    const fair = await solve(instance, { maxBreakSpread: 1 });
    expect(fair.solution.status).toBe('optimal');
    expect(fair.held.pz).toBe('s2');
    expect(fair.breaks).toMatchObject({ total: 2, max: 1, min: 0 });
    const unfair = await solve(instance, { start: { px: 's1', py: 's5', zw: 's4', pz: 's3' } });
    expect(unfair.breaks.total).toBe(2);
  });
});
