import { exportBundle, type ExportRequest } from './bundleExport';
import { openDeskDatabase, type DeskDatabase } from './database';
import type { ImportProgress } from './importProgress';
import { localImportSession, type ImportReply, type ImportRequest, type ImportSession } from './importSession';

/** What the page asks: one export of the named database. */
export type ExportJob = { id: number; dbName: string; request: Omit<ExportRequest, 'onProgress'> };

/** What the worker answers: progress while packing, then the bundle or the error's message. */
export type ExportReply =
  | { id: number; type: 'progress'; done: number; total: number }
  | { id: number; type: 'done'; bundle: Awaited<ReturnType<typeof exportBundle>> }
  | { id: number; type: 'failed'; error: string };

const post = (reply: ExportReply | ImportReply, transfer: Transferable[] = []) => self.postMessage(reply, { transfer });

/** An import session lives as long as its worker: the preview's records wait here for the commit. */
let importing: { db: DeskDatabase; session: ImportSession } | undefined;

const runImport = async (request: ImportRequest): Promise<void> => {
  importing ??= (() => {
    const db = openDeskDatabase(request.dbName);
    return { db, session: localImportSession(db) };
  })();
  const { session } = importing;
  // The session throttles these, so the page gets a few messages a second at most.
  const onProgress = (progress: ImportProgress) => post({ id: request.id, type: 'progress', progress });
  try {
    const result = request.type === 'preview' ? await session.preview(request.bytes, request.passphrase, onProgress) : await session.commit(onProgress);
    post({ id: request.id, type: 'done', result });
  } catch (error) {
    post({ id: request.id, type: 'done', result: { ok: false, error: { code: 'FAILED', message: `导入失败，数据未作任何修改：${error instanceof Error ? error.message : String(error)}` } } });
  }
};

/**
 * Entry of the bundle worker, on its own connection to the database
 * (IndexedDB is shared by the page and its workers). An export reads the
 * event, packs, signs and compresses, and hands back the bytes without copying
 * them; an import session previews a bundle and later commits it.
 */
self.addEventListener('message', (event: MessageEvent<ExportJob | ImportRequest>) => {
  if ('type' in event.data) {
    void runImport(event.data);
    return;
  }
  const { id, dbName, request } = event.data;
  const db = openDeskDatabase(dbName);
  exportBundle(db, { ...request, onProgress: (done, total) => post({ id, type: 'progress', done, total }) })
    .then(
      (bundle) => post({ id, type: 'done', bundle }, [bundle.data.buffer]),
      (error: unknown) => post({ id, type: 'failed', error: error instanceof Error ? error.message : String(error) }),
    )
    .finally(() => db.close());
});
