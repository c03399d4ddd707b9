import { describe, expect, it, vi } from 'vitest';
import { BRIDGE_CHANNELS, type Bridge } from '../../shared/bridge';

const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn(async (channel: string, payload: unknown) => ({ ok: true, value: { channel, payload } })),
}));
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api) },
  ipcRenderer: { invoke: electron.invoke },
}));

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
});
