import { describe, expect, it } from 'vitest';
import { nodeHighsSolver } from '../../../../cli/highsSolver';
import {
  checkPlan,
  countBreaks,
  EXACT_MAX_REQUESTS,
  scheduleExact,
  type MipSolution,
  type MipSolver,
  type ScheduleInstance,
} from '../../../../shared/scheduling';

/** A break nobody can avoid: A's two meetings are fixed to s1 and s3. */
const forcedBreak = (): ScheduleInstance => ({
  slots: [{ id: 's1', session: '上午' }, { id: 's2', session: '上午' }, { id: 's3', session: '下午' }],
  tables: [{ id: 't1' }],
  participants: [{ id: 'A' }, { id: 'B' }, { id: 'C' }, { id: 'D' }],
  requests: [
    { id: 'ab', a: 'A', b: 'B', fixedSlot: 's1' },
    { id: 'ac', a: 'A', b: 'C', fixedSlot: 's3' },
    { id: 'bd', a: 'B', b: 'D', priority: 1 },
  ],
});

/**
 * A fair where breaks are hard to avoid: everyone is away in one or two slots
 * and meets four or five others, so the solver has work to do.
 */
const busyFair = (): ScheduleInstance => {
  const n = 24;
  const slots = Array.from({ length: 10 }, (_, k) => ({ id: `s${k + 1}` }));
  const participants = Array.from({ length: n }, (_, k) => ({ id: `p${k}`, unavailable: [`s${(k % 10) + 1}`, `s${((k * 7) % 10) + 1}`] }));
  const requests = [];
  for (let k = 0; k < n; k++) for (const d of [1, 3, 8]) if (k < (k + d) % n || d === 8) requests.push({ id: `r${k}_${d}`, a: `p${k}`, b: `p${(k + d) % n}` });
  return { slots, tables: Array.from({ length: 5 }, (_, k) => ({ id: `t${k + 1}` })), participants, requests };
};

const fake = (solution: Partial<MipSolution> | (() => never)): MipSolver => async () => (typeof solution === 'function' ? solution() : { values: new Map(), status: 'error', ...solution });

describe('scheduleExact', () => {
  it('proves a plan optimal with HiGHS: valid, breaks as countBreaks counts them', async () => {
    const instance = forcedBreak();
    const result = await scheduleExact(instance, await nodeHighsSolver(), { timeLimitMs: 5_000 });
    expect(result).toMatchObject({ certificate: 'optimal', mipStatus: 'optimal', gap: 0 });
    expect(result.message).toBeUndefined();
    const { plan } = result;
    expect(checkPlan(instance, plan.meetings)).toEqual([]);
    const breaks = countBreaks(instance, plan.meetings);
    expect(plan.stats).toMatchObject({ scheduled: 3, weight: 7, upperBound: 7, breaks: breaks.total, maxBreaks: breaks.max, minBreaks: breaks.min });
    expect(breaks.total).toBe(1);
  });

  it('needs no solver when the heuristic holds all the weight there is with no breaks', async () => {
    const instance: ScheduleInstance = { ...forcedBreak(), requests: forcedBreak().requests.slice(0, 1) };
    const never: MipSolver = () => Promise.reject(new Error('not called'));
    const result = await scheduleExact(instance, never, { timeLimitMs: 1_000 });
    expect(result).toMatchObject({ certificate: 'optimal', mipStatus: 'not-run' });
  });

  it.each<[string, MipSolver, RegExp]>([
    ['reports an error', fake({ status: 'error', message: 'boom' }), /求解出错：boom/],
    ['calls its model infeasible', fake({ status: 'infeasible' }), /模型无可行解/],
    ['finds nothing in time', fake({ status: 'timeout-no-solution' }), /时限内未找到解/],
    ['throws', fake(() => { throw new Error('wasm gone'); }), /wasm gone/],
    ['claims optimal with an empty plan', fake({ status: 'optimal', objective: 0 }), /目标值与其解不符|不如启发式排期/],
    ['claims optimal with every variable at 1', async (lp) => ({ status: 'optimal', values: new Map([...lp.matchAll(/\bx\d+_\d+\b/g)].map((m) => [m[0], 1])) }), /多个时段/],
    ['claims optimal with B in two meetings at once', fake({ status: 'optimal', values: new Map([['x0_0', 1], ['x1_2', 1], ['x2_0', 1]]) }), /未通过校验/],
  ])('keeps the heuristic plan, and says why, when the solver %s', async (_name, solver, reason) => {
    const instance = forcedBreak();
    const result = await scheduleExact(instance, solver, { timeLimitMs: 1_000 });
    expect(result.certificate).toBe('heuristic-kept');
    expect(result.message).toMatch(reason);
    expect(result.message).toContain('保留启发式排期');
    expect(checkPlan(instance, result.plan.meetings)).toEqual([]);
    expect(result.plan.stats.weight).toBe(7);
  });

  it('stops within its time limit, with a valid plan', async () => {
    const instance = busyFair();
    const started = Date.now();
    const result = await scheduleExact(instance, await nodeHighsSolver(), { timeLimitMs: 2_000, maxBreakSpread: 2 });
    const elapsed = Date.now() - started;
    expect(elapsed).toBeLessThan(2_000 + 1_500);
    expect(checkPlan(instance, result.plan.meetings)).toEqual([]);
    expect(result.plan.stats.breaks).toBe(countBreaks(instance, result.plan.meetings).total);
    expect(['optimal', 'improved', 'heuristic-kept']).toContain(result.certificate);
  }, 20_000);

  it(`refuses more than ${EXACT_MAX_REQUESTS} requests, in Chinese`, async () => {
    const instance: ScheduleInstance = {
      slots: [{ id: 's1' }],
      tables: [{ id: 't1' }],
      participants: Array.from({ length: 2 * (EXACT_MAX_REQUESTS + 1) }, (_, k) => ({ id: `p${k}` })),
      requests: Array.from({ length: EXACT_MAX_REQUESTS + 1 }, (_, k) => ({ id: `r${k}`, a: `p${2 * k}`, b: `p${2 * k + 1}` })),
    };
    await expect(scheduleExact(instance, fake({}), { timeLimitMs: 1_000 })).rejects.toThrow(/精确模式只适用于不超过 400 个约谈申请/);
  });
});
