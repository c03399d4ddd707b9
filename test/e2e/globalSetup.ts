import { build } from 'vite';
import { fileURLToPath } from 'node:url';
import { findChromium } from '../support/chromium';

/**
 * Builds the renderer once for all end-to-end tests: they drive the same
 * bundle the desktop app ships. Fails first, with a clear message, when no
 * Chromium is installed.
 */
export default async function setup(): Promise<void> {
  findChromium();
  if (process.env.E2E_SKIP_BUILD === '1') return;
  await build({ configFile: fileURLToPath(new URL('../../vite.config.ts', import.meta.url)), logLevel: 'warn' });
}
