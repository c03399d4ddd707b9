import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startBackupScheduler, type BackupScheduler, type BackupSchedulerOptions } from '../../../renderer/sync/backupScheduler';
import { BridgeErrorCode, fail, ok, type BackupEntry, type QuitHooks } from '../../../shared/bridge';
import { backupName, type BackupReason } from '../../../shared/sync/backupRotation';

const FAIR = 'evt_01jd4m9x2k7q8r5t3v6w0y1z2a';
const MINUTE = 60_000;
const INTERVAL = 5 * MINUTE;

/** The backups folder as the bridge shows it, in memory. */
const fakeBackupBridge = () => {
  const files = new Map<string, BackupEntry>();
  const bridge: BackupSchedulerOptions['bridge'] = {
    'backup:write': vi.fn(async ({ name, data }) => {
      const entry = { name, size: data.byteLength, modifiedAt: new Date().toISOString() };
      files.set(name, entry);
      return ok(entry);
    }),
    'backup:list': vi.fn(async () => ok([...files.values()].reverse())),
    'backup:delete': vi.fn(async ({ name }) => {
      files.delete(name);
      return ok(undefined);
    }),
  };
  return { bridge, files };
};

/** A page whose visibility the test flips, as switching tabs or closing one does. */
const fakePage = () => {
  const page = Object.assign(new EventTarget(), { visibilityState: 'visible' as DocumentVisibilityState });
  const hide = () => {
    page.visibilityState = 'hidden';
    page.dispatchEvent(new Event('visibilitychange'));
  };
  const show = () => {
    page.visibilityState = 'visible';
    page.dispatchEvent(new Event('visibilitychange'));
  };
  return { page, hide, show };
};

/** The desktop app's quit hooks: `closeWindow()` runs the callbacks as the preload would. */
const fakeQuitHooks = () => {
  const callbacks = new Set<() => Promise<void>>();
  const quitHooks: QuitHooks = {
    onBeforeQuit: (callback) => {
      callbacks.add(callback);
      return () => callbacks.delete(callback);
    },
  };
  const closeWindow = () => Promise.all([...callbacks].map((callback) => callback()));
  return { quitHooks, callbacks, closeWindow };
};

let scheduler: BackupScheduler | undefined;
let errors: { message: string; reason: BackupReason }[];
let changed: boolean;

const start = (overrides: Partial<BackupSchedulerOptions> = {}) => {
  const { bridge, files } = fakeBackupBridge();
  const makeSnapshot = vi.fn(async (reason: BackupReason) => ({ name: backupName(FAIR, new Date(), reason), data: new Uint8Array([1, 2, 3]) }));
  const hasChanges = vi.fn((_lastBackupAt: Date | undefined) => changed);
  scheduler = startBackupScheduler({
    bridge,
    makeSnapshot,
    hasChanges,
    intervalMs: INTERVAL,
    onError: (error, reason) => errors.push({ message: error.message, reason }),
    page: fakePage().page,
    ...overrides,
  });
  return { scheduler, bridge, files, makeSnapshot, hasChanges };
};

