import { contextBridge, ipcRenderer } from 'electron';
import { BEFORE_QUIT_CHANNEL, mapChannels, READY_TO_QUIT_CHANNEL, type Bridge, type OpenedFile, type QuitHooks } from '../shared/bridge';
import { isMenuCommand, isOpenedBundle, MENU_COMMAND_CHANNEL, OPEN_FILE_CHANNEL, type MenuCommand, type MenuHooks } from '../shared/menuCommands';

/**
 * A pass-through: validation and the sender check happen in the main process,
 * which a compromised page cannot bypass. Sandboxed preloads cannot `require`
 * our files, so esbuild bundles this into one CommonJS file.
 */
const bridge = mapChannels((channel) => (payload?: unknown) => ipcRenderer.invoke(channel, payload)) satisfies Bridge;

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
