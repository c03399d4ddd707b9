import { longTasks, now, sleep } from '../registry/frames';
import type { Timed } from './protocol';

/**
 * Times one call of the app's code with the main thread otherwise idle, and
 * collects the long tasks that overlapped it: the organiser's window is frozen
 * for each of them, whatever the total time.
 */
const QUIET_MS = 300;
/** Long-task entries are queued when the task ends: a macrotask later they can be taken. */
const REPORT_MS = 50;

const tasks = longTasks();

export const timed = async <T>(run: () => Promise<T>): Promise<{ value: T; timing: Timed }> => {
  await sleep(QUIET_MS);
  tasks.clear();
  const t0 = now();
  const value = await run();
  const t1 = now();
  await sleep(REPORT_MS);
  return { value, timing: { ms: t1 - t0, longTasksMs: tasks.between(t0, t1) } };
};
