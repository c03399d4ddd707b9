import { longTasks, now } from '../registry/frames';
import type { BundlesApi, BundlesWindow, WorkerReply } from './protocol';

/**
 * The bundles benchmark page: starts the measurement in a module worker
 * (bench/pages/bundles/worker.ts) and watches its own main thread meanwhile,
 * so the report can say whether the page would have stayed responsive.
 */
const tasks = longTasks();

const api: BundlesApi = {
  run: (params) =>
    new Promise((resolve, reject) => {
      const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
      tasks.clear();
      const t0 = now();
      worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
        const reply = event.data;
        if (reply.type === 'log') {
          console.log(reply.line);
          return;
        }
        const t1 = now();
        worker.terminate();
        if (reply.type === 'failed') reject(new Error(reply.message));
        else resolve({ measurement: reply.measurement, longTasksMs: tasks.between(t0, t1), wallMs: t1 - t0 });
      });
      worker.addEventListener('error', (event) => reject(new Error(`the worker failed: ${event.message}`)));
      worker.postMessage(params);
    }),
};

Object.assign(window, { bundlesBench: api } satisfies BundlesWindow);
