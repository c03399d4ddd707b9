import {
  BACKUP_NAME_PATTERN,
  BridgeErrorCode,
  fail,
  fileTooLarge,
  MAX_FILE_BYTES,
  ok,
  type BackupEntry,
  type BridgeResult,
  type OpenedFile,
} from '../../shared/bridge';

/**
 * The parts of the origin-private file system (OPFS) that backups use. Declared
 * here because lib.dom has neither `move()` (Chromium and Firefox have it on
 * OPFS handles) nor the directory's async iteration.
 */
export type OpfsWritable = {
  write: (data: Uint8Array) => Promise<void>;
  close: () => Promise<void>;
  abort: () => Promise<void>;
};
export type OpfsFileHandle = {
  kind: 'file';
  name: string;
  getFile: () => Promise<Pick<File, 'size' | 'lastModified' | 'arrayBuffer'>>;
  createWritable: () => Promise<OpfsWritable>;
  move?: (newName: string) => Promise<void>;
};
export type OpfsDirectoryHandle = {
  kind: 'directory';
  name: string;
  getFileHandle: (name: string, options?: { create?: boolean }) => Promise<OpfsFileHandle>;
  getDirectoryHandle: (name: string, options?: { create?: boolean }) => Promise<OpfsDirectoryHandle>;
  removeEntry: (name: string) => Promise<void>;
  values: () => AsyncIterable<OpfsFileHandle | OpfsDirectoryHandle>;
};

export type OpfsBackups = {
  write: (name: string, data: Uint8Array) => Promise<BridgeResult<BackupEntry>>;
  list: () => Promise<BridgeResult<BackupEntry[]>>;
  read: (name: string) => Promise<BridgeResult<OpenedFile>>;
  remove: (name: string) => Promise<BridgeResult<void>>;
};

const UNSUPPORTED = '此浏览器不支持本地自动备份（缺少源私有文件系统 OPFS），请使用新版 Chrome 或 Edge，或定期“导出”数据包保存到U盘';

/**
 * The OPFS root, or `undefined` where the browser has none (old browsers, jsdom)
 * or cannot write it from a page (Safari before 26 writes OPFS files only in workers).
 */
export const opfsRoot = async (): Promise<OpfsDirectoryHandle | undefined> => {
  if (typeof navigator === 'undefined' || typeof navigator.storage?.getDirectory !== 'function') return undefined;
  if (typeof FileSystemFileHandle === 'undefined' || !('createWritable' in FileSystemFileHandle.prototype)) return undefined;
  // The real handle has everything `OpfsDirectoryHandle` names; lib.dom only lacks their declarations.
  return (await navigator.storage.getDirectory()) as unknown as OpfsDirectoryHandle;
};

/** OPFS rejects with `DOMException`s, told apart by name (not always `instanceof Error`, e.g. in jsdom). */
const errorName = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null && 'name' in error && typeof error.name === 'string' ? error.name : undefined;

const errorMessage = (error: unknown): string =>
  typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string' ? error.message : String(error);

const describeOpfsError = (error: unknown): BridgeResult<never> => {
  switch (errorName(error)) {
    case 'QuotaExceededError':
      return fail(BridgeErrorCode.Failed, '浏览器存储空间不足，无法保存备份；请删除旧备份或清理磁盘后重试');
    case 'NoModificationAllowedError':
      return fail(BridgeErrorCode.Failed, '备份文件正被另一个窗口写入，请稍后重试');
    case 'SecurityError':
      return fail(BridgeErrorCode.Unsupported, UNSUPPORTED);
    default:
      return fail(BridgeErrorCode.Failed, `备份操作失败：${errorMessage(error)}`);
  }
};

const isNotFound = (error: unknown): boolean => errorName(error) === 'NotFoundError';

type MovableFileHandle = OpfsFileHandle & Required<Pick<OpfsFileHandle, 'move'>>;

