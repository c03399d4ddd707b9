/**
 * `npm run screenshots`: drives the built renderer in Chromium through each
 * screen and writes docs/screenshots/*.png. Needs a CJK font for the Chinese
 * text (Debian: fonts-noto-cjk) and a prior `vite build`.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { launchChromium } from '../../test/support/chromium';
import { serveBuiltRenderer } from '../../test/support/staticServer';
import { signUpSheet } from '../../test/e2e/signUpSheet';
import { eventDayShots } from './eventDayShots';
import { scheduleShots } from './scheduleShots';
import { syncShots } from './syncShots';

const out = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
mkdirSync(out, { recursive: true });

const server = await serveBuiltRenderer();
const browser = await launchChromium();
const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' })).newPage();
const shot = async (name: string, on: Page = page) => {
  await on.waitForTimeout(700);
  await on.screenshot({ path: `${out}${name}.png` });
  console.log(`docs/screenshots/${name}.png`);
};

try {
  await page.goto(server.url);
  await page.getByTestId('welcome').waitFor();
  await shot('welcome');

  await page.getByTestId('new-event').click();
  await page.getByTestId('event-submit').click();
  await shot('event-new-errors');
  await page.reload();

  await page.getByTestId('load-demo').click();
  await page.getByTestId('event-title').waitFor();
  await page.getByTestId('nav-participants').click();
  await shot('participants');

  await page.getByTestId('registry-search').fill('zw');
  await shot('participants-search');
  await page.locator('.ant-table-row').first().click();
  await page.getByTestId('record-drawer').waitFor();
  await shot('participant-drawer');
  await page.getByTestId('edit-record').click();
  await page.getByTestId('input-mobile').fill('1381234');
  await page.getByTestId('form-submit').click();
  await shot('participant-edit-error');
  await page.keyboard.press('Escape');
  await page.getByTestId('registry-search').fill('');

  for (const section of ['organisations', 'needs', 'achievements'] as const) {
    await page.getByTestId(`nav-${section}`).click();
    await page.getByTestId(`registry-${section}`).waitFor();
    await shot(section);
  }
  await page.locator('.ant-table-row').first().click();
  await shot('achievement-drawer');
  await page.keyboard.press('Escape');

  await page.getByTestId('nav-matching').click();
  await page.getByTestId('matching').waitFor();
  await page.getByTestId('need-picker-search').fill('冲压件');
  await page.getByTestId('need-picker').getByTestId('picker-item').first().click();
  await page.getByTestId('suggestion-card').first().getByTestId('toggle-texts').click();
  await page.getByTestId('shared-terms-panel').waitFor();
  await shot('matching-need');
  await page.getByTestId('settings-open').click();
  await page.getByTestId('match-settings').waitFor();
  await shot('matching-settings');
  await page.keyboard.press('Escape');

  await page.getByTestId('matching-views').getByText('按成果').click();
  await page.getByTestId('achievement-picker-search').fill('石墨烯');
  await page.getByTestId('achievement-picker').getByTestId('picker-item').first().click();
  await page.getByTestId('suggestion-card').first().waitFor();
  await shot('matching-reverse');

  await page.getByTestId('bulk-open').click();
  await page.getByTestId('bulk-start').click();
  const review = page.getByTestId('bulk-review');
  await review.waitFor({ timeout: 60_000 });
  // Suggestions already asked for by a sign-up request of the demo cannot be ticked: take the first free ones.
  const free = review.locator('.ant-table-tbody .ant-table-row .ant-checkbox-input:not([disabled])');
  for (let i = 0; i < 3; i++) await free.nth(i).check();
  await page.getByTestId('bulk-invite').click();
  await page.getByText(/^优先（/).click();
  await page.getByTestId('bulk-summary').waitFor();
  await free.nth(3).check();
  await shot('matching-bulk-review');

  // 按参会人 combines both kinds of run: the achievements above, the experts now.
  await page.getByTestId('review-modes').getByText('按参会人').click();
  await page.getByTestId('bulk-open').click();
  await page.getByRole('radio', { name: '推荐专家' }).check();
  await page.getByTestId('bulk-start').click();
  await page.getByTestId('people-count').filter({ hasText: '推荐专家' }).waitFor({ timeout: 60_000 });
  const open = page.getByTestId('people-table').locator('.ant-table-tbody .ant-checkbox-input:not([disabled])');
  await open.nth(0).check();
  await open.nth(1).check();
  // Ticking a row scrolls it into view; the shot wants the toolbar and the first group.
  await page.getByTestId('people-table').evaluate((el) => {
    for (let e: Element | null = el; e; e = e.parentElement) e.scrollTop = 0;
  });
  await shot('matching-people');

  await scheduleShots(page, shot);
  await eventDayShots(page, shot);
  await page.getByTestId('nav-participants').click();
  await page.getByTestId('registry-participants').waitFor();
  await syncShots(page, browser, server.url, shot);

  await page.getByTestId('nav-event').click();
  await page.getByTestId('event-settings').waitFor();
  await shot('event-settings');

  await page.getByTestId('nav-participants').click();
  await page.getByTestId('import-open').click();
  await shot('import-file');
  await page.getByTestId('import-file-input').setInputFiles((await signUpSheet()).path);
  await page.getByTestId('import-mapping-table').waitFor();
  await shot('import-mapping');
  await page.getByTestId('import-next-mapping').click();
  await page.getByTestId('import-rejected-table').waitFor();
  await shot('import-preview');
  await page.getByTestId('import-commit').click();
  await page.getByTestId('import-done').waitFor();
  await shot('import-done');
} finally {
  await browser.close();
  await server.close();
}
