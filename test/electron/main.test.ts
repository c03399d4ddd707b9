import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BRIDGE_CHANNELS } from '../../shared/bridge';

/** What the mocked Electron saw; reset before each fresh import of main.ts. */
const seen = vi.hoisted(() => ({
  gotLock: true,
  isPackaged: false,
  calls: [] as string[],
  appListeners: new Map<string, () => void>(),
  channels: [] as string[],
  windows: [] as { url: string; preload: unknown; focused: number }[],
  ready: (): void => undefined,
}));

vi.mock('electron', () => {
  const whenReady = () => new Promise<void>((resolve) => (seen.ready = resolve));
  return {
    app: {
      get isPackaged() {
        return seen.isPackaged;
      },
      requestSingleInstanceLock: () => seen.gotLock,
      quit: () => seen.calls.push('quit'),
      exit: () => seen.calls.push('exit'),
      on: (event: string, listener: () => void) => seen.appListeners.set(event, listener),
      whenReady,
      getAppPath: () => '/opt/对接台/resources/app.asar',
      getPath: (name: string) => `/home/organiser/${name}`,
    },
    protocol: {
      registerSchemesAsPrivileged: () => seen.calls.push('registerSchemesAsPrivileged'),
      handle: (scheme: string) => seen.calls.push(`handle:${scheme}`),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: () => seen.calls.push('setPermissionRequestHandler'),
        setPermissionCheckHandler: () => seen.calls.push('setPermissionCheckHandler'),
      },
    },
    ipcMain: { handle: (channel: string) => seen.channels.push(channel) },
    dialog: { showErrorBox: () => seen.calls.push('showErrorBox') },
    BrowserWindow: class {
      private readonly record: (typeof seen.windows)[number];
      constructor(options: { webPreferences: { preload: string } }) {
        this.record = { url: '', preload: options.webPreferences.preload, focused: 0 };
        seen.windows.push(this.record);
      }
      static fromWebContents = () => null;
      once() {}
      on() {}
      loadURL = async (url: string) => {
        this.record.url = url;
      };
      isDestroyed = () => false;
      isMinimized = () => false;
      show() {}
      focus = () => {
        this.record.focused += 1;
      };
    },
  };
});

const startMain = async () => {
  vi.resetModules();
  await import('../../electron/main');
};

/** Lets `start()` run past `await app.whenReady()`. */
const becomeReady = async () => {
  seen.ready();
  await new Promise((resolve) => setTimeout(resolve, 0));
};

beforeEach(() => {
  seen.gotLock = true;
  seen.isPackaged = false;
  seen.calls = [];
  seen.appListeners.clear();
  seen.channels = [];
  seen.windows = [];
});
afterEach(() => {
  vi.unstubAllEnvs();
});

describe('main', () => {
  it('registers the app scheme at once, then serves, guards and opens the window when ready', async () => {
    await startMain();
    expect(seen.calls).toEqual(['registerSchemesAsPrivileged']);
    expect(seen.windows).toEqual([]);

    await becomeReady();
    expect(seen.calls).toEqual(['registerSchemesAsPrivileged', 'handle:app', 'setPermissionRequestHandler', 'setPermissionCheckHandler']);
    expect(seen.channels).toEqual([...BRIDGE_CHANNELS]);
    expect(seen.windows).toEqual([
      { url: 'app://docking-desk/index.html', preload: '/opt/对接台/resources/app.asar/dist-electron/preload.cjs', focused: 0 },
    ]);
    expect(seen.appListeners.has('web-contents-created')).toBe(true);
  });

  it('focuses the existing window on a second launch', async () => {
    await startMain();
    await becomeReady();
    seen.appListeners.get('second-instance')?.();
    expect(seen.windows).toHaveLength(1);
    expect(seen.windows[0]?.focused).toBe(1);
  });

  it('quits when another instance holds the lock', async () => {
    seen.gotLock = false;
    await startMain();
    await becomeReady();
    expect(seen.calls).toEqual(['registerSchemesAsPrivileged', 'quit']);
    expect(seen.windows).toEqual([]);
  });

  it('loads the Vite dev server when DOCKING_DESK_DEV_URL is set in an unpackaged run', async () => {
    vi.stubEnv('DOCKING_DESK_DEV_URL', 'http://127.0.0.1:5173/');
    await startMain();
    await becomeReady();
    expect(seen.windows[0]?.url).toBe('http://127.0.0.1:5173/');
  });

  it('ignores DOCKING_DESK_DEV_URL in a packaged app', async () => {
    vi.stubEnv('DOCKING_DESK_DEV_URL', 'http://127.0.0.1:5173/');
    seen.isPackaged = true;
    await startMain();
    await becomeReady();
    expect(seen.windows[0]?.url).toBe('app://docking-desk/index.html');
  });
});
