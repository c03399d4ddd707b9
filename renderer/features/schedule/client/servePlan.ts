import { exactRefusal, parseInstance, schedule, scheduleExact, type MipSolver } from '@shared/scheduling';
import type { PlanReply, PlanRequest } from './protocol';

/** Where the exact mode's solver comes from: the worker loads HiGHS; tests pass a fake or none. */
export type PlanDeps = { solver?: () => Promise<MipSolver> };

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * One planning run, as the worker serves it and as tests run it in-thread:
 * the instance is checked first (a record the organiser broke gives a
 * Chinese sentence, not a crash), then planned with progress, or exactly.
 */
export const servePlan = async (request: PlanRequest, reply: (message: PlanReply) => void, deps: PlanDeps = {}): Promise<void> => {
  try {
    const parsed = parseInstance(request.instance);
    if (!parsed.ok) {
      reply({ type: 'error', message: `排期数据有误：${parsed.problem.zh}` });
      return;
    }
    if (request.exact) {
      const refusal = exactRefusal(parsed.instance);
      if (refusal) return reply({ type: 'error', message: refusal });
      if (!deps.solver) return reply({ type: 'error', message: '精确求解在此环境不可用' });
      const solver = await deps.solver();
      const result = await scheduleExact(parsed.instance, solver, { timeLimitMs: request.options.timeLimitMs ?? 30_000, ...pick(request) });
      reply({ type: 'done', plan: result.plan, certificate: result.certificate, ...(result.message ? { note: result.message } : {}) });
      return;
    }
    const plan = schedule(parsed.instance, { ...request.options, onProgress: (progress) => reply({ type: 'progress', progress }) });
    reply({ type: 'done', plan });
  } catch (error) {
    reply({ type: 'error', message: `排期计算失败：${messageOf(error)}` });
  }
};

const pick = ({ options }: PlanRequest) => ({
  ...(options.maxBreakSpread === undefined ? {} : { maxBreakSpread: options.maxBreakSpread }),
  ...(options.seed === undefined ? {} : { seed: options.seed }),
});
