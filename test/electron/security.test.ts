import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  applyPermissionPolicy,
  createTrustCheck,
  devServerUrl,
  isAppUrl,
  isPermissionAllowed,
  lockDownContents,
} from '../../electron/security';

describe('isAppUrl', () => {
  it.each([
    ['app://docking-desk/index.html', true],
    ['app://docking-desk/assets/index.js?x=1#top', true],
    ['app://docking-desk.evil/index.html', false],
    ['app://docking-desk:8080/index.html', false],
    ['app://other/index.html', false],
    ['https://docking-desk/index.html', false],
    ['file:///opt/对接台/index.html', false],
    ['not a url', false],
    ['', false],
  ])('%s → %s', (url, expected) => {
    expect(isAppUrl(url)).toBe(expected);
  });
});

describe('devServerUrl and createTrustCheck', () => {
  it('honours DOCKING_DESK_DEV_URL only when unpackaged and http(s)', () => {
    expect(devServerUrl(false, 'http://127.0.0.1:5173/')?.origin).toBe('http://127.0.0.1:5173');
    expect(devServerUrl(true, 'http://127.0.0.1:5173/')).toBeUndefined();
    expect(devServerUrl(false, 'file:///tmp/index.html')).toBeUndefined();
    expect(devServerUrl(false, 'nonsense')).toBeUndefined();
    expect(devServerUrl(false, undefined)).toBeUndefined();
  });

  it('trusts the dev server origin only when given', () => {
    expect(createTrustCheck()('http://127.0.0.1:5173/')).toBe(false);
    const trusted = createTrustCheck('http://127.0.0.1:5173');
    expect(trusted('http://127.0.0.1:5173/src/main.tsx')).toBe(true);
    expect(trusted('http://127.0.0.1:5174/')).toBe(false);
    expect(trusted('app://docking-desk/index.html')).toBe(true);
  });
});

/** A web contents that records its listeners and window-open handler. */
const fakeContents = () => {
  const listeners = new Map<string, (event: { preventDefault: () => void }) => void>();
  let openHandler: (() => unknown) | undefined;
  const contents = {
    on: (name: string, listener: (event: { preventDefault: () => void }) => void) => listeners.set(name, listener),
    setWindowOpenHandler: (handler: () => unknown) => {
      openHandler = handler;
    },
  };
  return { contents: contents as unknown as WebContents, listeners, open: () => openHandler?.() };
};

describe('lockDownContents', () => {
  it.each(['will-navigate', 'will-attach-webview'])('cancels %s', (name) => {
    const { contents, listeners } = fakeContents();
    lockDownContents(contents);
    const preventDefault = vi.fn();
    listeners.get(name)?.({ preventDefault });
    expect(preventDefault).toHaveBeenCalledOnce();
  });

  it('denies every new window', () => {
    const { contents, open } = fakeContents();
    lockDownContents(contents);
    expect(open()).toEqual({ action: 'deny' });
  });
});

describe('permissions', () => {
  const trusted = createTrustCheck();

  it('grants only media, and only to the app', () => {
    expect(isPermissionAllowed('media', 'app://docking-desk/index.html', trusted)).toBe(true);
    expect(isPermissionAllowed('media', 'https://example.com/', trusted)).toBe(false);
    expect(isPermissionAllowed('geolocation', 'app://docking-desk/index.html', trusted)).toBe(false);
    expect(isPermissionAllowed('notifications', 'app://docking-desk/index.html', trusted)).toBe(false);
  });

  it('installs the same rule for requests and checks', () => {
    const session = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() };
    applyPermissionPolicy(session as unknown as Session, trusted);

    const [onRequest] = session.setPermissionRequestHandler.mock.calls[0] ?? [];
    const granted: boolean[] = [];
    onRequest(null, 'media', (ok: boolean) => granted.push(ok), { requestingUrl: 'app://docking-desk/index.html' });
    onRequest(null, 'media', (ok: boolean) => granted.push(ok), { requestingUrl: 'https://example.com/' });
    onRequest(null, 'openExternal', (ok: boolean) => granted.push(ok), { requestingUrl: 'app://docking-desk/index.html' });
    expect(granted).toEqual([true, false, false]);

    const [onCheck] = session.setPermissionCheckHandler.mock.calls[0] ?? [];
    expect(onCheck(null, 'media', 'app://docking-desk')).toBe(true);
    expect(onCheck(null, 'clipboard-read', 'app://docking-desk')).toBe(false);
  });
});