const isMovable = (handle: OpfsFileHandle): handle is MovableFileHandle => typeof handle.move === 'function';

const writeFile = async (handle: OpfsFileHandle, data: Uint8Array): Promise<void> => {
  const writable = await handle.createWritable();
  try {
    await writable.write(data);
    await writable.close();
  } catch (error) {
    await writable.abort().catch(() => undefined);
    throw error;
  }
};

/**
 * Backups in a `backups` directory of the origin-private file system. Names are
 * checked against `BACKUP_NAME_PATTERN` by the bridge before they get here.
 */
export const createOpfsBackups = (root: () => Promise<OpfsDirectoryHandle | undefined>): OpfsBackups => {
  const run = async <T>(action: (dir: OpfsDirectoryHandle) => Promise<BridgeResult<T>>): Promise<BridgeResult<T>> => {
    try {
      const top = await root();
      if (top === undefined) return fail(BridgeErrorCode.Unsupported, UNSUPPORTED);
      return await action(await top.getDirectoryHandle('backups', { create: true }));
    } catch (error) {
      return describeOpfsError(error);
    }
  };

  const entryOf = async (handle: OpfsFileHandle): Promise<BackupEntry> => {
    const file = await handle.getFile();
    return { name: handle.name, size: file.size, modifiedAt: new Date(file.lastModified).toISOString() };
  };

  /** Temp file then `move()`, so that a crash mid-write never leaves half a bundle under `name`. */
  const writeViaTemp = async (dir: OpfsDirectoryHandle, temp: MovableFileHandle, name: string, data: Uint8Array): Promise<void> => {
    const tempName = temp.name;
    try {
      await writeFile(temp, data);
      try {
        await temp.move(name);
      } catch (error) {
        // Some versions refuse to move onto an existing file: drop the old backup, the new one is complete.
        if (errorName(error) !== 'InvalidModificationError') throw error;
        await dir.removeEntry(name);
        await temp.move(name);
      }
    } catch (error) {
      await dir.removeEntry(tempName).catch(() => undefined);
      throw error;
    }
  };

  const write = (name: string, data: Uint8Array) =>
    run(async (dir) => {
      // Not a backup name (ends in `.tmp`), so a leftover is never listed.
      const temp = await dir.getFileHandle(`${name}.tmp`, { create: true });
      if (isMovable(temp)) {
        await writeViaTemp(dir, temp, name, data);
        return ok(await entryOf(await dir.getFileHandle(name)));
      }
      // Without `move()` the final name is written directly. Nearly as safe: a writable stream keeps its
      // data in a swap file until `close()`, so a crash leaves the old backup (or an empty new file), never half of one.
      await dir.removeEntry(temp.name);
      const target = await dir.getFileHandle(name, { create: true });
      await writeFile(target, data);
      return ok(await entryOf(target));
    });

  const list = () =>
    run(async (dir) => {
      const entries: BackupEntry[] = [];
      for await (const handle of dir.values()) {
        if (handle.kind === 'file' && BACKUP_NAME_PATTERN.test(handle.name)) entries.push(await entryOf(handle));
      }
      return ok(entries.sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt) || b.name.localeCompare(a.name)));
    });

  const read = (name: string) =>
    run(async (dir) => {
      try {
        const file = await (await dir.getFileHandle(name)).getFile();
        if (file.size > MAX_FILE_BYTES) return fileTooLarge(name);
        return ok({ name, data: new Uint8Array(await file.arrayBuffer()) });
      } catch (error) {
        if (isNotFound(error)) return fail(BridgeErrorCode.Failed, `找不到备份“${name}”，可能已被删除或已被自动清理`);
        throw error;
      }
    });

  const remove = (name: string) =>
    run(async (dir) => {
      try {
        await dir.removeEntry(name);
      } catch (error) {
        if (!isNotFound(error)) throw error;
      }
      return ok(undefined);
    });

  return { write, list, read, remove };
};
