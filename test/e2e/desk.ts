import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { serveBuiltRenderer } from '../support/staticServer';

/**
 * An organiser at the desk: helpers named after what a person does, so that
 * the tests read like the fair (STYLE.md §6). Each desk has its own browser
 * with a fresh profile, so IndexedDB starts empty.
 */
export type Desk = {
  page: Page;
  url: string;
  open(): Promise<void>;
  reload(): Promise<void>;
  loadDemo(): Promise<void>;
  goTo(section: 'event' | 'organisations' | 'participants' | 'needs' | 'achievements'): Promise<void>;
  search(query: string): Promise<void>;
  rowNames(): Promise<string[]>;
  openRow(text: string): Promise<void>;
  close(): Promise<void>;
};

export const openDesk = async (): Promise<Desk> => {
  const server = await serveBuiltRenderer();
  const browser: Browser = await launchChromium();
  const context: BrowserContext = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const desk: Desk = {
    page,
    url: server.url,
    open: async () => {
      await page.goto(server.url);
      await page.waitForSelector('[data-testid="welcome"], [data-testid="event-title"]');
    },
    reload: async () => {
      await page.reload();
      await page.waitForSelector('[data-testid="welcome"], [data-testid="event-title"]');
    },
    loadDemo: async () => {
      await page.getByTestId('load-demo').click();
      await page.getByTestId('event-title').waitFor();
    },
    goTo: async (section) => {
      await page.getByTestId(`nav-${section}`).click();
      if (section !== 'event') await page.getByTestId(`registry-${section}`).waitFor();
    },
    search: async (query) => {
      await page.getByTestId('registry-search').fill(query);
    },
    rowNames: async () => page.locator('.ant-table-tbody .ant-table-row, .ant-table-tbody-virtual .ant-table-row').evaluateAll((rows) => rows.map((r) => r.querySelector('.ant-table-cell')?.textContent ?? '')),
    openRow: async (text) => {
      await page.locator('.ant-table-row', { hasText: text }).first().click();
      await page.getByTestId('record-drawer').waitFor();
    },
    close: async () => {
      await browser.close();
      await server.close();
      if (errors.length > 0) throw new Error(`page errors: ${errors.join(' | ')}`);
    },
  };
  return desk;
};
