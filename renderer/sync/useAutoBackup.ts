import { createContext, useContext, useEffect, useMemo, useRef } from 'react';
import { App as AntApp } from 'antd';
import { backupSnapshot, changedSinceBackup } from '../db/backupSnapshot';
import type { DeskDatabase } from '../db/database';
import { getBridge } from '../platform/bridge';
import { startBackupScheduler, type BackupScheduler } from './backupScheduler';

/** 立即备份 for the 数据交换 page: resolves to undefined while no fair is open or when the backup failed. */
export type Backups = Pick<BackupScheduler, 'backupNow'>;
export const BackupContext = createContext<Backups | undefined>(undefined);
export const useBackups = (): Backups | undefined => useContext(BackupContext);

/**
 * Backs up the open fair every five minutes while something changed, and when
 * the app closes. A failure is shown once per kind of failure, never repeated
 * every five minutes.
 */
export const useAutoBackup = (db: DeskDatabase, eventId: string | undefined): Backups => {
  const { notification } = AntApp.useApp();
  const running = useRef<BackupScheduler>(undefined);
  useEffect(() => {
    if (eventId === undefined) return undefined;
    const shown = new Set<string>();
    const started = startBackupScheduler({
      bridge: getBridge(),
      makeSnapshot: (reason) => backupSnapshot(db, eventId, reason),
      hasChanges: () => changedSinceBackup(db, eventId),
      onError: (error) => {
        if (shown.has(error.message)) return;
        shown.add(error.message);
        notification.warning({ title: '自动备份未完成', description: error.message, duration: 0 });
      },
    });
    running.current = started;
    return () => {
      started.stop();
      running.current = undefined;
    };
  }, [db, eventId, notification]);
  return useMemo(() => ({ backupNow: (reason) => running.current?.backupNow(reason) ?? Promise.resolve(undefined) }), []);
};
