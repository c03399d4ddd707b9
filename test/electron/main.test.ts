import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BRIDGE_CHANNELS } from '../../shared/bridge';

/** What the mocked Electron saw; reset before each fresh import of main.ts. */
const seen = vi.hoisted(() => ({
  gotLock: true,
  isPackaged: false,
  calls: [] as string[],
  appListeners: new Map<string, (...args: unknown[]) => void>(),
  channels: [] as string[],
  windows: [] as { url: string; preload: unknown; focused: number }[],
  menus: [] as string[][],
  pages: [] as { loaded: () => void; sent: [string, unknown][] }[],
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
      on: (event: string, listener: (...args: unknown[]) => void) => seen.appListeners.set(event, listener),
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
    dialog: { showErrorBox: () => seen.calls.push('showErrorBox'), showMessageBox: async () => ({ response: 0 }) },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }] },
    Menu: {
      buildFromTemplate: (template: { label?: string }[]) => template.map((menu) => menu.label ?? ''),
      setApplicationMenu: (labels: string[]) => seen.menus.push(labels),
    },
    BrowserWindow: class {
      private readonly record: (typeof seen.windows)[number];
      readonly webContents: { on: (event: string, listener: () => void) => void; send: (...args: [string, unknown]) => void; isDestroyed: () => boolean };
      constructor(options: { webPreferences: { preload: string } }) {
        this.record = { url: '', preload: options.webPreferences.preload, focused: 0 };
        seen.windows.push(this.record);
        const page: (typeof seen.pages)[number] = { loaded: () => undefined, sent: [] };
        seen.pages.push(page);
        this.webContents = {
          on: (event, listener) => {
            if (event === 'did-finish-load') page.loaded = listener;
          },
          send: (...args) => page.sent.push(args),
          isDestroyed: () => false,
        };
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

/** Lets `start()` run past `await app.whenReady()` and the read of the saved window state, up to the window. */
const becomeReady = async () => {
  seen.ready();
  await new Promise((resolve) => setTimeout(resolve, 0));
  if (seen.gotLock) await vi.waitFor(() => expect(seen.windows).not.toHaveLength(0));
};

beforeEach(() => {
  seen.gotLock = true;
  seen.isPackaged = false;
  seen.calls = [];
  seen.appListeners.clear();
  seen.channels = [];
  seen.windows = [];
  seen.menus = [];
  seen.pages = [];
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
    expect(seen.menus).toEqual([['文件', '编辑', '视图', '窗口', '帮助']]);
  });

  it('listens for bundles opened from the macOS Finder before it is ready', async () => {
    await startMain();
    expect(seen.appListeners.has('open-file')).toBe(true);
  });

  it('hands a bundle double-clicked while running to the page, and focuses the window', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'docking-desk-main-'));
    try {
      await writeFile(path.join(dir, '现场.dockbundle'), 'PK');
      await startMain();
      await becomeReady();
      seen.pages[0]?.loaded();
      seen.appListeners.get('second-instance')?.({}, ['C:\\对接台.exe', '现场.dockbundle'], dir);
      await vi.waitFor(() => expect(seen.pages[0]?.sent).toEqual([['app:openFile', { name: '现场.dockbundle', data: new Uint8Array([0x50, 0x4b]) }]]));
      expect(seen.windows[0]?.focused).toBe(1);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('focuses the existing window on a second launch', async () => {
    await startMain();
    await becomeReady();
    seen.appListeners.get('second-instance')?.({}, ['对接台.exe'], '/');
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
