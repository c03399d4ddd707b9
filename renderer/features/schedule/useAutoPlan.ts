import { useCallback } from 'react';
import { useStore } from 'zustand';
import { App } from 'antd';
import { EXACT_MAX_REQUESTS } from '@shared/scheduling';
import { applyPlan } from '../../db/meetings';
import { useDesk } from '../../app/DeskContext';
import { isCancelled } from './client/planRunner';
import { usePlanRunner } from './client/PlanRunnerContext';
import { useScheduleUi } from './store';
import type { ScheduleModel } from './useScheduleModel';

/** Starts 自动排期 on the model as it is now, and applies a reviewed plan. */
export const useAutoPlan = (model: ScheduleModel) => {
  const db = useDesk();
  const runner = usePlanRunner();
  const { message } = App.useApp();
  const { scope, timeLimitMs, maxBreakSpread, exact } = useStore(useScheduleUi, (s) => s);

  const start = useCallback(() => {
    const { setJob } = useScheduleUi.getState();
    const basis = model.basis;
    let cancel = () => {};
    const startedAt = Date.now();
    const run = runner(
      { instance: model.fair.instance, options: { timeLimitMs, seed: 1, ...(maxBreakSpread === null ? {} : { maxBreakSpread }) }, ...(exact && model.fair.instance.requests.length <= EXACT_MAX_REQUESTS ? { exact } : {}) },
      (progress) => {
        if (useScheduleUi.getState().job.phase === 'running') setJob({ phase: 'running', progress, startedAt, timeLimitMs, cancel });
      },
    );
    cancel = run.cancel;
    setJob({ phase: 'running', startedAt, timeLimitMs, cancel });
    run.result.then(
      (outcome) => setJob({ phase: 'review', ...outcome, basis, scope }),
      (error: unknown) => setJob(isCancelled(error) ? { phase: 'idle' } : { phase: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
  }, [model, runner, scope, timeLimitMs, maxBreakSpread, exact]);

  const apply = useCallback(async () => {
    const { job, setJob } = useScheduleUi.getState();
    if (job.phase !== 'review') return;
    const result = await applyPlan(db, model.records.event.id, job.plan.meetings, { basis: job.basis, scope: job.scope });
    if (!result.ok) {
      void message.error(result.issues.map((i) => i.message).join('；'));
      return;
    }
    setJob({ phase: 'idle' });
    const { created, moved, removed } = result.value;
    void message.success(created + moved + removed === 0 ? '新方案与当前排期相同，无需调整' : `已应用新方案：新增 ${created} 场，调整 ${moved} 场，移除 ${removed} 场`);
  }, [db, message, model.records.event.id]);

  return { start, apply };
};