beforeEach(() => {
  vi.useFakeTimers({ now: new Date(2026, 10, 27, 9, 0) });
  errors = [];
  changed = true;
});
afterEach(() => {
  scheduler?.stop();
  scheduler = undefined;
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('startBackupScheduler', () => {
  it('backs up every interval while something changed, passing the time of the last backup', async () => {
    const { files, hasChanges } = start();
    await vi.advanceTimersByTimeAsync(INTERVAL);
    expect([...files.keys()]).toEqual([`${FAIR}-20261127-090500-auto.dockbundle`]);
    expect(hasChanges).toHaveBeenLastCalledWith(undefined);

    changed = false;
    await vi.advanceTimersByTimeAsync(INTERVAL);
    expect(files.size).toBe(1);
    expect(hasChanges).toHaveBeenLastCalledWith(new Date(2026, 10, 27, 9, 5));

    changed = true;
    await vi.advanceTimersByTimeAsync(INTERVAL);
    expect([...files.keys()]).toEqual([`${FAIR}-20261127-090500-auto.dockbundle`, `${FAIR}-20261127-091500-auto.dockbundle`]);
    expect(errors).toEqual([]);
  });

  it('skips when there is nothing to back up', async () => {
    const { files } = start({ makeSnapshot: async () => undefined });
    await vi.advanceTimersByTimeAsync(INTERVAL);
    expect(files.size).toBe(0);
    expect(errors).toEqual([]);
  });

  it('makes a manual backup even when nothing changed', async () => {
    changed = false;
    const { scheduler } = start();
    expect(await scheduler.backupNow('manual')).toMatchObject({ name: `${FAIR}-20261127-090000-manual.dockbundle`, size: 3 });
  });

  it('rotates the folder after each backup', async () => {
    const { files } = start();
    // A day of backups every five minutes, from yesterday morning.
    for (let minutes = 24 * 60; minutes > 0; minutes -= 5) {
      const name = backupName(FAIR, new Date(Date.now() - minutes * MINUTE), 'auto');
      files.set(name, { name, size: 1, modifiedAt: '' });
    }
    await vi.advanceTimersByTimeAsync(INTERVAL);
    expect(files.has(`${FAIR}-20261127-090500-auto.dockbundle`)).toBe(true);
    // The 12 newest (09:05, and 08:05 to 08:55), then the newest of each earlier hour (07:55 back to 09:55 yesterday).
    expect(files.size).toBe(12 + 23);
  });

  it('never runs two backups at once', async () => {
    let running = 0;
    let most = 0;
    const slowSnapshot = async (reason: BackupReason) => {
      running += 1;
      most = Math.max(most, running);
      const name = backupName(FAIR, new Date(), reason);
      await new Promise((resolve) => setTimeout(resolve, 2 * INTERVAL));
      running -= 1;
      return { name, data: new Uint8Array([1]) };
    };
    const { scheduler, files } = start({ makeSnapshot: vi.fn(slowSnapshot) });
    await vi.advanceTimersByTimeAsync(INTERVAL);
    const manual = scheduler.backupNow('manual');
    await vi.advanceTimersByTimeAsync(6 * INTERVAL);
    await manual;
    expect(most).toBe(1);
    // The ticks at 10 and 15 minutes came while the first backup ran; the manual one waited its turn.
    expect([...files.keys()].slice(0, 2)).toEqual([`${FAIR}-20261127-090500-auto.dockbundle`, `${FAIR}-20261127-091500-manual.dockbundle`]);
  });

  it('hands every failure to onError and keeps going', async () => {
    const failing = vi.fn(async (reason: BackupReason) => {
      if (failing.mock.calls.length === 1) throw new Error('数据包生成失败');
      return { name: backupName(FAIR, new Date(), reason), data: new Uint8Array([1]) };
    });
    const { bridge, files } = start({ makeSnapshot: failing });
    await vi.advanceTimersByTimeAsync(INTERVAL);
    expect(errors).toEqual([{ message: '数据包生成失败', reason: 'auto' }]);

    vi.mocked(bridge['backup:write']).mockResolvedValueOnce(fail(BridgeErrorCode.Failed, '磁盘空间不足，请清理后重试'));
    await vi.advanceTimersByTimeAsync(INTERVAL);
    expect(errors[1]).toEqual({ message: '磁盘空间不足，请清理后重试', reason: 'auto' });

    await vi.advanceTimersByTimeAsync(INTERVAL);
    expect(files.size).toBe(1);
    expect(errors).toHaveLength(2);
  });

  it('reports a failed rotation but still returns the backup written', async () => {
    const { scheduler, bridge } = start();
    vi.mocked(bridge['backup:list']).mockResolvedValueOnce(fail(BridgeErrorCode.Unsupported, '此浏览器不支持本地自动备份'));
    expect(await scheduler.backupNow('manual')).toMatchObject({ size: 3 });
    expect(errors).toEqual([{ message: '此浏览器不支持本地自动备份', reason: 'manual' }]);
  });

  it('in Electron, makes the quit backup when the window is closing, and only then', async () => {
    const { page, hide } = fakePage();
    const { quitHooks, callbacks, closeWindow } = fakeQuitHooks();
    const { scheduler, files } = start({ quitHooks, page });
    hide();
    await vi.advanceTimersByTimeAsync(0);
    expect(files.size).toBe(0);

    await closeWindow();
    expect([...files.keys()]).toEqual([`${FAIR}-20261127-090000-quit.dockbundle`]);
    scheduler.stop();
    expect(callbacks.size).toBe(0);
  });

  it('finds the quit hooks the preload exposed', async () => {
    const { quitHooks, closeWindow } = fakeQuitHooks();
    vi.stubGlobal('dockingDeskQuit', quitHooks);
    const { files } = start();
    await closeWindow();
    expect([...files.keys()]).toEqual([`${FAIR}-20261127-090000-quit.dockbundle`]);
  });

  it('in a browser, makes the quit backup when the page is hidden', async () => {
    const { page, hide, show } = fakePage();
    const { files } = start({ page });
    show();
    await vi.advanceTimersByTimeAsync(0);
    expect(files.size).toBe(0);
    hide();
    await vi.advanceTimersByTimeAsync(0);
    expect([...files.keys()]).toEqual([`${FAIR}-20261127-090000-quit.dockbundle`]);
  });

  it('stops its timer and listeners', async () => {
    const { page, hide } = fakePage();
    const { scheduler, makeSnapshot } = start({ page });
    scheduler.stop();
    hide();
    await vi.advanceTimersByTimeAsync(3 * INTERVAL);
    expect(makeSnapshot).not.toHaveBeenCalled();
  });
});
