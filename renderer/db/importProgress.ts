import type { SyncKind } from '@shared/sync/kinds';

/** The steps of an import's preview, in the order they run (解密 only for an encrypted bundle). */
export const PREVIEW_STAGES = ['decrypt', 'verify', 'readLocal', 'compare'] as const;
export type PreviewStage = (typeof PREVIEW_STAGES)[number];

/**
 * How far an import has got: a preview step, or the commit's records written
 * so far (`done` of `total` over every kind, `kindDone` of `kindTotal` in the
 * kind being written).
 */
export type ImportProgress =
  | { stage: PreviewStage }
  | { stage: 'write'; kind: SyncKind; kindDone: number; kindTotal: number; done: number; total: number };

export type OnImportProgress = (progress: ImportProgress) => void;

/** At most ten reports a second reach the page: each one is a message and a render. */
export const PROGRESS_INTERVAL_MS = 100;

export type ThrottledProgress = { report: OnImportProgress; flush: () => void };

/**
 * Passes a report at once when the last one went out long enough ago, else
 * keeps the newest and sends it when the interval is up, so the page never
 * stays on a step that is over. `flush` sends what is kept before the answer.
 */
export const throttleProgress = (send: OnImportProgress, intervalMs = PROGRESS_INTERVAL_MS, now: () => number = () => Date.now()): ThrottledProgress => {
  let last = -Infinity;
  let kept: ImportProgress | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (kept === undefined) return;
    const progress = kept;
    kept = undefined;
    last = now();
    send(progress);
  };
  const report = (progress: ImportProgress) => {
    kept = progress;
    const wait = last + intervalMs - now();
    if (wait <= 0) flush();
    else timer ??= setTimeout(flush, wait);
  };
  return { report, flush };
};
