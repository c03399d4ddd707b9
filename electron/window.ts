import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import { holdCloseForFinalBackup } from './finalBackup';
import { recoverFromCrashes } from './recovery';
import type { WindowPlacement } from './windowState';

export const mainWindowOptions = (preloadPath: string): BrowserWindowConstructorOptions => ({
  title: '对接台',
  width: 1280,
  height: 800,
  minWidth: 1024,
  minHeight: 640,
  // Shown on `ready-to-show`, so the organiser never sees a blank white frame.
  show: false,
  webPreferences: {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    webSecurity: true,
    spellcheck: false,
  },
});

/** Where the organiser last left the window (see windowState.ts); the default size, centred, without one. */
export const createMainWindow = (preloadPath: string, url: string, placement?: WindowPlacement): BrowserWindow => {
  const { maximized = false, ...bounds } = placement ?? {};
  const window = new BrowserWindow({ ...mainWindowOptions(preloadPath), ...bounds });
  window.once('ready-to-show', () => {
    if (maximized) window.maximize();
    window.show();
  });
  holdCloseForFinalBackup(window);
  recoverFromCrashes(window);
  window.loadURL(url).catch((error: unknown) => console.error(`对接台: cannot load ${url}`, error));
  return window;
};

/** A second launch lands here: bring the existing window forward instead of opening another. */
export const focusWindow = (window: BrowserWindow): void => {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
};
