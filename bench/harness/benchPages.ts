import { readdirSync } from 'node:fs';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { build, preview, type PreviewServer } from 'vite';
import type { Page } from 'playwright-core';
import { chromiumProfile } from '../../test/support/chromium';

/**
 * Bench pages: plain HTML + TypeScript in bench/pages/, built by Vite in
 * production mode (minified, as the app ships) and served on loopback with
 * cross-origin isolation so that `performance.now()` has its fine (5 µs)
 * resolution instead of the coarse 100 µs one.
 */
const ISOLATION_HEADERS = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

const pagesConfig = (root: string) => ({
  configFile: false as const,
  root: path.join(root, 'bench/pages'),
  base: './',
  logLevel: 'warn' as const,
  // As vite.config.ts builds the app: pages that mount the real UI (registry) get the same JSX transform.
  plugins: [react()],
  resolve: { alias: { '@shared': path.join(root, 'shared') } },
  // pinyin-pro's dictionary makes one large chunk, as in the app.
  build: { outDir: path.join(root, 'dist/bench'), chunkSizeWarningLimit: 4000 },
});

export const buildBenchPages = async (root: string): Promise<void> => {
  const config = pagesConfig(root);
  const input = Object.fromEntries(
    readdirSync(config.root)
      .filter((f) => f.endsWith('.html'))
      .map((f) => [f.replace(/\.html$/, ''), path.join(config.root, f)]),
  );
  await build({ ...config, build: { ...config.build, emptyOutDir: true, reportCompressedSize: false, rolldownOptions: { input } } });
};

export type OpenedPage = { page: Page; chromiumVersion: string; profileDir: string; close(): Promise<void> };

/**
 * Serves dist/bench, starts Chromium on a fresh profile directory and opens
 * `<name>.html`; page console lines go to `log`.
 *
 * A persistent context on purpose: `launchChromium()`'s contexts are
 * incognito-like, and Chromium keeps an incognito profile's IndexedDB in
 * memory, so storage figures would never touch the disk the organisers'
 * laptops write to.
 */
export const openBenchPage = async (root: string, name: string, log: (line: string) => void): Promise<OpenedPage> => {
  const server: PreviewServer = await preview({ ...pagesConfig(root), preview: { host: '127.0.0.1', port: 0, strictPort: false, headers: ISOLATION_HEADERS } });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') throw new Error('preview server has no port');
  const profile = chromiumProfile();
  const profileDir = profile.dir;
  const context = await profile.open();
  const close = async () => {
    await context.close();
    await server.close();
    profile.remove();
  };
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (m) => log(`  [page] ${m.text()}`));
    page.on('pageerror', (e) => log(`  [page error] ${e.message}`));
    await page.goto(`http://127.0.0.1:${address.port}/${name}.html`);
    return { page, chromiumVersion: context.browser()?.version() ?? 'unknown', profileDir, close };
  } catch (e) {
    await close();
    throw e;
  }
};
