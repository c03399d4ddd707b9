import { mkdir, mkdtemp, readdir, readFile, rm, truncate, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backupsFolder, createBackupHandlers } from '../../../electron/handlers/backups';
import { MAX_FILE_BYTES } from '../../../shared/bridge';
import { invoke } from '../support/fakes';

const electron = vi.hoisted(() => ({ openPath: vi.fn(async (_folder: string) => '') }));
vi.mock('electron', () => ({
  app: { getPath: (name: string) => `/home/organiser/.config/对接台/${name}` },
  shell: { openPath: electron.openPath },
  BrowserWindow: { fromWebContents: () => null },
  ipcMain: { handle: vi.fn() },
}));

const MORNING = 'evt_01jd4m9x2k7q8r5t3v6w0y1z2a-20261127-101500-auto.dockbundle';
const NOON = 'evt_01jd4m9x2k7q8r5t3v6w0y1z2a-20261127-120000-auto.dockbundle';

let root: string;
let folder: string;
let backups: ReturnType<typeof createBackupHandlers>;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'docking-desk-backups-'));
  folder = path.join(root, 'backups');
  backups = createBackupHandlers(folder);
  electron.openPath.mockClear();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await rm(root, { recursive: true, force: true });
});

const write = (name: string, bytes: number[]) => invoke('backup:write', backups['backup:write'], { name, data: new Uint8Array(bytes) });

describe('backupsFolder', () => {
  it('is the backups folder inside the app’s data folder', () => {
    expect(backupsFolder()).toBe(path.join('/home/organiser/.config/对接台/userData', 'backups'));
  });
});

describe('backup:write', () => {
  it('creates the folder on demand and writes the bundle', async () => {
    const result = await write(MORNING, [1, 2, 3]);
    expect(result).toEqual({ ok: true, value: { name: MORNING, size: 3, modifiedAt: expect.any(String) } });
    expect(new Uint8Array(await readFile(path.join(folder, MORNING)))).toEqual(new Uint8Array([1, 2, 3]));
  });

  it('replaces an existing backup and leaves no temp file behind', async () => {
    await write(MORNING, [1, 2, 3, 4, 5]);
    expect(await write(MORNING, [9])).toMatchObject({ ok: true, value: { size: 1 } });
    expect(await readdir(folder)).toEqual([MORNING]);
    expect(new Uint8Array(await readFile(path.join(folder, MORNING)))).toEqual(new Uint8Array([9]));
  });

  it('cleans up its temp file when the final rename fails', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    // A folder under the final name: the rename onto it fails after the data is written.
    await mkdir(path.join(folder, NOON), { recursive: true });
    expect(await write(NOON, [1])).toMatchObject({ ok: false, error: { code: 'FAILED' } });
    expect(await readdir(folder)).toEqual([NOON]);
  });

  it.each([
    ['a path out of the folder', '../x.dockbundle'],
    ['a sub-folder', 'a/b.dockbundle'],
    ['a Windows path', 'a\\b.dockbundle'],
    ['another extension', 'x.xlsx'],
    ['no name before the extension', '.dockbundle'],
    ['Chinese characters', '备份.dockbundle'],
  ])('refuses %s', async (_what, name) => {
    const result = await write(name, [1]);
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_PAYLOAD', message: expect.stringContaining('备份文件名无效') } });
    await expect(readdir(root)).resolves.toEqual([]);
  });

  it('refuses data that is not bytes', async () => {
    const result = await invoke('backup:write', backups['backup:write'], { name: MORNING, data: [1, 2] });
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_PAYLOAD' } });
  });

  it('refuses a page that is not the app', async () => {
    const result = await invoke('backup:write', backups['backup:write'], { name: MORNING, data: new Uint8Array([1]) }, { url: 'https://example.com/' });
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await expect(readdir(root)).resolves.toEqual([]);
  });
});

