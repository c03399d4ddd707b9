import { describe, expect, it, vi } from 'vitest';
import { appInfo } from '../../../electron/handlers/appInfo';
import { invoke } from '../support/fakes';

vi.mock('electron', () => ({
  app: { getVersion: () => '0.1.0', getPath: (name: string) => `/home/organiser/.config/对接台/${name}` },
  BrowserWindow: { fromWebContents: () => null },
  ipcMain: { handle: vi.fn() },
}));

describe('app:info', () => {
  it('reports the version, the platform and where the data lives', async () => {
    expect(await invoke('app:info', appInfo, undefined)).toEqual({
      ok: true,
      value: { version: '0.1.0', platform: 'electron', dataLocation: '/home/organiser/.config/对接台/userData' },
    });
  });

  it('refuses a payload', async () => {
    expect(await invoke('app:info', appInfo, { verbose: true })).toMatchObject({ ok: false, error: { code: 'BAD_PAYLOAD' } });
  });

  it('refuses a page that is not the app', async () => {
    expect(await invoke('app:info', appInfo, undefined, { url: 'http://127.0.0.1:5173/' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});
