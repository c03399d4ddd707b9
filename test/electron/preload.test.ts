import { describe, expect, it, vi } from 'vitest';
import { BRIDGE_CHANNELS, type Bridge, type QuitHooks } from '../../shared/bridge';

const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn(async (channel: string, payload: unknown) => ({ ok: true, value: { channel, payload } })),
  listeners: new Map<string, () => void>(),
  send: vi.fn(),
}));
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api) },
  ipcRenderer: { invoke: electron.invoke, on: (channel: string, listener: () => void) => electron.listeners.set(channel, listener), send: electron.send },
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
