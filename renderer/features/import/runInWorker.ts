import type { ImportJob, ImportJobResult } from './importJobs';
import { startWorker } from '../../platform/startWorker';

type Reply = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: string };

let nextId = 0;

/** The main-thread path, loaded only when needed so that the window's bundle does not carry the parsers. */
const runHere = async <J extends ImportJob>(job: J): Promise<ImportJobResult<J>> => (await import('./importJobs')).runImportJob(job);

/**
 * Runs an import job off the main thread so that reading a big workbook or
 * planning 50,000 rows never freezes the window. A fresh worker per job keeps
 * no state between imports; without workers (jsdom) or if the worker cannot
 * start, the job runs here instead: slower to the eye, same result.
 */
export const runInWorker = <J extends ImportJob>(job: J): Promise<ImportJobResult<J>> => {
  const worker = startWorker(() => new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' }));
  if (worker === undefined) return runHere(job);
  const id = nextId++;
  return new Promise<ImportJobResult<J>>((resolve, reject) => {
    worker.addEventListener('message', (event: MessageEvent<Reply>) => {
      if (event.data.id !== id) return;
      worker.terminate();
      // The worker ran the same function on the same job; the reply carries its result.
      if (event.data.ok) resolve(event.data.result as ImportJobResult<J>);
      else reject(new Error(event.data.error));
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      worker.terminate();
      runHere(job).then(resolve, reject);
    });
    worker.postMessage({ id, job });
  });
};
