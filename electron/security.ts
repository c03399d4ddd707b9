import type { Session, WebContents } from 'electron';

/**
 * The app is always served from this origin, in every version, so that its
 * IndexedDB (the organisers' data) is found again after an update.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'docking-desk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Decides whether a page URL belongs to the app and may use the bridge. */
export type TrustCheck = (url: string) => boolean;

const parseUrl = (raw: string): URL | undefined => {
  try {
    return new URL(raw);
  } catch {
    return undefined;
  }
};

/** Node's URL reports `null` as the origin of custom schemes, so compare scheme and host. */
export const isAppUrl = (raw: string): boolean => {
  const url = parseUrl(raw);
  return url?.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
};

/**
 * The Vite dev server from `DOCKING_DESK_DEV_URL`, honoured only in an
 * unpackaged run: a packaged app never loads or trusts another origin.
 */
export const devServerUrl = (isPackaged: boolean, devUrl: string | undefined): URL | undefined => {
  if (isPackaged || !devUrl) return undefined;
  const url = parseUrl(devUrl);
  return url && (url.protocol === 'http:' || url.protocol === 'https:') ? url : undefined;
};

export const createTrustCheck =
  (devOrigin?: string): TrustCheck =>
  (raw) =>
    isAppUrl(raw) || (devOrigin !== undefined && parseUrl(raw)?.origin === devOrigin);

/**
 * The app never leaves its own pages: links, `window.open` and `<webview>` are
 * refused for every web contents, including the hidden print windows.
 */
export const lockDownContents = (contents: WebContents): void => {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
};

/** Only the microphone/camera (e.g. scanning a badge) may be granted, and only to the app itself. */
export const isPermissionAllowed = (permission: string, url: string, isTrusted: TrustCheck): boolean =>
  permission === 'media' && isTrusted(url);

export const applyPermissionPolicy = (session: Session, isTrusted: TrustCheck): void => {
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(isPermissionAllowed(permission, details.requestingUrl, isTrusted)),
  );
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin, isTrusted),
  );
};
