import { mkdir, mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { IpcMainInvokeEvent, PrintToPDFOptions, WebContentsPrintOptions } from 'electron';
import { afterEach, vi } from 'vitest';
import '../../electron/preload';
import { createHandlers } from '../../electron/handlers';
import { backupsFolder } from '../../electron/handlers/backups';
import { createDialogs } from '../../electron/handlers/dialogs';
import { registerBridge } from '../../electron/ipc';
import { createPrintPages } from '../../electron/printPages';
import { APP_ENTRY_URL, createTrustCheck } from '../../electron/security';
import { BADGE_PAGE_MM, PAGE_SIZES, type Bridge, type PageSize } from '../../shared/bridge';
import { describeBridgeContract, type PrintedPage } from './bridgeContract';

type MainListener = (event: IpcMainInvokeEvent, payload: unknown) => Promise<unknown>;

/**
 * Both ends of Electron's IPC joined in memory: the preload's `ipcRenderer.invoke`
 * reaches the listener the main process gave `ipcMain.handle`, with payload and
 * result structured-cloned as Electron does, from the app's own page.
 */
const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  listeners: new Map<string, MainListener>(),
  root: '',
  /** The URL of the calling frame, set to the app's page in setup (hoisted code cannot see imports). */
  pageUrl: '',
  sender: {},
  /** What the save dialog answers: the suggested path as is, or cancelled. */
  nextSave: 'accept' as 'accept' | 'cancel',
  savedPaths: [] as string[],
  /** What the open dialog answers: a path, or cancelled when `undefined`. */
  nextOpen: undefined as string | undefined,
}));

vi.mock('electron', () => {
  const lastOf = (args: unknown[]) => args.at(-1) as { defaultPath?: string };
  return {
    app: {
      getVersion: () => '1.4.0',
      getPath: (name: string) => `${electron.root}/${name}`,
    },
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api) },
    ipcRenderer: {
      invoke: async (channel: string, payload: unknown) => {
        const listener = electron.listeners.get(channel);
        // Electron rejects too when main registered nothing for the channel.
        if (listener === undefined) throw new Error(`No handler registered for '${channel}'`);
        const event = { senderFrame: { url: electron.pageUrl }, sender: electron.sender } as unknown as IpcMainInvokeEvent;
        return structuredClone(await listener(event, structuredClone(payload)));
      },
      on: () => undefined,
      send: () => undefined,
    },
    ipcMain: { handle: (channel: string, listener: MainListener) => electron.listeners.set(channel, listener) },
    BrowserWindow: { fromWebContents: () => null },
    dialog: {
      showSaveDialog: async (...args: unknown[]) => {
        const { defaultPath = '' } = lastOf(args);
        if (electron.nextSave === 'cancel') {
          electron.pageUrl = APP_ENTRY_URL;
  electron.nextSave = 'accept';
          return { canceled: true, filePath: '' };
        }
        electron.savedPaths.push(defaultPath);
        return { canceled: false, filePath: defaultPath };
      },
      showOpenDialog: async () => {
        const chosen = electron.nextOpen;
        return chosen === undefined ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [chosen] };
      },
    },
    shell: { openPath: async () => '', showItemInFolder: () => undefined },
  };
});

afterEach(async () => {
  electron.listeners.clear();
  await rm(electron.root, { recursive: true, force: true });
});

const isPageSize = (value: unknown): value is PageSize => PAGE_SIZES.some((size) => size === value);

/** A custom size back to the bridge's name for it: printToPDF speaks inches, print microns. */
const namedSize = (pageSize: unknown, unitsPerMm: number): PageSize => {
  if (isPageSize(pageSize)) return pageSize;
  const custom = pageSize as { width?: number; height?: number } | undefined;
  const mm = (units = 0) => Math.round(units / unitsPerMm);
  if (mm(custom?.width) === BADGE_PAGE_MM.width && mm(custom?.height) === BADGE_PAGE_MM.height) return 'badge';
  throw new Error(`printed at ${JSON.stringify(pageSize)}`);
};

/** The page that calls; `print:*` without HTML prints it. The system print dialog is answered with 打印. */
const appPage = (printed: PrintedPage[]) => ({
  printToPDF: async ({ pageSize, landscape = false }: PrintToPDFOptions) => {
    printed.push({ pageSize: namedSize(pageSize, 1 / 25.4), landscape });
    return Buffer.from('%PDF-1.7');
  },
  print: ({ pageSize, landscape = false }: WebContentsPrintOptions, callback: (success: boolean, failureReason: string) => void) => {
    printed.push({ pageSize: namedSize(pageSize, 1000), landscape });
    callback(true, '');
  },
});

describeBridgeContract('Electron', async () => {
  electron.root = await mkdtemp(path.join(tmpdir(), 'docking-desk-contract-'));
  electron.pageUrl = APP_ENTRY_URL;
  electron.nextSave = 'accept';
  electron.savedPaths = [];
  electron.nextOpen = undefined;
  const printed: PrintedPage[] = [];
  electron.sender = appPage(printed);
  const documents = path.join(electron.root, 'documents');
  await mkdir(documents);
  // As electron/main.ts wires it, with the same trust check a packaged app uses.
  registerBridge(createHandlers(createDialogs(documents), createPrintPages()), createTrustCheck());

  const bridge = electron.exposed.get('dockingDesk') as Bridge;
  return {
    bridge,
    platform: 'electron',
    nextOpenDialog: async (file) => {
      if (file === undefined) {
        electron.nextOpen = undefined;
        return;
      }
      const folder = path.join(electron.root, 'usb');
      await mkdir(folder, { recursive: true });
      const chosen = path.join(folder, file.name);
      if ('data' in file) {
        await writeFile(chosen, file.data);
      } else {
        // A sparse file: the size is real, the disk blocks are not.
        await writeFile(chosen, '');
        await truncate(chosen, file.size);
      }
      electron.nextOpen = chosen;
    },
    cancelNextSave: () => {
      electron.nextSave = 'cancel';
    },
    saved: () =>
      Promise.all(
        electron.savedPaths
          // PDFs share the save dialog; the browser's print dialog saves nothing the page can see, so neither host counts them.
          .filter((saved) => !saved.endsWith('.pdf'))
          .map(async (saved) => ({ name: path.basename(saved), data: new Uint8Array(await readFile(saved)) })),
      ),
    printed: () => printed,
    plantInBackups: async (name, data) => {
      await mkdir(backupsFolder(), { recursive: true });
      await writeFile(path.join(backupsFolder(), name), data);
    },
  };
});
