import { mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createOpenFile, createSaveAs } from '../../../electron/handlers/files';
import { MAX_FILE_BYTES } from '../../../shared/bridge';
import { fakeDialogs, invoke } from '../support/fakes';

vi.mock('electron', () => ({ BrowserWindow: { fromWebContents: () => null }, ipcMain: { handle: vi.fn() } }));

const xlsx = [{ name: 'Excel 工作簿', extensions: ['xlsx'] }];
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'docking-desk-files-'));
});
afterEach(async () => {
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

describe('file:saveAs', () => {
  const request = { suggestedName: '参会名录.xlsx', filters: xlsx, data: new Uint8Array([80, 75, 3, 4]) };

  it('writes the bytes where the organiser chose', async () => {
    const target = path.join(dir, '名录.xlsx');
    const dialogs = fakeDialogs({ savePath: target });
    expect(await invoke('file:saveAs', createSaveAs(dialogs), request)).toEqual({ ok: true, value: { path: target } });
    expect(new Uint8Array(await readFile(target))).toEqual(request.data);
    expect(dialogs.savedAs).toEqual(['参会名录.xlsx']);
  });

  it('reports a cancelled dialog', async () => {
    expect(await invoke('file:saveAs', createSaveAs(fakeDialogs({})), request)).toEqual({ ok: true, value: { canceled: true } });
  });

  it('refuses a bad payload before showing a dialog', async () => {
    const dialogs = fakeDialogs({ savePath: path.join(dir, 'x') });
    const result = await invoke('file:saveAs', createSaveAs(dialogs), { ...request, data: [1, 2] });
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_PAYLOAD' } });
    expect(dialogs.savedAs).toEqual([]);
  });

  it('refuses a page that is not the app', async () => {
    const dialogs = fakeDialogs({ savePath: path.join(dir, 'x') });
    const result = await invoke('file:saveAs', createSaveAs(dialogs), request, { url: 'https://example.com/' });
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(dialogs.savedAs).toEqual([]);
  });

  it('explains a disk error in Chinese', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const dialogs = fakeDialogs({ savePath: path.join(dir, 'missing-folder', 'x.xlsx') });
    expect(await invoke('file:saveAs', createSaveAs(dialogs), request)).toEqual({
      ok: false,
      error: { code: 'FAILED', message: '找不到该文件或文件夹，可能已被移动或删除' },
    });
  });
});

describe('file:open', () => {
  it('returns the chosen file name and bytes', async () => {
    const source = path.join(dir, '企业需求.xlsx');
    await writeFile(source, new Uint8Array([1, 2, 3]));
    expect(await invoke('file:open', createOpenFile(fakeDialogs({ openPath: source })), { filters: xlsx })).toEqual({
      ok: true,
      value: { name: '企业需求.xlsx', data: new Uint8Array([1, 2, 3]) },
    });
  });

  it('reports a cancelled dialog', async () => {
    expect(await invoke('file:open', createOpenFile(fakeDialogs({})), { filters: xlsx })).toEqual({ ok: true, value: { canceled: true } });
  });

  it('refuses a file over 100 MB without reading it', async () => {
    const source = path.join(dir, '太大.xlsx');
    await writeFile(source, '');
    await truncate(source, MAX_FILE_BYTES + 1);
    expect(await invoke('file:open', createOpenFile(fakeDialogs({ openPath: source })), { filters: xlsx })).toEqual({
      ok: false,
      error: { code: 'FILE_TOO_LARGE', message: '文件“太大.xlsx”超过 100 MB，无法导入，请拆分后再试' },
    });
  });

  it('refuses a bad payload', async () => {
    const result = await invoke('file:open', createOpenFile(fakeDialogs({})), { filters: 'xlsx' });
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_PAYLOAD' } });
  });

  it('refuses a page that is not the app', async () => {
    const result = await invoke('file:open', createOpenFile(fakeDialogs({})), { filters: xlsx }, { url: 'file:///tmp/x.html' });
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
