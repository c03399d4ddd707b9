import { app, ipcMain, type BrowserWindow, type IpcMainEvent } from 'electron';
import { BEFORE_QUIT_CHANNEL, READY_TO_QUIT_CHANNEL } from '../shared/bridge';

/** Enough for the snapshot bundle of a large fair; short enough that a hung page never keeps the app open. */
export const FINAL_BACKUP_TIMEOUT_MS = 5_000;

/**
 * Holds the window's close until the page has made its final backup: main
 * sends `BEFORE_QUIT_CHANNEL`, the page (through the preload's `onBeforeQuit`)
 * backs up and answers `READY_TO_QUIT_CHANNEL`, then the window really closes,
 * or after `timeoutMs` whatever the page is doing. The preload answers at once
 * when nothing is registered, so a page without an open event closes at once.
 */
export const holdCloseForFinalBackup = (window: BrowserWindow, timeoutMs = FINAL_BACKUP_TIMEOUT_MS): void => {
  let phase: 'open' | 'backingUp' | 'closing' = 'open';
  // Holding the close cancels a quit in progress (Cmd+Q, the dock menu), which is resumed afterwards.
  let quitting = false;
  const onBeforeQuit = (): void => {
    quitting = true;
  };
  app.on('before-quit', onBeforeQuit);
  window.once('closed', () => app.removeListener('before-quit', onBeforeQuit));

  window.on('close', (event) => {
    if (phase === 'closing') return;
    event.preventDefault();
    // A second click on × while the backup runs waits for the same backup.
    if (phase === 'backingUp') return;
    phase = 'backingUp';
    const contents = window.webContents;
    const finish = (): void => {
      if (phase !== 'backingUp') return;
      phase = 'closing';
      clearTimeout(timer);
      ipcMain.removeListener(READY_TO_QUIT_CHANNEL, onReady);
      if (quitting) app.quit();
      else window.close();
    };
    // Only this window's page may let it close.
    const onReady = (readyEvent: IpcMainEvent): void => {
      if (readyEvent.sender === contents) finish();
    };
    const timer = setTimeout(finish, timeoutMs);
    ipcMain.on(READY_TO_QUIT_CHANNEL, onReady);
    if (contents.isDestroyed() || contents.isCrashed()) finish();
    else contents.send(BEFORE_QUIT_CHANNEL);
  });
};
