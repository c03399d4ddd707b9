import { runImportJob, type ImportJob } from './importJobs';

/** Entry of the import worker: one job per message, answered with the same id. */
self.addEventListener('message', (event: MessageEvent<{ id: number; job: ImportJob }>) => {
  const { id, job } = event.data;
  runImportJob(job).then(
    (result) => self.postMessage({ id, ok: true, result }),
    (error: unknown) => self.postMessage({ id, ok: false, error: error instanceof Error ? error.message : String(error) }),
  );
});
