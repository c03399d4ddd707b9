import type { MergePlan } from '@shared/sync/mergeStates';
import { maxStamp } from '@shared/sync/mergeStates';
import { commitImport, previewImport, type ImportOutcome, type ImportPreview } from './bundleImport';
import type { DeskDatabase } from './database';
import { deskClock } from './deskClock';

/** What the page needs of a plan: the figures, not the 25,000 merged records. */
export type PlanSummary = Pick<MergePlan, 'counts' | 'newConflicts'> & { writes: number };

/** A preview as the page shows it; the records stay where the import runs. */
export type PreviewSummary = Omit<ImportPreview, 'state' | 'plan' | 'basis'> & {
  plan: PlanSummary;
  /** The newest stamp in the bundle: the page's clock moves past it before the commit. */
  newest?: string;
};

export type CommitSummary = { bundleId: string; eventId: string; plan: PlanSummary };

/** One import, from a preview to its commit (or to `close` when the organiser cancels). */
export type ImportSession = {
  preview(bytes: Uint8Array, passphrase?: string): Promise<ImportOutcome<PreviewSummary>>;
  commit(): Promise<ImportOutcome<CommitSummary>>;
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

/**
 * An import run in this thread: the worker's body, and the page's own path
 * where workers are missing (jsdom) or cannot start.
 */
export const localImportSession = (db: DeskDatabase): ImportSession => {
  let current: ImportPreview | undefined;
  return {
    async preview(bytes, passphrase) {
      const result = await previewImport(db, bytes, { passphrase });
      current = result.ok ? result.value : undefined;
      return result.ok ? { ok: true, value: summarisePreview(result.value) } : result;
    },
    async commit() {
      if (!current) return NOT_PREVIEWED;
      const result = await commitImport(db, current);
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
export type ImportReply = { id: number; result: ImportOutcome<PreviewSummary | CommitSummary> };

/**
 * An import run in a worker of its own, which keeps the bundle's records
 * between the preview and the commit: reading, checking, planning and writing
 * 25,000 records froze the window for seconds. Before the commit the page's
 * clock moves past the bundle's newest stamp, so the organiser's next edit
 * here is stamped after everything imported.
 */
export const openImportSession = (db: DeskDatabase): ImportSession => {
  if (typeof Worker === 'undefined') return localImportSession(db);
  let worker: Worker;
  try {
    worker = new Worker(new URL('./bundleWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    return localImportSession(db);
  }
  let nextId = 0;
  let newest: string | undefined;
  const ask = <T>(request: Ask, transfer: Transferable[] = []) =>
    new Promise<ImportOutcome<T>>((resolve) => {
      const id = nextId++;
      const onMessage = (event: MessageEvent<ImportReply>) => {
        if (event.data.id !== id) return;
        worker.removeEventListener('message', onMessage);
        resolve(event.data.result as ImportOutcome<T>);
      };
      worker.addEventListener('message', onMessage);
      worker.postMessage({ ...request, id, dbName: db.name }, { transfer });
    });
  return {
    async preview(bytes, passphrase) {
      const copy = bytes.slice();
      const result = await ask<PreviewSummary>({ type: 'preview', bytes: copy, ...(passphrase === undefined ? {} : { passphrase }) }, [copy.buffer]);
      newest = result.ok ? result.value.newest : undefined;
      return result;
    },
    async commit() {
      if (newest !== undefined) (await deskClock(db)).observe(newest);
      return ask<CommitSummary>({ type: 'commit' });
    },
    close() {
      worker.terminate();
    },
  };
};
