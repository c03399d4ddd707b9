import { contextBridge, ipcRenderer } from 'electron';
import {
  BEFORE_QUIT_CHANNEL,
  BridgeErrorCode,
  fail,
  mapChannels,
  READY_TO_QUIT_CHANNEL,
  type Bridge,
  type BridgeResult,
  type OpenedFile,
  type QuitHooks,
} from '../shared/bridge';
import { isMenuCommand, isOpenedBundle, MENU_COMMAND_CHANNEL, OPEN_FILE_CHANNEL, type MenuCommand, type MenuHooks } from '../shared/menuCommands';

/**
 * `invoke` rejects only when the call never reached a handler: most often a
 * payload Electron cannot clone (a function, a DOM node), which the browser
 * bridge refuses as a bad payload. Turned into a result here, so that neither
 * host ever rejects.
 */
const notDelivered = (error: unknown): BridgeResult<never> => {
  const message = error instanceof Error ? error.message : String(error);
  return /could not be cloned/i.test(message)
    ? fail(BridgeErrorCode.BadPayload, '请求参数无效：含有无法传给对接台主进程的内容（例如函数）')
    : fail(BridgeErrorCode.Failed, `操作失败：${message}`);
};

/**
 * A pass-through: validation and the sender check happen in the main process,
 * which a compromised page cannot bypass. Sandboxed preloads cannot `require`
 * our files, so esbuild bundles this into one CommonJS file.
 */
const bridge = mapChannels(
  (channel) => (payload?: unknown) => ipcRenderer.invoke(channel, payload).catch(notDelivered),
) satisfies Bridge;

contextBridge.exposeInMainWorld('dockingDesk', bridge);

/**
 * Outside the request/response bridge: main asks for the final backup when the
 * window is closing and waits for the answer, sent once every callback has
 * settled, at once when none is registered.
 */
const beforeQuit = new Set<() => Promise<void>>();
ipcRenderer.on(BEFORE_QUIT_CHANNEL, () => {
  void Promise.allSettled([...beforeQuit].map(async (callback) => callback())).then(() => ipcRenderer.send(READY_TO_QUIT_CHANNEL));
});
const quitHooks = {
  onBeforeQuit: (callback) => {
    beforeQuit.add(callback);
    return () => {
      beforeQuit.delete(callback);
    };
  },
} satisfies QuitHooks;

contextBridge.exposeInMainWorld('dockingDeskQuit', quitHooks);

/**
 * Menu commands and bundles opened from the operating system. Main sends a
 * file once the page has loaded, which can be before React has subscribed, so
 * files wait here for the first subscriber.
 */
const commandListeners = new Set<(command: MenuCommand) => void>();
const fileListeners = new Set<(file: OpenedFile) => void>();
const waitingFiles: OpenedFile[] = [];
ipcRenderer.on(MENU_COMMAND_CHANNEL, (_event, command: unknown) => {
  if (isMenuCommand(command)) commandListeners.forEach((callback) => callback(command));
});
ipcRenderer.on(OPEN_FILE_CHANNEL, (_event, file: unknown) => {
  if (!isOpenedBundle(file)) return;
  if (fileListeners.size === 0) waitingFiles.push(file);
  else fileListeners.forEach((callback) => callback(file));
});
const menuHooks = {
  onCommand: (callback) => {
    commandListeners.add(callback);
    return () => {
      commandListeners.delete(callback);
    };
  },
  onOpenFile: (callback) => {
    fileListeners.add(callback);
    waitingFiles.splice(0).forEach((file) => callback(file));
    return () => {
      fileListeners.delete(callback);
    };
  },
} satisfies MenuHooks;

contextBridge.exposeInMainWorld('dockingDeskMenu', menuHooks);
