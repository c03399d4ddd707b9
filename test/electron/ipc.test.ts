import type { IpcMainInvokeEvent } from 'electron';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHandle, registerBridge, runHandler, type MainHandlers } from '../../electron/ipc';
import { createTrustCheck } from '../../electron/security';
import { BRIDGE_CHANNELS, ok } from '../../shared/bridge';
import { APP_PAGE, invokeEvent } from './support/fakes';

const electron = vi.hoisted(() => ({
  listeners: new Map<string, (event: unknown, payload: unknown) => Promise<unknown>>(),
  parentWindow: { id: 7 },
}));
vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, listener: (event: unknown, payload: unknown) => Promise<unknown>) => electron.listeners.set(channel, listener) },
  BrowserWindow: { fromWebContents: () => electron.parentWindow },
}));

afterEach(() => {
  electron.listeners.clear();
  vi.restoreAllMocks();
});

const trusted = createTrustCheck();
const appInfo = async () => ok({ version: '1.0.0', platform: 'electron' as const });

describe('runHandler', () => {
  it('passes the validated payload, the sender and its window', async () => {
    const handler = vi.fn(async () => ok({ canceled: true as const }));
    const sender = { id: 3 };
    const result = await runHandler('file:open', handler, invokeEvent(APP_PAGE, sender), { filters: [] }, trusted);
    expect(result).toEqual({ ok: true, value: { canceled: true } });
    expect(handler).toHaveBeenCalledWith({ filters: [] }, { sender, window: electron.parentWindow });
  });

  it('refuses a frame that has gone away', async () => {
    const handler = vi.fn(appInfo);
    expect(await runHandler('app:info', handler, invokeEvent(null), undefined, trusted)).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', message: '此页面无权使用对接台的本机功能' },
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it('checks the sender before the payload', async () => {
    const result = await runHandler('file:open', vi.fn(), invokeEvent('https://example.com/'), 'garbage', trusted);
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('turns a thrown error into a Chinese failure', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const handler = async () => {
      throw Object.assign(new Error('EBUSY: resource busy or locked'), { code: 'EBUSY' });
    };
    expect(await runHandler('app:info', handler, invokeEvent(APP_PAGE), undefined, trusted)).toEqual({
      ok: false,
      error: { code: 'FAILED', message: '文件正被其他程序占用（例如 Excel），请关闭后重试' },
    });
  });

  it('keeps the message of an unexpected error', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const handler = async (): Promise<never> => {
      throw new Error('GPU process gone');
    };
    expect(await runHandler('app:info', handler, invokeEvent(APP_PAGE), undefined, trusted)).toEqual({
      ok: false,
      error: { code: 'FAILED', message: '操作失败：GPU process gone' },
    });
  });
});

describe('createHandle and registerBridge', () => {
  it('registers a checked listener on ipcMain', async () => {
    createHandle(trusted)('app:info', appInfo);
    const listener = electron.listeners.get('app:info');
    expect(await listener?.(invokeEvent(APP_PAGE), undefined)).toEqual({ ok: true, value: { version: '1.0.0', platform: 'electron' } });
    expect(await listener?.(invokeEvent('https://example.com/') as IpcMainInvokeEvent, undefined)).toMatchObject({ ok: false });
  });

  it('registers every channel of the contract', () => {
    const handlers = Object.fromEntries(BRIDGE_CHANNELS.map((channel) => [channel, vi.fn()])) as unknown as MainHandlers;
    registerBridge(handlers, trusted);
    expect([...electron.listeners.keys()]).toEqual([...BRIDGE_CHANNELS]);
  });
});
