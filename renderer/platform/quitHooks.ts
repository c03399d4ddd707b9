import type { QuitHooks } from '../../shared/bridge';

declare global {
  // Adding a property to `Window` needs declaration merging, which only an interface does.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Window {
    /** Exposed by the Electron preload (electron/preload.ts); absent in a plain browser. */
    readonly dockingDeskQuit?: QuitHooks;
  }
}

/** The desktop app's quit hooks; `undefined` in a browser, which gives a page no say in closing. */
export const getQuitHooks = (): QuitHooks | undefined => (typeof window === 'undefined' ? undefined : window.dockingDeskQuit);
