import { backupName, type BackupReason } from '@shared/sync/backupRotation';
import { exportInWorker } from './exportInWorker';
import type { DeskDatabase } from './database';
import { LAST_STAMP_KEY } from './deskClock';

const lastBackupKey = (eventId: string) => `lastBackupStamp:${eventId}`;

const lastStamp = async (db: DeskDatabase): Promise<string> => {
  const value = (await db.meta.get(LAST_STAMP_KEY))?.value;
  return typeof value === 'string' ? value : '';
};

/** Whether this laptop wrote anything since the event's last backup (kept across restarts). */
export const changedSinceBackup = async (db: DeskDatabase, eventId: string): Promise<boolean> => {
  const backedUp = (await db.meta.get(lastBackupKey(eventId)))?.value;
  return (await lastStamp(db)) !== backedUp;
};

/**
 * A full, unencrypted snapshot bundle of the event, named for the backups
 * folder. It stays in the app's own data folder like the database itself; a
 * copy for a USB stick goes through 另存为 or an encrypted export.
 */
export const backupSnapshot = async (db: DeskDatabase, eventId: string, reason: BackupReason, now = new Date()): Promise<{ name: string; data: Uint8Array }> => {
  const stamp = await lastStamp(db);
  const bundle = await exportInWorker(db, { eventId, target: 'backup', kind: 'full', at: now });
  await db.meta.put({ key: lastBackupKey(eventId), value: stamp });
  return { name: backupName(eventId, now, reason), data: bundle.data };
};
