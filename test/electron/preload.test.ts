import { describe, expect, it, vi } from 'vitest';
import { BRIDGE_CHANNELS, type Bridge, type OpenedFile, type QuitHooks } from '../../shared/bridge';
import type { MenuCommand, MenuHooks } from '../../shared/menuCommands';

const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn(async (channel: string, payload: unknown) => ({ ok: true, value: { channel, payload } })),
  listeners: new Map<string, (event?: unknown, payload?: unknown) => void>(),
  send: vi.fn(),
}));
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api) },
  ipcRenderer: {
    invoke: electron.invoke,
    on: (channel: string, listener: (event?: unknown, payload?: unknown) => void) => electron.listeners.set(channel, listener),
    send: electron.send,
  },
}));

/** Main saying the window is closing; resolves once the preload has answered. */
const closeWindow = async () => {
  electron.send.mockClear();
  electron.listeners.get('app:beforeQuit')?.();
  await vi.waitFor(() => expect(electron.send).toHaveBeenCalledWith('app:readyToQuit'));
};

describe('preload', () => {
  it('exposes window.dockingDesk with one invoke per channel', async () => {
    await import('../../electron/preload');
    const bridge = electron.exposed.get('dockingDesk') as Bridge;
    expect(Object.keys(bridge)).toEqual([...BRIDGE_CHANNELS]);

    const request = { filters: [{ name: 'Excel', extensions: ['xlsx'] }] };
    expect(await bridge['file:open'](request)).toEqual({ ok: true, value: { channel: 'file:open', payload: request } });
    await bridge['app:info']();
    expect(electron.invoke).toHaveBeenLastCalledWith('app:info', undefined);
  });

  it('exposes window.dockingDeskQuit: main waits for every final-backup callback, failed or not', async () => {
    await import('../../electron/preload');
    const quitHooks = electron.exposed.get('dockingDeskQuit') as QuitHooks;
    const done: string[] = [];
    quitHooks.onBeforeQuit(async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
      done.push('backup');
    });
    const unsubscribe = quitHooks.onBeforeQuit(async () => {
      throw new Error('磁盘已满');
    });
    await closeWindow();
    expect(done).toEqual(['backup']);
    unsubscribe();
  });

  it('answers at once when no page registered a callback', async () => {
    vi.resetModules();
    await import('../../electron/preload');
    await closeWindow();
    expect(electron.send).toHaveBeenCalledOnce();
  });
});

/** Main sending `payload` on `channel`, as `webContents.send` would. */
const fromMain = (channel: string, payload: unknown) => electron.listeners.get(channel)?.({}, payload);
const bundle = (name: string): OpenedFile => ({ name, data: new Uint8Array([0x50, 0x4b]) });

describe('preload: window.dockingDeskMenu', () => {
  const freshMenu = async () => {
    vi.resetModules();
    await import('../../electron/preload');
    return electron.exposed.get('dockingDeskMenu') as MenuHooks;
  };

  it('passes menu commands on, and only known ones', async () => {
    const menu = await freshMenu();
    const commands: MenuCommand[] = [];
    const unsubscribe = menu.onCommand((command) => commands.push(command));
    fromMain('menu:command', 'sync:import');
    fromMain('menu:command', 'shell:openExternal');
    fromMain('menu:command', { command: 'backup:now' });
    unsubscribe();
    fromMain('menu:command', 'backup:now');
    expect(commands).toEqual(['sync:import']);
  });

  it('holds opened bundles until the page subscribes, then passes them on as they come', async () => {
    const menu = await freshMenu();
    fromMain('app:openFile', bundle('早.dockbundle'));
    const opened: string[] = [];
    const unsubscribe = menu.onOpenFile((file) => opened.push(file.name));
    fromMain('app:openFile', bundle('晚.dockbundle'));
    expect(opened).toEqual(['早.dockbundle', '晚.dockbundle']);
    unsubscribe();
  });

  it('drops an opened file that is not a bundle', async () => {
    const menu = await freshMenu();
    const opened: string[] = [];
    menu.onOpenFile((file) => opened.push(file.name));
    fromMain('app:openFile', bundle('名录.xlsx'));
    fromMain('app:openFile', { name: '现场.dockbundle', data: 'PK' });
    fromMain('app:openFile', null);
    expect(opened).toEqual([]);
  });
});
