import { mkdir, mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WebContents } from 'electron';
import { bundlePathsIn, createBundleOpener, readBundleFile } from '../../electron/openBundle';
import { MAX_FILE_BYTES } from '../../shared/bridge';
import { OPEN_FILE_CHANNEL } from '../../shared/menuCommands';

vi.mock('electron', () => ({}));

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'docking-desk-open-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const bundleAt = async (name: string, content = 'PK') => {
  const file = path.join(dir, name);
  await writeFile(file, content);
  return file;
};

/** A page that has not finished loading until `load()`. */
const fakePage = () => {
  const listeners = new Map<string, () => void>();
  const send = vi.fn();
  const contents = { on: (event: string, listener: () => void) => listeners.set(event, listener), send, isDestroyed: () => false };
  return {
    contents: contents as unknown as WebContents,
    send,
    load: () => {
      listeners.get('did-start-loading')?.();
      listeners.get('did-finish-load')?.();
    },
  };
};

describe('bundlePathsIn', () => {
  it('keeps only bundle arguments, resolved where the launch started', () => {
    const argv = ['C:\\对接台\\对接台.exe', '--allow-file-access', '签到.dockbundle', 'D:\\U盘\\现场.DOCKBUNDLE', 'notes.txt'];
    expect(bundlePathsIn(argv, '/home/organiser')).toEqual([path.resolve('/home/organiser', '签到.dockbundle'), path.resolve('/home/organiser', 'D:\\U盘\\现场.DOCKBUNDLE')]);
  });

  it('ignores the executable and switches', () => {
    expect(bundlePathsIn(['/opt/x.dockbundle', '--x.dockbundle'], '/')).toEqual([]);
  });
});

describe('readBundleFile', () => {
  it('reads a bundle as plain bytes', async () => {
    const result = await readBundleFile(await bundleAt('现场.dockbundle', 'PK\u0003\u0004'));
    expect(result).toEqual({ ok: true, value: { name: '现场.dockbundle', data: new Uint8Array([0x50, 0x4b, 3, 4]) } });
    expect(result.ok && Object.getPrototypeOf(result.value.data)).toBe(Uint8Array.prototype);
  });

  it('refuses a file that is not a bundle', async () => {
    expect(await readBundleFile(await bundleAt('名录.xlsx'))).toMatchObject({ ok: false, error: { code: 'BAD_PAYLOAD' } });
  });

  it('refuses a folder named like a bundle', async () => {
    const folder = path.join(dir, '假的.dockbundle');
    await mkdir(folder);
    expect(await readBundleFile(folder)).toMatchObject({ ok: false, error: { code: 'BAD_PAYLOAD', message: '“假的.dockbundle”不是文件' } });
  });

  it('refuses a file over the size limit without reading it', async () => {
    const file = await bundleAt('大.dockbundle');
    await truncate(file, MAX_FILE_BYTES + 1);
    expect(await readBundleFile(file)).toMatchObject({ ok: false, error: { code: 'FILE_TOO_LARGE' } });
  });

  it('says so when the file has gone', async () => {
    expect(await readBundleFile(path.join(dir, '没有.dockbundle'))).toEqual({
      ok: false,
      error: { code: 'FAILED', message: '找不到该文件或文件夹，可能已被移动或删除' },
    });
  });
});

describe('createBundleOpener', () => {
  it('holds files opened before the page has loaded, then sends them', async () => {
    const report = vi.fn();
    const opener = createBundleOpener(report);
    await opener.open(await bundleAt('早.dockbundle'));
    const page = fakePage();
    opener.attach(page.contents);
    expect(page.send).not.toHaveBeenCalled();
    page.load();
    await opener.open(await bundleAt('晚.dockbundle'));
    expect(page.send.mock.calls.map(([channel, file]) => [channel, (file as { name: string }).name])).toEqual([
      [OPEN_FILE_CHANNEL, '早.dockbundle'],
      [OPEN_FILE_CHANNEL, '晚.dockbundle'],
    ]);
    expect(report).not.toHaveBeenCalled();
  });

  it('reports a file it cannot open instead of sending it', async () => {
    const report = vi.fn();
    const opener = createBundleOpener(report);
    const page = fakePage();
    opener.attach(page.contents);
    page.load();
    await opener.open(await bundleAt('名录.xlsx'));
    expect(report).toHaveBeenCalledWith('“名录.xlsx”不是对接台数据包（.dockbundle）');
    expect(page.send).not.toHaveBeenCalled();
  });
});
