import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createPrintPages } from '../../electron/printPages';
import { APP_CSP, createAppProtocolHandler, mimeTypeFor, PRINT_CSP, registerAppScheme, resolveAppPath } from '../../electron/protocol';

const protocol = vi.hoisted(() => ({ registerSchemesAsPrivileged: vi.fn() }));
vi.mock('electron', () => ({ protocol }));

let base: string;
let rootDir: string;
const printPages = createPrintPages();
const serve = (url: string) => createAppProtocolHandler({ rootDir, printPages })(new Request(url));

beforeAll(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'docking-desk-protocol-'));
  rootDir = path.join(base, 'renderer');
  await mkdir(path.join(rootDir, 'assets'), { recursive: true });
  await writeFile(path.join(rootDir, 'index.html'), '<!doctype html><title>对接台</title>');
  await writeFile(path.join(rootDir, 'assets', 'index-abc.js'), 'console.log(1)');
  await writeFile(path.join(rootDir, 'assets', '签到.css'), 'body{}');
  await writeFile(path.join(base, 'secret.txt'), 'not for the renderer');
});
afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

describe('registerAppScheme', () => {
  it('registers app:// as a standard, secure, fetchable, streamable scheme without CORS', () => {
    registerAppScheme();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: false, stream: true } },
    ]);
  });
});

describe('the app protocol handler', () => {
  it('serves index.html with the CSP', async () => {
    const response = await serve('app://docking-desk/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(APP_CSP);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>对接台</title>');
  });

  it('uses the exact CSP agreed for the app', () => {
    expect(APP_CSP).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "worker-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    );
  });

  it('serves / as index.html and assets with their MIME type', async () => {
    expect(await (await serve('app://docking-desk/')).text()).toContain('对接台');
    const script = await serve('app://docking-desk/assets/index-abc.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('content-security-policy')).toBe(APP_CSP);
    const style = await serve(`app://docking-desk/assets/${encodeURIComponent('签到')}.css`);
    expect(style.status).toBe(200);
    expect(style.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('serves the app for a client-side route but 404s a missing asset', async () => {
    expect((await serve('app://docking-desk/checkin')).status).toBe(200);
    expect((await serve('app://docking-desk/assets/missing.js')).status).toBe(404);
  });

  it.each([
    'app://docking-desk/..%2fsecret.txt',
    'app://docking-desk/assets/..%2F..%2Fsecret.txt',
    'app://docking-desk/%2e%2e%2fsecret.txt',
    'app://docking-desk/%E0%A4%A', // malformed escape
    'app://docking-desk/index.html%00.png',
  ])('refuses %s', async (url) => {
    const response = await serve(url);
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain('not for the renderer');
  });

  it('never serves a file outside the root, whatever the URL', async () => {
    // The URL parser folds plain `..` segments before the handler sees them.
    const response = await serve('app://docking-desk/../secret.txt');
    expect(await response.text()).not.toContain('not for the renderer');
  });

  it('answers 404 for another host', async () => {
    expect((await serve('app://elsewhere/index.html')).status).toBe(404);
  });

  it('serves print pages from memory with a script-free CSP, until released', async () => {
    const page = printPages.add('<h1>桌牌</h1>');
    const response = await serve(page.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(PRINT_CSP);
    expect(PRINT_CSP).not.toContain('script-src');
    expect(await response.text()).toBe('<h1>桌牌</h1>');
    page.release();
    expect((await serve(page.url)).status).toBe(404);
  });
});

describe('resolveAppPath', () => {
  it('keeps paths inside the root', () => {
    expect(resolveAppPath('/srv/app', '/assets/a.js')).toBe(path.resolve('/srv/app/assets/a.js'));
    expect(resolveAppPath('/srv/app', '/')).toBe(path.resolve('/srv/app/index.html'));
    expect(resolveAppPath('/srv/app', '/..foo.js')).toBe(path.resolve('/srv/app/..foo.js'));
  });

  it('rejects escapes', () => {
    expect(resolveAppPath('/srv/app', '/../etc/passwd')).toBeUndefined();
    expect(resolveAppPath('/srv/app', '/%2e%2e/etc/passwd')).toBeUndefined();
    expect(resolveAppPath('/srv/app', '/a/..%2f..%2f..%2fetc/passwd')).toBeUndefined();
    expect(resolveAppPath('/srv/app', '/..')).toBeUndefined();
  });
});

describe('mimeTypeFor', () => {
  it.each([
    ['a.wasm', 'application/wasm'],
    ['a.WOFF2', 'font/woff2'],
    ['a.svg', 'image/svg+xml'],
    ['a.unknown', 'application/octet-stream'],
  ])('%s → %s', (file, type) => {
    expect(mimeTypeFor(file)).toBe(type);
  });
});

describe('the page’s own Content-Security-Policy', () => {
  it('is the header’s policy, less frame-ancestors (which a meta tag cannot set)', async () => {
    const html = await readFile(new URL('../../renderer/index.html', import.meta.url), 'utf8');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    const header = APP_CSP.split('; ').filter((directive) => !directive.startsWith('frame-ancestors'));
    expect(meta?.split('; ')).toEqual(header);
  });
});
