import type { MenuHooks } from '../../shared/menuCommands';

declare global {
  // Adding a property to `Window` needs declaration merging, which only an interface does.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Window {
    /** Exposed by the Electron preload (electron/preload.ts); absent in a plain browser. */
    readonly dockingDeskMenu?: MenuHooks;
  }
}

/** The desktop app's menu and opened files; `undefined` in a browser, which has neither. */
export const getMenuHooks = (): MenuHooks | undefined => (typeof window === 'undefined' ? undefined : window.dockingDeskMenu);
