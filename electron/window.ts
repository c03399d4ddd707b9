import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import { holdCloseForFinalBackup } from './finalBackup';

export const mainWindowOptions = (preloadPath: string): BrowserWindowConstructorOptions => ({
  title: '对接台',
  width: 1280,
  height: 800,
  minWidth: 1024,
  minHeight: 640,
  // Shown on `ready-to-show`, so the organiser never sees a blank white frame.
  show: false,
  autoHideMenuBar: true,
  webPreferences: {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    webSecurity: true,
    spellcheck: false,
  },
});

export const createMainWindow = (preloadPath: string, url: string): BrowserWindow => {
  const window = new BrowserWindow(mainWindowOptions(preloadPath));
  window.once('ready-to-show', () => window.show());
  holdCloseForFinalBackup(window);
  window.loadURL(url).catch((error: unknown) => console.error(`对接台: cannot load ${url}`, error));
  return window;
};

/** A second launch lands here: bring the existing window forward instead of opening another. */
export const focusWindow = (window: BrowserWindow): void => {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
};
