import type { Page } from 'playwright-core';

/**
 * The 洽谈排期 screenshots, in the order an organiser works: the demo's
 * sign-up requests, all accepted but one, 自动排期 and its comparison, the grid, a
 * drag refused with its reason, one person's agenda, and what was left out.
 */
export const scheduleShots = async (page: Page, shot: (name: string) => Promise<void>): Promise<void> => {
  await page.getByTestId('nav-schedule').click();
  await page.getByTestId('tab-requests').click();
  await page.getByTestId('requests-table').waitFor();
  await shot('schedule-requests');

  await page.getByTestId('accept-all-pending').click();
  await page.getByTestId('confirm-bulk').click();
  await page.waitForFunction(() => /已接受\D*[1-9]\d{2}/.test(document.querySelector('[data-testid="count-已接受"]')?.textContent ?? ''));
  // One wish back to 待确认, so it stays out of the plan: on the fair day a no-show's seat is offered to it (eventDayShots).
  await page.getByTestId('request-row').first().locator('.ant-checkbox-input').check();
  await page.getByTestId('bulk-reopen').click();
  const confirm = page.getByTestId('confirm-bulk');
  if (await confirm.isVisible().catch(() => false)) await confirm.click();
  await page.waitForFunction(() => /待确认\D*1\b/.test(document.querySelector('[data-testid="count-待确认"]')?.textContent ?? ''));
  await page.getByTestId('tab-grid').click();
  await page.getByTestId('auto-plan').click();
  const review = page.getByTestId('plan-review');
  await review.waitFor({ timeout: 60_000 });
  await shot('schedule-review');
  await review.getByTestId('plan-apply').click();
  await review.waitFor({ state: 'detached' });
  await page.locator('[data-meeting]').first().waitFor();
  // The “已应用新方案” message would cover the header.
  await page.locator('.ant-message-notice').first().waitFor({ state: 'detached', timeout: 10_000 });
  await shot('schedule-grid');

  // 打印 / 导出: 输出 (to the printer, or a PDF) above the printouts.
  await page.getByTestId('print-menu').first().click();
  await page.getByTestId('print-target').waitFor();
  await shot('schedule-print-menu');
  await page.keyboard.press('Escape');
  await page.getByTestId('print-target').waitFor({ state: 'hidden' });

  if (await refusedHover(page)) await shot('schedule-drag');
  else console.warn('schedule-drag.png: no refused drop in view to show');
  await endDrag(page);

  await page.locator('[data-meeting]').first().dblclick();
  await page.getByTestId('agenda-person').waitFor();
  await shot('schedule-agenda');

  await page.getByTestId('tab-unplaced').click();
  await page.getByTestId('unplaced-table').waitFor();
  await shot('schedule-unplaced');
};

/**
 * Picks up a card and holds it over a free cell the move check refuses (one
 * of its people is busy then): the cell and the line above the grid say
 * why. A real drag cannot be held still for a screenshot, so the page gets
 * the drag events the browser would send.
 */
const refusedHover = (page: Page): Promise<boolean> =>
  // No named functions inside: tsx would wrap them in a helper (`__name`) that the page does not have.
  page.evaluate(async () => {
    const grid = document.querySelector<HTMLElement>('[data-testid="schedule-grid"]');
    if (!grid) return false;
    const box = grid.getBoundingClientRect();
    const cells = [...grid.querySelectorAll<HTMLElement>('[data-cell]')].filter((el) => {
      const r = el.getBoundingClientRect();
      return r.left >= box.left + 88 && r.right <= box.right - 16 && r.top >= box.top + 52 && r.bottom <= box.bottom - 16;
    });
    const free = cells.filter((c) => !c.querySelector('[data-meeting]'));
    const cards = cells.flatMap((c) => [...c.querySelectorAll<HTMLElement>('[data-meeting][draggable="true"]')]);
    for (const card of cards) {
      const data = new DataTransfer();
      card.dispatchEvent(new DragEvent('dragstart', { bubbles: true, cancelable: true, dataTransfer: data }));
      for (const cell of free) {
        const r = cell.getBoundingClientRect();
        cell.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: data, clientX: r.left + r.width / 2, clientY: r.top + r.height / 2 }));
        await new Promise((resolve) => requestAnimationFrame(resolve));
        if (cell.dataset.drop === 'refused') return true;
      }
      card.dispatchEvent(new DragEvent('dragend', { bubbles: true, dataTransfer: data }));
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    return false;
  });

const endDrag = (page: Page) =>
  page.evaluate(() => {
    const card = document.querySelector('[data-meeting][data-dragging="true"]');
    card?.dispatchEvent(new DragEvent('dragend', { bubbles: true, dataTransfer: new DataTransfer() }));
  });
