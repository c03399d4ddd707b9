import type { BrowserWindowConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMainWindow, focusWindow } from '../../electron/window';

const created = vi.hoisted(() => [] as FakeWindow[]);

type FakeWindow = {
  options: BrowserWindowConstructorOptions;
  loadURL: ReturnType<typeof vi.fn>;
  show: ReturnType<typeof vi.fn>;
  maximize: ReturnType<typeof vi.fn>;
  readyToShow?: () => void;
  closing?: (event: { preventDefault: () => void }) => void;
  webContents: { send: ReturnType<typeof vi.fn> };
  listeners: Map<string, unknown>;
};

vi.mock('electron', () => ({
  app: { on: vi.fn(), removeListener: vi.fn() },
  ipcMain: { on: vi.fn(), removeListener: vi.fn() },
  dialog: { showMessageBox: vi.fn() },
  BrowserWindow: class {
    loadURL = vi.fn(async () => undefined);
    show = vi.fn();
    maximize = vi.fn();
    listeners = new Map<string, unknown>();
    readyToShow?: () => void;
    closing?: (event: { preventDefault: () => void }) => void;
    webContents = {
      send: vi.fn(),
      isDestroyed: () => false,
      isCrashed: () => false,
      on: (event: string, listener: unknown) => this.listeners.set(`contents:${event}`, listener),
    };
    constructor(readonly options: BrowserWindowConstructorOptions) {
      created.push(this);
    }
    once(event: string, listener: () => void) {
      if (event === 'ready-to-show') this.readyToShow = listener;
    }
    on(event: string, listener: (event: { preventDefault: () => void }) => void) {
      if (event === 'close') this.closing = listener;
      this.listeners.set(event, listener);
    }
  },
}));

beforeEach(() => {
  created.length = 0;
});

describe('createMainWindow', () => {
  it('isolates and sandboxes the renderer, and turns off middle-click navigation', () => {
    createMainWindow('/app/dist-electron/preload.cjs', 'app://docking-desk/index.html');
    expect(created[0]?.options.webPreferences).toEqual({
      preload: '/app/dist-electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
    });
  });

  it('loads the URL and shows the window only when it is ready', () => {
    createMainWindow('/app/preload.cjs', 'app://docking-desk/index.html');
    const [window] = created;
    expect(window?.options.show).toBe(false);
    expect(window?.loadURL).toHaveBeenCalledWith('app://docking-desk/index.html');
    expect(window?.show).not.toHaveBeenCalled();
    window?.readyToShow?.();
    expect(window?.show).toHaveBeenCalledOnce();
  });

  it('restores the saved placement, maximising once shown', () => {
    createMainWindow('/app/preload.cjs', 'app://docking-desk/index.html', { x: 40, y: 30, width: 1100, height: 700, maximized: true });
    const [window] = created;
    expect(window?.options).toMatchObject({ x: 40, y: 30, width: 1100, height: 700 });
    expect(window?.options).not.toHaveProperty('maximized');
    window?.readyToShow?.();
    expect(window?.maximize).toHaveBeenCalledOnce();
  });

  it('keeps the default size without a saved placement', () => {
    createMainWindow('/app/preload.cjs', 'app://docking-desk/index.html');
    expect(created[0]?.options).toMatchObject({ width: 1280, height: 800 });
    expect(created[0]?.options).not.toHaveProperty('x');
    created[0]?.readyToShow?.();
    expect(created[0]?.maximize).not.toHaveBeenCalled();
  });

  it('watches for crashes and hangs (see recovery.test.ts)', () => {
    createMainWindow('/app/preload.cjs', 'app://docking-desk/index.html');
    expect(created[0]?.listeners.has('contents:render-process-gone')).toBe(true);
    expect(created[0]?.listeners.has('unresponsive')).toBe(true);
  });

  it('holds the first close for the final backup (see finalBackup.test.ts)', () => {
    createMainWindow('/app/preload.cjs', 'app://docking-desk/index.html');
    const preventDefault = vi.fn();
    created[0]?.closing?.({ preventDefault });
    expect(preventDefault).toHaveBeenCalled();
    expect(created[0]?.webContents.send).toHaveBeenCalledWith('app:beforeQuit');
  });
});

describe('focusWindow', () => {
  it('restores a minimised window and focuses it', () => {
    const window = { isMinimized: () => true, restore: vi.fn(), show: vi.fn(), focus: vi.fn() };
    focusWindow(window as unknown as Parameters<typeof focusWindow>[0]);
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });
});
