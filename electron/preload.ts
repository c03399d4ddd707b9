import { contextBridge, ipcRenderer } from 'electron';
import { BEFORE_QUIT_CHANNEL, mapChannels, READY_TO_QUIT_CHANNEL, type Bridge, type QuitHooks } from '../shared/bridge';

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
