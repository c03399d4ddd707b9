import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { protocol } from 'electron';
import { PRINT_PATH_PREFIX, type PrintPages } from './printPages';
import { APP_HOST, APP_SCHEME } from './security';

/**
 * antd writes inline styles, hence `'unsafe-inline'` for styles only.
 * `'wasm-unsafe-eval'` lets the matching worker compile jieba's WebAssembly
 * (served from the app itself); it allows no JavaScript `eval`.
 */
export const APP_CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Print pages are static documents: no script at all. */
export const PRINT_CSP = [
  "default-src 'none'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

export const mimeTypeFor = (filePath: string): string =>
  MIME_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';

/** Must run before `app` is ready; `standard` + `secure` give the scheme a real origin for IndexedDB. */
export const registerAppScheme = (): void =>
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: false, stream: true },
    },
  ]);

/**
 * Maps a URL path to a file inside `rootDir`, or `undefined` when it would
 * escape it. Chromium already folds `/../`, but `%2e%2e%2f` and `%5c` only
 * become separators after decoding, so the check runs on the decoded path.
 */
export const resolveAppPath = (rootDir: string, pathname: string): string | undefined => {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\u0000')) return undefined;
  const relative = decoded.replace(/^[/\\]+/, '') || 'index.html';
  const root = path.resolve(rootDir);
  const filePath = path.resolve(root, relative);
  const inside = path.relative(root, filePath);
  if (inside === '' || inside === '..' || inside.startsWith(`..${path.sep}`) || path.isAbsolute(inside)) return undefined;
  return filePath;
};

const respond = (body: string | Uint8Array<ArrayBuffer>, status: number, contentType: string, csp: string): Response =>
  new Response(body, {
    status,
    headers: { 'Content-Type': contentType, 'Content-Security-Policy': csp, 'X-Content-Type-Options': 'nosniff' },
  });

const readIfPresent = async (filePath: string): Promise<Uint8Array<ArrayBuffer> | undefined> => {
  try {
    return await readFile(filePath);
  } catch {
    return undefined;
  }
};

export type AppProtocolOptions = { rootDir: string; printPages: PrintPages };

/**
 * Serves the built renderer (`dist/renderer`, inside app.asar when packaged)
 * at `app://docking-desk/…`. The CSP goes on every response, not just HTML,
 * because a worker takes its policy from its own script's response.
 */
export const createAppProtocolHandler =
  ({ rootDir, printPages }: AppProtocolOptions) =>
  async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return respond('Not found', 404, 'text/plain; charset=utf-8', APP_CSP);

    if (url.pathname.startsWith(PRINT_PATH_PREFIX)) {
      const html = printPages.get(url.pathname);
      return html === undefined
        ? respond('Not found', 404, 'text/plain; charset=utf-8', PRINT_CSP)
        : respond(html, 200, MIME_TYPES['.html'] ?? 'text/html', PRINT_CSP);
    }

    const filePath = resolveAppPath(rootDir, url.pathname);
    if (filePath === undefined) return respond('Forbidden', 403, 'text/plain; charset=utf-8', APP_CSP);

    const body = await readIfPresent(filePath);
    if (body !== undefined) return respond(body, 200, mimeTypeFor(filePath), APP_CSP);

    // Like `vite preview`, an extensionless path is a client-side route: serve the app.
    if (path.extname(filePath) === '') {
      const index = await readIfPresent(path.join(rootDir, 'index.html'));
      if (index !== undefined) return respond(index, 200, mimeTypeFor('index.html'), APP_CSP);
    }
    return respond('Not found', 404, 'text/plain; charset=utf-8', APP_CSP);
  };
