import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

/**
 * Debian's Chromium, driven by playwright-core. Never `npx playwright install`:
 * it downloads a browser, which this network refuses.
 */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export const findChromium = (): string => {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((p): p is string => !!p);
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      `No Chromium found (looked at ${candidates.join(', ')}). Install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH.`,
    );
  }
  return found;
};

/** Each call starts a browser with a fresh, empty profile, so IndexedDB starts empty. */
export const launchChromium = (): Promise<Browser> =>
  chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_FLAGS });

/**
 * A browser on a profile folder of its own: IndexedDB is written to disk as on
 * an organiser's laptop (an incognito-like context keeps it in memory), and
 * the same folder can be opened again to see what survived a restart.
 */
export type ChromiumProfile = {
  dir: string;
  open(): Promise<BrowserContext>;
  /** Deletes the profile folder; close its context first. */
  remove(): void;
};

export const chromiumProfile = (): ChromiumProfile => {
  const dir = mkdtempSync(join(tmpdir(), 'docking-desk-profile-'));
  return {
    dir,
    open: () =>
      chromium.launchPersistentContext(dir, {
        executablePath: findChromium(),
        headless: true,
        args: CHROMIUM_FLAGS,
        viewport: { width: 1440, height: 900 },
        locale: 'zh-CN',
      }),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
};
