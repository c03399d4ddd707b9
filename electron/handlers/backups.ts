import { randomUUID } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { app, shell } from 'electron';
import { BACKUP_NAME_PATTERN, BridgeErrorCode, fail, fileTooLarge, MAX_FILE_BYTES, ok, type BackupEntry } from '../../shared/bridge';
import type { MainHandler, MainHandlers } from '../ipc';

type BackupHandlers = Pick<MainHandlers, 'backup:write' | 'backup:list' | 'backup:read' | 'backup:delete' | 'backup:openFolder'>;

export const backupsFolder = (): string => path.join(app.getPath('userData'), 'backups');

const isMissing = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT';

const entryOf = async (folder: string, name: string): Promise<BackupEntry> => {
  const info = await stat(path.join(folder, name));
  return { name, size: info.size, modifiedAt: info.mtime.toISOString() };
};

/** A file rotated away between `readdir` and `stat` is simply left out. */
const entryIfPresent = async (folder: string, name: string): Promise<BackupEntry | undefined> => {
  try {
    return await entryOf(folder, name);
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }
};

/**
 * Temp file, fsync, rename: after a power cut the name holds the old bundle or
 * the new one, never a torn or empty one (rename alone does not order the data
 * before the rename on every file system).
 */
const writeAtomically = async (target: string, data: Uint8Array): Promise<void> => {
  // A leading dot and a `.tmp` end: never matches `BACKUP_NAME_PATTERN`, so a leftover is never listed.
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomUUID()}.tmp`);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
};

/**
 * The backups folder, created on first use. Names were checked against
 * `BACKUP_NAME_PATTERN` by `runHandler`, so `path.join` stays inside `folder`.
 */
export const createBackupHandlers = (folder: string): BackupHandlers => {
  const ready = async (): Promise<string> => {
    await mkdir(folder, { recursive: true });
    return folder;
  };

  const write: MainHandler<'backup:write'> = async ({ name, data }) => {
    const dir = await ready();
    await writeAtomically(path.join(dir, name), data);
    return ok(await entryOf(dir, name));
  };

  const list: MainHandler<'backup:list'> = async () => {
    const dir = await ready();
    const names = (await readdir(dir, { withFileTypes: true }))
      .filter((entry) => entry.isFile() && BACKUP_NAME_PATTERN.test(entry.name))
      .map((entry) => entry.name);
    const entries = await Promise.all(names.map((name) => entryIfPresent(dir, name)));
    return ok(
      entries
        .filter((entry): entry is BackupEntry => entry !== undefined)
        .sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt) || b.name.localeCompare(a.name)),
    );
  };

  const read: MainHandler<'backup:read'> = async ({ name }) => {
    const file = path.join(await ready(), name);
    try {
      // Checked before reading: the whole file would otherwise sit in memory and cross IPC.
      if ((await stat(file)).size > MAX_FILE_BYTES) return fileTooLarge(name);
      const bytes = await readFile(file);
      return ok({ name, data: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    } catch (error) {
      if (isMissing(error)) return fail(BridgeErrorCode.Failed, `找不到备份“${name}”，可能已被删除或已被自动清理`);
      throw error;
    }
  };

  const remove: MainHandler<'backup:delete'> = async ({ name }) => {
    await rm(path.join(await ready(), name), { force: true });
    return ok(undefined);
  };

  const openFolder: MainHandler<'backup:openFolder'> = async () => {
    // `openPath` resolves to an error message, empty on success, rather than rejecting.
    const problem = await shell.openPath(await ready());
    return problem === '' ? ok(undefined) : fail(BridgeErrorCode.Failed, `无法打开备份文件夹：${problem}`);
  };

  return { 'backup:write': write, 'backup:list': list, 'backup:read': read, 'backup:delete': remove, 'backup:openFolder': openFolder };
};
