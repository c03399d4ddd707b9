import type { BackupEntry, Bridge, BridgeResult, QuitHooks } from '@shared/bridge';
import { backupsToDelete, type BackupReason } from '@shared/sync/backupRotation';
import { getQuitHooks } from '../platform/quitHooks';

export const DEFAULT_BACKUP_INTERVAL_MS = 5 * 60 * 1000;

/** A snapshot bundle ready to be stored, named by `backupName`. */
export type BackupSnapshot = { name: string; data: Uint8Array };

type PageVisibility = Pick<Document, 'visibilityState' | 'addEventListener' | 'removeEventListener'>;

export type BackupSchedulerOptions = {
  bridge: Pick<Bridge, 'backup:write' | 'backup:list' | 'backup:delete'>;
  /** Bundles the open event; `undefined` when there is nothing to back up (no event open). */
  makeSnapshot: (reason: BackupReason) => Promise<BackupSnapshot | undefined>;
  intervalMs?: number;
  /**
   * Whether anything was written since `lastBackupAt`, when the last stored
   * snapshot of this session was taken (`undefined` before the first). Timed
   * and quit backups are skipped when not; a manual one is always made.
   */
  hasChanges: (lastBackupAt: Date | undefined) => boolean | Promise<boolean>;
  /** Every failure ends here, never in a timer; bridge failures carry its Chinese message. */
  onError: (error: Error, reason: BackupReason) => void;
  now?: () => Date;
  /** Electron's quit hooks, `window.dockingDeskQuit` by default. */
  quitHooks?: QuitHooks;
  /** Where the browser says the page was hidden, `document` by default. */
  page?: PageVisibility;
};

export type BackupScheduler = {
  /** Stops the timer and the quit hooks; a backup already running finishes. */
  stop: () => void;
  /** Queued behind a running backup. Resolves to the backup written, or `undefined` when skipped or failed. */
  backupNow: (reason: BackupReason) => Promise<BackupEntry | undefined>;
};

const asError = (error: unknown): Error => (error instanceof Error ? error : new Error(String(error)));

const valueOf = <T>(result: BridgeResult<T>): T => {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

/**
 * 自动备份: a snapshot bundle every `intervalMs` while something changed, and
 * one more when the app closes — in Electron when the window is closing (main
 * waits a few seconds for it), in a browser when the page is hidden, the last
 * moment a page can count on (best effort: a closing tab may not finish it).
 * After each backup the folder is rotated by `backupsToDelete`.
 */
export const startBackupScheduler = (options: BackupSchedulerOptions): BackupScheduler => {
  const { bridge, makeSnapshot, hasChanges, onError, intervalMs = DEFAULT_BACKUP_INTERVAL_MS, now = () => new Date() } = options;
  let lastBackupAt: Date | undefined;
  /** Backups running or waiting; one runs at a time, the others wait their turn on `queue`. */
  let pending = 0;
  let queue: Promise<unknown> = Promise.resolve();

  const rotate = async (reason: BackupReason): Promise<void> => {
    try {
      const entries = valueOf(await bridge['backup:list']());
      for (const name of backupsToDelete(entries, now())) valueOf(await bridge['backup:delete']({ name }));
    } catch (error) {
      onError(asError(error), reason);
    }
  };

  const runOnce = async (reason: BackupReason): Promise<BackupEntry | undefined> => {
    try {
      if (reason !== 'manual' && !(await hasChanges(lastBackupAt))) return undefined;
      const takenAt = now();
      const snapshot = await makeSnapshot(reason);
      if (snapshot === undefined) return undefined;
      const written = valueOf(await bridge['backup:write'](snapshot));
      lastBackupAt = takenAt;
      await rotate(reason);
      return written;
    } catch (error) {
      onError(asError(error), reason);
      return undefined;
    }
  };

  const backupNow = (reason: BackupReason): Promise<BackupEntry | undefined> => {
    pending += 1;
    const run = queue
      .then(() => runOnce(reason))
      .finally(() => {
        pending -= 1;
      });
    queue = run;
    return run;
  };

  // A tick while a backup is still running or queued adds nothing: that one already covers it.
  const timer = setInterval(() => {
    if (pending === 0) void backupNow('auto');
  }, intervalMs);

  const quitHooks = options.quitHooks ?? getQuitHooks();
  const page = quitHooks === undefined ? (options.page ?? globalThis.document) : undefined;
  const onVisibilityChange = (): void => {
    if (page?.visibilityState === 'hidden') void backupNow('quit');
  };
  page?.addEventListener('visibilitychange', onVisibilityChange);
  const unsubscribeQuit = quitHooks?.onBeforeQuit(async () => {
    await backupNow('quit');
  });

  return {
    stop: () => {
      clearInterval(timer);
      page?.removeEventListener('visibilitychange', onVisibilityChange);
      unsubscribeQuit?.();
    },
    backupNow,
  };
};
