import type { OpenedFile } from './bridge';

/**
 * Main → renderer messages outside the request/response bridge: the
 * application menu's commands and bundles opened from the operating system
 * (double-click, "open with"). Main only ever sends what is listed here; the
 * preload and the renderer check it again, so a wrong message is dropped, never
 * acted on.
 */

/** The menu items the renderer carries out; the rest (quit, zoom, 打开备份文件夹) main does itself. */
export const MENU_COMMANDS = ['sync:import', 'sync:export', 'backup:now'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export const MENU_COMMAND_CHANNEL = 'menu:command';
export const OPEN_FILE_CHANNEL = 'app:openFile';

/** The only files the operating system may hand over. */
export const BUNDLE_EXTENSION = '.dockbundle';

export const isMenuCommand = (value: unknown): value is MenuCommand =>
  typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);

/** A plain check, not zod: the preload is bundled on its own and stays small. */
export const isOpenedBundle = (value: unknown): value is OpenedFile =>
  typeof value === 'object' &&
  value !== null &&
  'name' in value &&
  typeof value.name === 'string' &&
  value.name.toLowerCase().endsWith(BUNDLE_EXTENSION) &&
  'data' in value &&
  value.data instanceof Uint8Array;

/** What the Electron preload exposes as `window.dockingDeskMenu`; absent in the browser. */
export type MenuHooks = {
  /** Returns an unsubscribe. */
  onCommand: (callback: (command: MenuCommand) => void) => () => void;
  /** Files opened before the first subscriber are held and handed to it. Returns an unsubscribe. */
  onOpenFile: (callback: (file: OpenedFile) => void) => () => void;
};
