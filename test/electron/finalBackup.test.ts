import { EventEmitter } from 'node:events';
import type { BrowserWindow } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FINAL_BACKUP_TIMEOUT_MS, holdCloseForFinalBackup } from '../../electron/finalBackup';

const electron = vi.hoisted(() => ({ app: undefined as unknown, ipcMain: undefined as unknown }));
vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  const app = Object.assign(new Emitter(), { quit: vi.fn() });
  electron.app = app;
  electron.ipcMain = new Emitter();
  return { app, ipcMain: electron.ipcMain };
});

const app = () => electron.app as EventEmitter & { quit: ReturnType<typeof vi.fn> };
const ipcMain = () => electron.ipcMain as EventEmitter;

/** A window whose page answers (or not) the way the test says; `closed` counts real closes. */
const fakeWindow = (page: { crashed?: boolean } = {}) => {
  const window = Object.assign(new EventEmitter(), { closed: 0 });
  const webContents = {
    sent: [] as string[],
    send: (channel: string) => webContents.sent.push(channel),
    isDestroyed: () => false,
    isCrashed: () => page.crashed ?? false,
  };
  /** What Electron does on close(): emits a cancellable `close`, and closes unless it was prevented. */
  const close = () => {
    let prevented = false;
    window.emit('close', { preventDefault: () => (prevented = true) });
    if (!prevented) {
      window.closed += 1;
      window.emit('closed');
    }
  };
  const handle = Object.assign(window, { webContents, close });
  holdCloseForFinalBackup(handle as unknown as BrowserWindow);
  /** The page's preload answering that its final backup is done. */
  const pageIsReady = (sender: unknown = webContents) => ipcMain().emit('app:readyToQuit', { sender });
  return { window: handle, webContents, pageIsReady };
};

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  app().removeAllListeners();
  app().quit.mockReset();
  ipcMain().removeAllListeners();
});

describe('holdCloseForFinalBackup', () => {
  it('asks the page for its final backup and closes when it answers', () => {
    const { window, webContents, pageIsReady } = fakeWindow();
    window.close();
    expect(webContents.sent).toEqual(['app:beforeQuit']);
    expect(window.closed).toBe(0);
    pageIsReady();
    expect(window.closed).toBe(1);
    expect(ipcMain().listenerCount('app:readyToQuit')).toBe(0);
  });

  it('closes after the timeout when the page never answers', () => {
    const { window } = fakeWindow();
    window.close();
    vi.advanceTimersByTime(FINAL_BACKUP_TIMEOUT_MS - 1);
    expect(window.closed).toBe(0);
    vi.advanceTimersByTime(1);
    expect(window.closed).toBe(1);
  });

  it('waits for the same backup when × is clicked again', () => {
    const { window, webContents, pageIsReady } = fakeWindow();
    window.close();
    window.close();
    expect(webContents.sent).toEqual(['app:beforeQuit']);
    pageIsReady();
    expect(window.closed).toBe(1);
  });

  it('ignores an answer from another page', () => {
    const { window, pageIsReady } = fakeWindow();
    window.close();
    pageIsReady({ id: 'another page' });
    expect(window.closed).toBe(0);
  });

  it('closes at once when the page has crashed', () => {
    const { window, webContents } = fakeWindow({ crashed: true });
    window.close();
    expect(webContents.sent).toEqual([]);
    expect(window.closed).toBe(1);
  });

  it('resumes a quit that the held close cancelled', () => {
    const { window, pageIsReady } = fakeWindow();
    app().emit('before-quit');
    window.close();
    pageIsReady();
    expect(app().quit).toHaveBeenCalledOnce();
    expect(window.closed).toBe(0);
    // Electron closes the window as part of the resumed quit; this time nothing holds it.
    window.close();
    expect(window.closed).toBe(1);
    expect(app().listenerCount('before-quit')).toBe(0);
  });
});
