import type { ScheduleProgress } from '@shared/scheduling';
import type { PlanOutcome, PlanReply, PlanRequest } from './protocol';
import { servePlan, type PlanDeps } from './servePlan';

/**
 * 自动排期 off the window's thread: a run can be cancelled (the worker is
 * terminated: the search is synchronous, so it cannot be asked to stop) and
 * reports the best plan's figures while it searches.
 */
export type PlanRun = { result: Promise<PlanOutcome>; cancel(): void };
export type PlanRunner = (request: PlanRequest, onProgress: (progress: ScheduleProgress) => void) => PlanRun;

export const cancelledError = (): Error => new DOMException('已取消排期', 'AbortError');
export const isCancelled = (error: unknown): boolean => error instanceof DOMException && error.name === 'AbortError';

const settle = (reply: PlanReply, resolve: (outcome: PlanOutcome) => void, reject: (error: Error) => void, onProgress: (p: ScheduleProgress) => void): boolean => {
  if (reply.type === 'progress') {
    onProgress(reply.progress);
    return false;
  }
  if (reply.type === 'done') {
    const { type: _done, ...outcome } = reply;
    resolve(outcome);
  }
  else reject(new Error(reply.message));
  return true;
};

/** A fresh module worker per run, so cancelling one never leaves a busy worker behind. */
export const workerPlanRunner: PlanRunner = (request, onProgress) => {
  const worker = new Worker(new URL('./scheduleWorker.ts', import.meta.url), { type: 'module', name: 'scheduling' });
  let cancel = () => {};
  const result = new Promise<PlanOutcome>((resolve, reject) => {
    cancel = () => {
      worker.terminate();
      reject(cancelledError());
    };
    worker.addEventListener('message', (event: MessageEvent<PlanReply>) => {
      if (settle(event.data, resolve, reject, onProgress)) worker.terminate();
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      worker.terminate();
      reject(new Error(`排期程序无法启动：${event.message || '脚本无法加载'}`));
    });
    worker.postMessage(request);
  });
  return { result, cancel: () => cancel() };
};

/** The same run in this thread, for tests (jsdom has no workers); cancel still rejects. */
export const inThreadPlanRunner =
  (deps: PlanDeps = {}): PlanRunner =>
  (request, onProgress) => {
    let cancelled = false;
    let cancel = () => {};
    const result = new Promise<PlanOutcome>((resolve, reject) => {
      cancel = () => {
        cancelled = true;
        reject(cancelledError());
      };
      // A macrotask later, as a worker would answer: the caller sees the run start before it ends.
      setTimeout(() => {
        if (cancelled) return;
        void servePlan(request, (reply) => void settle(reply, resolve, reject, onProgress), deps);
      }, 0);
    });
    return { result, cancel: () => cancel() };
  };