describe('backup:list', () => {
  it('lists the backups newest first, leaving out temp files, folders and other files', async () => {
    await write(MORNING, [1]);
    await write(NOON, [1, 2]);
    await utimes(path.join(folder, MORNING), new Date('2026-11-27T02:15:00Z'), new Date('2026-11-27T02:15:00Z'));
    await utimes(path.join(folder, NOON), new Date('2026-11-27T04:00:00Z'), new Date('2026-11-27T04:00:00Z'));
    await writeFile(path.join(folder, `.${NOON}.1234.tmp`), 'half');
    await writeFile(path.join(folder, 'notes.txt'), 'x');
    await mkdir(path.join(folder, 'old.dockbundle'));
    expect(await invoke('backup:list', backups['backup:list'], undefined)).toEqual({
      ok: true,
      value: [
        { name: NOON, size: 2, modifiedAt: '2026-11-27T04:00:00.000Z' },
        { name: MORNING, size: 1, modifiedAt: '2026-11-27T02:15:00.000Z' },
      ],
    });
  });

  it('is empty before the first backup', async () => {
    expect(await invoke('backup:list', backups['backup:list'], undefined)).toEqual({ ok: true, value: [] });
  });

  it('refuses a payload', async () => {
    expect(await invoke('backup:list', backups['backup:list'], { all: true })).toMatchObject({ ok: false, error: { code: 'BAD_PAYLOAD' } });
  });
});

describe('backup:read', () => {
  it('returns the bundle’s bytes', async () => {
    await write(MORNING, [7, 8]);
    expect(await invoke('backup:read', backups['backup:read'], { name: MORNING })).toEqual({
      ok: true,
      value: { name: MORNING, data: new Uint8Array([7, 8]) },
    });
  });

  it('says in Chinese when the backup is gone', async () => {
    expect(await invoke('backup:read', backups['backup:read'], { name: NOON })).toEqual({
      ok: false,
      error: { code: 'FAILED', message: `找不到备份“${NOON}”，可能已被删除或已被自动清理` },
    });
  });

  it('refuses a backup over 100 MB without reading it', async () => {
    await mkdir(folder);
    await writeFile(path.join(folder, NOON), '');
    await truncate(path.join(folder, NOON), MAX_FILE_BYTES + 1);
    expect(await invoke('backup:read', backups['backup:read'], { name: NOON })).toMatchObject({ ok: false, error: { code: 'FILE_TOO_LARGE' } });
  });

  it('refuses a path', async () => {
    expect(await invoke('backup:read', backups['backup:read'], { name: '../../.ssh/id_rsa.dockbundle' })).toMatchObject({
      ok: false,
      error: { code: 'BAD_PAYLOAD' },
    });
  });
});

describe('backup:delete', () => {
  it('deletes the backup, and succeeds when it is already gone', async () => {
    await write(MORNING, [1]);
    expect(await invoke('backup:delete', backups['backup:delete'], { name: MORNING })).toEqual({ ok: true, value: undefined });
    expect(await readdir(folder)).toEqual([]);
    expect(await invoke('backup:delete', backups['backup:delete'], { name: MORNING })).toEqual({ ok: true, value: undefined });
  });

  it('refuses a path', async () => {
    expect(await invoke('backup:delete', backups['backup:delete'], { name: 'a/b.dockbundle' })).toMatchObject({
      ok: false,
      error: { code: 'BAD_PAYLOAD' },
    });
  });

  it('refuses a page that is not the app', async () => {
    await write(MORNING, [1]);
    const result = await invoke('backup:delete', backups['backup:delete'], { name: MORNING }, { url: 'app://evil/index.html' });
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await readdir(folder)).toEqual([MORNING]);
  });
});

describe('backup:openFolder', () => {
  it('opens the backups folder, creating it first', async () => {
    expect(await invoke('backup:openFolder', backups['backup:openFolder'], undefined)).toEqual({ ok: true, value: undefined });
    expect(electron.openPath).toHaveBeenCalledWith(folder);
    await expect(readdir(folder)).resolves.toEqual([]);
  });

  it('passes on the file manager’s complaint', async () => {
    electron.openPath.mockResolvedValueOnce('Failed to open path');
    expect(await invoke('backup:openFolder', backups['backup:openFolder'], undefined)).toEqual({
      ok: false,
      error: { code: 'FAILED', message: '无法打开备份文件夹：Failed to open path' },
    });
  });
});
