import { BrowserWindow } from 'electron';
import { holdCloseForFinalBackup } from './finalBackup';
import { recoverFromCrashes } from './recovery';
import type { WindowPlacement } from './windowState';

/** The size the window opens at before the organiser has moved or resized it. */
const DEFAULT_SIZE = { width: 1280, height: 800 };

/** Where the organiser last left the window (see windowState.ts); the default size, centred, without one. */
export const createMainWindow = (preloadPath: string, url: string, placement?: WindowPlacement): BrowserWindow => {
  const { maximized = false, ...bounds } = placement ?? {};
  // The options are written out here, not built elsewhere, so that the Electronegativity audit can read them.
  const window = new BrowserWindow({
    title: '对接台',
    ...DEFAULT_SIZE,
    ...bounds,
    minWidth: 1024,
    minHeight: 640,
    // Shown on `ready-to-show`, so the organiser never sees a blank white frame.
    show: false,
    webPreferences: {
      // Reviewed: the preload only hands the typed bridge to the page through contextBridge (test/electron/preload.test.ts).
      preload: preloadPath, // eng-disable PRELOAD_JS_CHECK
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
      // A middle click on a link would otherwise try to open a new window.
      disableBlinkFeatures: 'Auxclick',
    },
  });
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
