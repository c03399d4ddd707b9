import path from 'node:path';
import { app, BrowserWindow, dialog, protocol, session } from 'electron';
import { createDialogs } from './handlers/dialogs';
import { createHandlers } from './handlers';
import { registerBridge } from './ipc';
import { createPrintPages } from './printPages';
import { createAppProtocolHandler, registerAppScheme } from './protocol';
import {
  APP_ENTRY_URL,
  APP_SCHEME,
  applyPermissionPolicy,
  createTrustCheck,
  devServerUrl,
  lockDownContents,
} from './security';
import { createMainWindow, focusWindow } from './window';

registerAppScheme();

const start = async (): Promise<void> => {
  const devUrl = devServerUrl(app.isPackaged, process.env.DOCKING_DESK_DEV_URL);
  const startUrl = devUrl?.href ?? APP_ENTRY_URL;
  const isTrusted = createTrustCheck(devUrl?.origin);
  const preloadPath = path.join(app.getAppPath(), 'dist-electron', 'preload.cjs');

  let mainWindow: BrowserWindow | undefined;
  const showMainWindow = (): void => {
    if (mainWindow === undefined || mainWindow.isDestroyed()) mainWindow = createMainWindow(preloadPath, startUrl);
    else focusWindow(mainWindow);
  };

  app.on('web-contents-created', (_event, contents) => lockDownContents(contents));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  await app.whenReady();
  // Registered only now: windows cannot be created before `ready`.
  app.on('second-instance', showMainWindow);
  app.on('activate', showMainWindow);
  const printPages = createPrintPages();
  protocol.handle(APP_SCHEME, createAppProtocolHandler({ rootDir: path.join(app.getAppPath(), 'dist', 'renderer'), printPages }));
  applyPermissionPolicy(session.defaultSession, isTrusted);
  registerBridge(createHandlers(createDialogs(app.getPath('documents')), printPages), isTrusted);
  showMainWindow();
};

// One organiser, one database: a second launch focuses the running window instead.
if (app.requestSingleInstanceLock()) {
  start().catch((error: unknown) => {
    dialog.showErrorBox('对接台无法启动', error instanceof Error ? error.message : String(error));
    app.exit(1);
  });
} else {
  app.quit();
}
