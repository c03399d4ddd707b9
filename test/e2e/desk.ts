import type { BrowserContext, Page } from 'playwright-core';
import { chromiumProfile } from '../support/chromium';
import { serveBuiltRenderer } from '../support/staticServer';

/**
 * An organiser at the desk: helpers named after what a person does, so that
 * the tests read like the fair (STYLE.md §6). Each desk has its own browser
 * on a fresh profile folder, so IndexedDB starts empty and is kept on disk.
 */
export type Desk = {
  page: Page;
  url: string;
  open(): Promise<void>;
  reload(): Promise<void>;
  /** Quits the browser and starts it again on the same profile, as after a laptop restart. */
  restart(): Promise<void>;
  loadDemo(): Promise<void>;
  goTo(section: 'event' | 'organisations' | 'participants' | 'needs' | 'achievements' | 'matching' | 'schedule' | 'checkin' | 'floor' | 'outcomes' | 'results' | 'sync'): Promise<void>;
  search(query: string): Promise<void>;
  rowNames(): Promise<string[]>;
  openRow(text: string): Promise<void>;
  close(): Promise<void>;
};

export const openDesk = async (): Promise<Desk> => {
  const server = await serveBuiltRenderer();
  const profile = chromiumProfile();
  const errors: string[] = [];
  let context: BrowserContext = await profile.open();
  const firstPage = async (): Promise<Page> => {
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (e) => errors.push(e.message));
    // The page runs under the app's Content-Security-Policy (renderer/index.html): anything it refuses is a bug in Electron too.
    page.on('console', (m) => {
      if (m.type() === 'error' && m.text().includes('Content Security Policy')) errors.push(m.text());
    });
    return page;
  };
  let page = await firstPage();
  const ready = () => page.waitForSelector('[data-testid="welcome"], [data-testid="event-title"]');
  const desk: Desk = {
    get page() {
      return page;
    },
    url: server.url,
    open: async () => {
      await page.goto(server.url);
      await ready();
    },
    reload: async () => {
      await page.reload();
      await ready();
    },
    restart: async () => {
      await context.close();
      context = await profile.open();
      page = await firstPage();
      await page.goto(server.url);
      await ready();
    },
    loadDemo: async () => {
      await page.getByTestId('load-demo').click();
      await page.getByTestId('event-title').waitFor();
    },
    goTo: async (section) => {
      await page.getByTestId(`nav-${section}`).click();
      if (section === 'matching') await page.getByTestId('matching').waitFor();
      else if (section === 'schedule') await page.getByTestId('schedule-figures').waitFor();
      else if (section === 'checkin') await page.getByTestId('checkin-page').waitFor();
      else if (section === 'floor') await page.getByTestId('floor-board').waitFor();
      else if (section === 'outcomes' || section === 'results' || section === 'sync') await page.getByTestId(`${section}-page`).waitFor();
      else if (section !== 'event') await page.getByTestId(`registry-${section}`).waitFor();
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
      await context.close();
      await server.close();
      profile.remove();
      if (errors.length > 0) throw new Error(`page errors: ${errors.join(' | ')}`);
    },
  };
  return desk;
};
