import type { Bridge } from '../../shared/bridge';
import { browserBridge } from './browserBridge';

declare global {
  // Adding a property to `Window` needs declaration merging, which only an interface does.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Window {
    /** Exposed by the Electron preload (electron/preload.ts); absent in a plain browser. */
    readonly dockingDesk?: Bridge;
  }
}

/** The host's bridge: the desktop app's when running in Electron, the browser fallback otherwise. */
export const getBridge = (): Bridge => window.dockingDesk ?? browserBridge;
