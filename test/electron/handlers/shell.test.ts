import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { showItemInFolder } from '../../../electron/handlers/shell';
import { invoke } from '../support/fakes';

const electron = vi.hoisted(() => ({ showItemInFolder: vi.fn() }));
vi.mock('electron', () => ({
  shell: { showItemInFolder: electron.showItemInFolder },
  BrowserWindow: { fromWebContents: () => null },
  ipcMain: { handle: vi.fn() },
}));

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'docking-desk-shell-'));
  electron.showItemInFolder.mockClear();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

describe('shell:showItemInFolder', () => {
  it('reveals an existing file', async () => {
    const file = path.join(dir, '名录.xlsx');
    await writeFile(file, 'x');
    expect(await invoke('shell:showItemInFolder', showItemInFolder, { path: file })).toEqual({ ok: true, value: undefined });
    expect(electron.showItemInFolder).toHaveBeenCalledWith(file);
  });

  it('says so when the file has gone', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const result = await invoke('shell:showItemInFolder', showItemInFolder, { path: path.join(dir, 'gone.xlsx') });
    expect(result).toEqual({ ok: false, error: { code: 'FAILED', message: '找不到该文件或文件夹，可能已被移动或删除' } });
    expect(electron.showItemInFolder).not.toHaveBeenCalled();
  });

  it('refuses a relative path', async () => {
    const result = await invoke('shell:showItemInFolder', showItemInFolder, { path: 'exports/名录.xlsx' });
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_PAYLOAD' } });
  });

  it('refuses a bad payload', async () => {
    expect(await invoke('shell:showItemInFolder', showItemInFolder, { path: 42 })).toMatchObject({
      ok: false,
      error: { code: 'BAD_PAYLOAD' },
    });
  });

  it('refuses a page that is not the app', async () => {
    const result = await invoke('shell:showItemInFolder', showItemInFolder, { path: dir }, { url: 'app://evil/index.html' });
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(electron.showItemInFolder).not.toHaveBeenCalled();
  });
});
