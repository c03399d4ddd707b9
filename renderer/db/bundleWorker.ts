import { exportBundle, type ExportRequest } from './bundleExport';
import { openDeskDatabase } from './database';

/** What the page asks: one export of the named database. */
export type ExportJob = { id: number; dbName: string; request: Omit<ExportRequest, 'onProgress'> };

/** What the worker answers: progress while packing, then the bundle or the error's message. */
export type ExportReply =
  | { id: number; type: 'progress'; done: number; total: number }
  | { id: number; type: 'done'; bundle: Awaited<ReturnType<typeof exportBundle>> }
  | { id: number; type: 'failed'; error: string };

const post = (reply: ExportReply, transfer: Transferable[] = []) => self.postMessage(reply, { transfer });

/**
 * Entry of the bundle worker: reads the event from its own connection to the
 * database (IndexedDB is shared by the page and its workers), packs, signs and
 * compresses, and hands back the bytes without copying them.
 */
self.addEventListener('message', (event: MessageEvent<ExportJob>) => {
  const { id, dbName, request } = event.data;
  const db = openDeskDatabase(dbName);
  exportBundle(db, { ...request, onProgress: (done, total) => post({ id, type: 'progress', done, total }) })
    .then(
      (bundle) => post({ id, type: 'done', bundle }, [bundle.data.buffer]),
      (error: unknown) => post({ id, type: 'failed', error: error instanceof Error ? error.message : String(error) }),
    )
    .finally(() => db.close());
});
