import type { Page } from 'playwright-core';

/**
 * The fair-day screenshots on the planned demo: the floor board in a
 * rehearsal of the afternoon with a no-show marked, the 补位 proposals, an
 * outcome being recorded, the projector's big screen, a check-in at the desk
 * of someone on the board, and the results dashboard.
 */
export const eventDayShots = async (page: Page, shot: (name: string) => Promise<void>): Promise<void> => {
  await page.getByTestId('nav-floor').click();
  await page.getByTestId('floor-board').waitFor();
  await page.getByTestId('floor-clock-select').click();
  await page.locator('.ant-select-item-option', { hasText: '（14:' }).first().click();
  await page.getByTestId('floor-rehearsal').waitFor();
  await page.locator('[data-testid^="floor-noshow-"]').first().click();
  await page.getByTestId('floor-offer-replace').waitFor();
  await page.mouse.move(0, 0);
  await shot('floor-board');

  await page.getByTestId('floor-offer-replace').click();
  await page.getByTestId('replacement-modal').waitFor();
  await page.locator('[data-testid="replacement-list"], [data-testid="replacement-empty"]').first().waitFor({ timeout: 20_000 });
  await shot('floor-replacements');
  await page.getByTestId('replacement-cancel').click();

  await page.locator('[data-testid^="floor-outcome-"]', { hasText: '记录成果' }).first().click();
  const drawer = page.getByTestId('outcome-drawer');
  await drawer.getByTestId('outcome-result').getByText('达成合作意向').click();
  await drawer.getByText('合作开发', { exact: true }).click();
  await page.locator('input[data-testid="outcome-amount"], [data-testid="outcome-amount"] input').first().fill('150');
  await page.locator('input[data-testid="outcome-next"], [data-testid="outcome-next"] input').first().fill('两周内寄送样品，安排实验室考察');
  await shot('outcome-form');
  await drawer.getByTestId('outcome-save').click();
  await page.getByTestId('outcome-form').waitFor({ state: 'detached' });

  // The “已保存” message would cover the big screen's title.
  await page.locator('.ant-message-notice').first().waitFor({ state: 'detached', timeout: 10_000 });
  await page.getByTestId('floor-bigscreen').click();
  await page.getByTestId('bigscreen-title').waitFor();
  await shot('floor-bigscreen');
  await page.keyboard.press('Escape');

  // At the desk: someone with meetings today (the first person on the board), found by name.
  const name = (await page.locator('[data-testid^="floor-person-"] .dd-floor-name').first().textContent()) ?? '';
  await page.getByTestId('nav-checkin').click();
  await page.getByTestId('checkin-page').waitFor();
  await page.getByTestId('checkin-search').click();
  await page.keyboard.type(name);
  await page.locator('[data-testid^="hit-"]').first().waitFor();
  // Namesakes: ↓ picks the first, Enter checks them in.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.getByTestId('card-name').waitFor();
  await shot('checkin-desk');

  // 批量打印胸卡: 输出 and 纸张 (A4 sheets, or one badge a page on badge paper).
  await page.getByTestId('print-badges').click();
  await page.getByTestId('badge-paper').waitFor();
  await shot('checkin-badge-print');
  await page.keyboard.press('Escape');

  await page.getByTestId('nav-results').click();
  await page.locator('[data-testid="results-charts"] svg').first().waitFor();
  await page.waitForTimeout(800);
  await shot('results-dashboard');
};
