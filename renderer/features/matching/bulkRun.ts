import type { MatchClient } from './client/types';
import { useMatchingUi, type BulkTarget } from './store';

const isAbort = (e: unknown, signal: AbortSignal): boolean => signal.aborted || (e instanceof Error && e.name === 'AbortError');

/**
 * 为所有需求生成推荐: every need's top-k in the worker, with progress in the
 * store so the modal (or any page) can show it, and a cancel that stops the
 * worker between needs. Resolves with whether the run finished.
 */
export const runBulk = async (client: MatchClient, target: BulkTarget, top: number, excludeByNeed: Readonly<Record<string, readonly string[]>>): Promise<boolean> => {
  const { setBulk, finishBulk, bulk: previous } = useMatchingUi.getState();
  const controller = new AbortController();
  const cancel = () => controller.abort();
  // The fair may be closed (and the store reset) before the worker answers: then the answer is dropped.
  const current = () => {
    const { bulk } = useMatchingUi.getState();
    return bulk.phase === 'running' && bulk.cancel === cancel ? bulk : undefined;
  };
  setBulk({ phase: 'running', target, top, progress: { done: 0, total: 0 }, cancel });
  try {
    const results = await client.bulk({
      target,
      top,
      excludeByNeed,
      signal: controller.signal,
      onProgress: (progress) => {
        const bulk = current();
        if (bulk && !controller.signal.aborted) setBulk({ ...bulk, progress });
      },
    });
    if (!current()) return false;
    finishBulk(target, top, results);
    return true;
  } catch (e) {
    if (!current()) return false;
    // A cancelled run leaves the last finished review as it was.
    if (isAbort(e, controller.signal)) setBulk(previous.phase === 'done' ? previous : { phase: 'idle' });
    else setBulk({ phase: 'failed', target, top, message: e instanceof Error ? e.message : String(e) });
    return false;
  }
};
