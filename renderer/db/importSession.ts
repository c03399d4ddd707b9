import type { MergePlan } from '@shared/sync/mergeStates';
import { maxStamp } from '@shared/sync/mergeStates';
import { commitImport, previewImport, type ImportOutcome, type ImportPreview } from './bundleImport';
import type { DeskDatabase } from './database';
import { deskClock } from './deskClock';
import { throttleProgress, type ImportProgress, type OnImportProgress } from './importProgress';
import { startWorker } from '../platform/startWorker';

/** What the page needs of a plan: the figures, not the 25,000 merged records. */
export type PlanSummary = Pick<MergePlan, 'counts' | 'newConflicts'> & { writes: number };

/** A preview as the page shows it; the records stay where the import runs. */
export type PreviewSummary = Omit<ImportPreview, 'state' | 'plan' | 'basis'> & {
  plan: PlanSummary;
  /** The newest stamp in the bundle: the page's clock moves past it before the commit. */
  newest?: string;
};

export type CommitSummary = { bundleId: string; eventId: string; plan: PlanSummary };

/**
 * One import, from a preview to its commit (or to `close` when the organiser
 * cancels). `onProgress` hears at most ten reports a second, the last one
 * before the answer.
 */
export type ImportSession = {
  preview(bytes: Uint8Array, passphrase?: string, onProgress?: OnImportProgress): Promise<ImportOutcome<PreviewSummary>>;
  commit(onProgress?: OnImportProgress): Promise<ImportOutcome<CommitSummary>>;
  close(): void;
};

/** Records the import adds and changes, over every kind. */
export const planTotals = (plan: Pick<PlanSummary, 'counts'>): { added: number; changed: number } => {
  const counts = Object.values(plan.counts);
  return { added: counts.reduce((n, c) => n + c.added, 0), changed: counts.reduce((n, c) => n + c.changed, 0) };
};

export const summarisePlan = (plan: MergePlan): PlanSummary => ({ counts: plan.counts, newConflicts: plan.newConflicts, writes: plan.writes.length });

export const summarisePreview = (preview: ImportPreview): PreviewSummary => {
  const { state, plan, basis: _basis, ...rest } = preview;
  const newest = maxStamp(state);
  return { ...rest, plan: summarisePlan(plan), ...(newest ? { newest } : {}) };
};

const NOT_PREVIEWED: ImportOutcome<never> = { ok: false, error: { code: 'NOT_PREVIEWED', message: '请先选择数据包并查看预览' } };

/** Runs `work` with a throttled reporter, sending the report it kept before the answer (or the failure). */
const throttled = async <T>(onProgress: OnImportProgress | undefined, work: (report?: OnImportProgress) => Promise<T>): Promise<T> => {
  if (!onProgress) return work();
  const progress = throttleProgress(onProgress);
  try {
    return await work(progress.report);
  } finally {
    progress.flush();
  }
};

/**
 * An import run in this thread: the worker's body, and the page's own path
 * where workers are missing (jsdom) or cannot start.
 */
export const localImportSession = (db: DeskDatabase): ImportSession => {
  let current: ImportPreview | undefined;
  return {
    async preview(bytes, passphrase, onProgress) {
      const result = await throttled(onProgress, (report) => previewImport(db, bytes, { passphrase, ...(report ? { onProgress: report } : {}) }));
      current = result.ok ? result.value : undefined;
      return result.ok ? { ok: true, value: summarisePreview(result.value) } : result;
    },
    async commit(onProgress) {
      if (!current) return NOT_PREVIEWED;
      const preview = current;
      const result = await throttled(onProgress, (report) => commitImport(db, preview, report ? { onProgress: report } : {}));
      current = undefined;
      return result.ok ? { ok: true, value: { ...result.value, plan: summarisePlan(result.value.plan) } } : result;
    },
    close() {
      current = undefined;
    },
  };
};

type Ask = { type: 'preview'; bytes: Uint8Array; passphrase?: string } | { type: 'commit' };
export type ImportRequest = Ask & { id: number; dbName: string };
/** What the worker answers: progress while it works, then the outcome. */
export type ImportReply = { id: number; type: 'progress'; progress: ImportProgress } | { id: number; type: 'done'; result: ImportOutcome<PreviewSummary | CommitSummary> };

/**
 * An import run in a worker of its own, which keeps the bundle's records
 * between the preview and the commit: reading, checking, planning and writing
 * 25,000 records froze the window for seconds. Before the commit the page's
 * clock moves past the bundle's newest stamp, so the organiser's next edit
 * here is stamped after everything imported.
 */
export const openImportSession = (db: DeskDatabase): ImportSession => {
  const worker = startWorker(() => new Worker(new URL('./bundleWorker.ts', import.meta.url), { type: 'module' }));
  if (worker === undefined) return localImportSession(db);
  let nextId = 0;
  let newest: string | undefined;
  const ask = <T>(request: Ask, onProgress: OnImportProgress | undefined, transfer: Transferable[] = []) =>
    new Promise<ImportOutcome<T>>((resolve) => {
      const id = nextId++;
      const onMessage = (event: MessageEvent<ImportReply>) => {
        const reply = event.data;
        if (reply.id !== id) return;
        if (reply.type === 'progress') {
          onProgress?.(reply.progress);
          return;
        }
        worker.removeEventListener('message', onMessage);
        resolve(reply.result as ImportOutcome<T>);
      };
      worker.addEventListener('message', onMessage);
      worker.postMessage({ ...request, id, dbName: db.name }, { transfer });
    });
  return {
    async preview(bytes, passphrase, onProgress) {
      const copy = bytes.slice();
      const result = await ask<PreviewSummary>({ type: 'preview', bytes: copy, ...(passphrase === undefined ? {} : { passphrase }) }, onProgress, [copy.buffer]);
      newest = result.ok ? result.value.newest : undefined;
      return result;
    },
    async commit(onProgress) {
      if (newest !== undefined) (await deskClock(db)).observe(newest);
      return ask<CommitSummary>({ type: 'commit' }, onProgress);
    },
    close() {
      worker.terminate();
    },
  };
};
