import path from 'node:path';
import { app, BrowserWindow, dialog, protocol, screen, session } from 'electron';
import { backupsFolder, createBackupHandlers } from './handlers/backups';
import { createDialogs } from './handlers/dialogs';
import { createHandlers } from './handlers';
import { registerBridge } from './ipc';
import { installMenu, showAbout } from './menu';
import { bundlePathsIn, createBundleOpener } from './openBundle';
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
import { placeWindow, readWindowState, rememberWindowState, WINDOW_STATE_FILE } from './windowState';

registerAppScheme();

const warn = (title: string, message: string): void => {
  // Files can be opened before `ready`, when no dialog can show yet.
  void app.whenReady().then(() => dialog.showMessageBox({ type: 'warning', title, message, buttons: ['知道了'] }));
};

const bundles = createBundleOpener((message) => warn('无法打开数据包', message));

const start = async (): Promise<void> => {
  const devUrl = devServerUrl(app.isPackaged, process.env.DOCKING_DESK_DEV_URL);
  const startUrl = devUrl?.href ?? APP_ENTRY_URL;
  const isTrusted = createTrustCheck(devUrl?.origin);
  const preloadPath = path.join(app.getAppPath(), 'dist-electron', 'preload.cjs');
  const stateFile = path.join(app.getPath('userData'), WINDOW_STATE_FILE);
  const savedState = readWindowState(stateFile);

  let mainWindow: BrowserWindow | undefined;
  const currentWindow = (): BrowserWindow | undefined => (mainWindow?.isDestroyed() === false ? mainWindow : undefined);
  const showMainWindow = (): void => {
    const existing = currentWindow();
    if (existing !== undefined) {
      focusWindow(existing);
      return;
    }
    const placement = placeWindow(windowState, screen.getAllDisplays().map((display) => display.workArea));
    mainWindow = createMainWindow(preloadPath, startUrl, placement);
    rememberWindowState(mainWindow, stateFile, (state) => {
      windowState = state;
    });
    bundles.attach(mainWindow.webContents);
  };

  app.on('web-contents-created', (_event, contents) => lockDownContents(contents));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  await app.whenReady();
  let windowState = await savedState;
  // Registered only now: windows cannot be created before `ready`.
  app.on('second-instance', (_event, argv, workingDirectory) => {
    showMainWindow();
    bundlePathsIn(argv, workingDirectory).forEach((file) => void bundles.open(file));
  });
  app.on('activate', showMainWindow);
  const printPages = createPrintPages();
  protocol.handle(APP_SCHEME, createAppProtocolHandler({ rootDir: path.join(app.getAppPath(), 'dist', 'renderer'), printPages }));
  applyPermissionPolicy(session.defaultSession, isTrusted);
  const backupHandlers = createBackupHandlers(backupsFolder());
  registerBridge(createHandlers(createDialogs(app.getPath('documents')), printPages), isTrusted);
  installMenu(
    {
      getWindow: currentWindow,
      openBackupsFolder: async () => {
        const window = currentWindow();
        if (window === undefined) return;
        const opened = await backupHandlers['backup:openFolder'](undefined, { sender: window.webContents, window });
        if (!opened.ok) warn('无法打开备份文件夹', opened.error.message);
      },
      showAbout: () => showAbout(currentWindow()),
    },
    { isPackaged: app.isPackaged, platform: process.platform },
  );
  showMainWindow();
  bundlePathsIn(process.argv, process.cwd()).forEach((file) => void bundles.open(file));
};

// One organiser, one database: a second launch focuses the running window instead.
if (app.requestSingleInstanceLock()) {
  // macOS hands over double-clicked bundles with this event, possibly before `ready`.
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    void bundles.open(filePath);
  });
  start().catch((error: unknown) => {
    dialog.showErrorBox('对接台无法启动', error instanceof Error ? error.message : String(error));
    app.exit(1);
  });
} else {
  app.quit();
}
