import { contextBridge, ipcRenderer } from 'electron';
import { mapChannels, type Bridge } from '../shared/bridge';

/**
 * A pass-through: validation and the sender check happen in the main process,
 * which a compromised page cannot bypass. Sandboxed preloads cannot `require`
 * our files, so esbuild bundles this into one CommonJS file.
 */
const bridge = mapChannels((channel) => (payload?: unknown) => ipcRenderer.invoke(channel, payload)) satisfies Bridge;

contextBridge.exposeInMainWorld('dockingDesk', bridge);
