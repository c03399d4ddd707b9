import { exportBundle, type ExportedBundle, type ExportRequest } from './bundleExport';
import type { ExportJob, ExportReply } from './bundleWorker';
import type { DeskDatabase } from './database';
import { startWorker } from '../platform/startWorker';

let nextId = 0;

/**
 * `exportBundle` off the main thread: reading 25,000 records, serialising,
 * hashing and zipping them froze the window for over a second at a time, and
 * a backup runs every five minutes while the floor is being worked. Without
 * workers (jsdom) or when the worker cannot start, it runs here: same bytes,
 * slower to the eye.
 */
export const exportInWorker = (db: DeskDatabase, request: ExportRequest): Promise<ExportedBundle> => {
  const worker = startWorker(() => new Worker(new URL('./bundleWorker.ts', import.meta.url), { type: 'module' }));
  if (worker === undefined) return exportBundle(db, request);
  const id = nextId++;
  const { onProgress, ...job } = request;
  return new Promise<ExportedBundle>((resolve, reject) => {
    worker.addEventListener('message', (event: MessageEvent<ExportReply>) => {
      const reply = event.data;
      if (reply.id !== id) return;
      if (reply.type === 'progress') {
        onProgress?.(reply.done, reply.total);
        return;
      }
      worker.terminate();
      if (reply.type === 'done') resolve(reply.bundle);
      else reject(new Error(reply.error));
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      worker.terminate();
      exportBundle(db, request).then(resolve, reject);
    });
    worker.postMessage({ id, dbName: db.name, request: job } satisfies ExportJob);
  });
};
