import type { Page } from 'playwright-core';
import { findScene, readFair, scanBadge } from '../../test/e2e/replacementScene';

/**
 * The fair-day screenshots on the planned demo: the floor board in a
 * rehearsal of an afternoon round with a no-show marked, the 补位 proposal
 * for the seat it frees, an outcome being recorded, the projector's big
 * screen, a check-in at the desk of someone on the board, and the results
 * dashboard.
 */
/** The share of the round's people checked in before the floor shots: the rest show as 未签到, to be fetched. */
const ARRIVED_SHARE = 0.7;

export const eventDayShots = async (page: Page, shot: (name: string) => Promise<void>): Promise<void> => {
  // A round where a no-show frees a seat for a request the plan left out; its two people and most of the
  // round's others have checked in by badge, as the morning at the desk would have gone.
  const fair = await readFair(page);
  const placed = new Set(fair.meetings.flatMap((m) => (m.requestId ? [m.requestId] : [])));
  const scene = findScene(fair, fair.requests.filter((r) => (r.state === '已接受' || r.state === '待确认') && !placed.has(r.id)));
  const absent = scene.noShow.participantIds.find((id) => id !== scene.wish.fromId && id !== scene.wish.toId);
  const inRound = fair.meetings.filter((m) => m.slotId === scene.slot.id).flatMap((m) => m.participantIds);
  const others = [...new Set(inRound)].filter((id) => id !== absent && id !== scene.wish.fromId && id !== scene.wish.toId);
  const arriving = [scene.wish.fromId, scene.wish.toId, ...others.slice(0, Math.ceil(others.length * ARRIVED_SHARE))];
  await page.getByTestId('nav-checkin').click();
  await page.getByTestId('checkin-page').waitFor();
  for (const id of arriving) {
    const person = fair.people.find((p) => p.id === id);
    if (!person) continue;
    await page.getByTestId('checkin-counters').click();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await scanBadge(page, person.badgeCode);
    await page.getByTestId('card-name').filter({ hasText: person.name }).waitFor();
  }

  await page.getByTestId('nav-floor').click();
  await page.getByTestId('floor-board').waitFor();
  await page.getByTestId('floor-clock-select').click();
  await page.locator('.ant-select-item-option', { hasText: `跳到 第${scene.slot.index + 1}轮开始（${scene.slot.start}）` }).first().click();
  await page.getByTestId('floor-rehearsal').waitFor();
  const table = fair.event.tables.find((t) => t.id === scene.noShow.tableId)?.number ?? 0;
  const search = page.locator('input[data-testid="floor-search"], [data-testid="floor-search"] input').first();
  await search.fill(String(table));
  await page.getByTestId(`floor-noshow-${table}`).click();
  await page.getByTestId('floor-offer-replace').waitFor();
  await search.fill('');
  await page.mouse.move(0, 0);
  await shot('floor-board');

  await page.getByTestId('floor-offer-replace').click();
  await page.getByTestId('replacement-modal').waitFor();
  await page.getByTestId('replacement-list').waitFor({ timeout: 20_000 });
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

  // At the desk: someone with meetings today not yet checked in (the first such person on the board), found by name.
  const name = (await page.locator('[data-testid^="floor-person-"][data-missing] .dd-floor-name').first().textContent()) ?? '';
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
