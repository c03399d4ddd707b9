import type { IpcMainInvokeEvent, WebContents } from 'electron';
import type { Dialogs } from '../../../electron/handlers/dialogs';
import { runHandler, type MainHandler } from '../../../electron/ipc';
import { createTrustCheck } from '../../../electron/security';
import type { BridgeChannel, BridgeResult, BridgeValue } from '../../../shared/bridge';

export const APP_PAGE = 'app://docking-desk/index.html';

/**
 * An `ipcMain.handle` event as sent from a page at `url` (`null`: a frame
 * already gone). Only the fields the bridge reads are filled in.
 */
export const invokeEvent = (url: string | null, sender: Partial<WebContents> = {}): IpcMainInvokeEvent =>
  ({ senderFrame: url === null ? null : { url }, sender }) as unknown as IpcMainInvokeEvent;

/** Dialogs where the organiser picks `savePath` / `openPath`, or cancels when `undefined`. */
export const fakeDialogs = (choice: { savePath?: string; openPath?: string }): Dialogs & { savedAs: string[] } => {
  const savedAs: string[] = [];
  return {
    savedAs,
    chooseSavePath: async (_window, suggestedName) => {
      savedAs.push(suggestedName);
      return choice.savePath;
    },
    chooseOpenPath: async () => choice.openPath,
  };
};

/** Calls `handler` the way `ipcMain.handle` would: sender check, validation, error capture. */
export const invoke = <K extends BridgeChannel>(
  channel: K,
  handler: MainHandler<K>,
  payload: unknown,
  options: { url?: string | null; sender?: Partial<WebContents> } = {},
): Promise<BridgeResult<BridgeValue<K>>> =>
  runHandler(channel, handler, invokeEvent(options.url === undefined ? APP_PAGE : options.url, options.sender), payload, createTrustCheck());
