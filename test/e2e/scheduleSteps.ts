import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { storedRows } from './stored';

/** What the e2e tests read of stored meetings. */
export type StoredMeeting = { id: string; requestId?: string; participantIds: [string, string]; slotId: string; tableId: string; locked: boolean; state: string; deleted: boolean };

/** 约谈申请 → 全部接受待确认, confirmed: the demo's sign-up wishes become plannable. */
export const acceptAllRequests = async (page: Page) => {
  await page.getByTestId('tab-requests').click();
  await page.getByTestId('accept-all-pending').click();
  await page.getByTestId('confirm-bulk').click();
  await expect.poll(async () => page.getByTestId('count-已接受').textContent(), { timeout: 15_000 }).toMatch(/已接受\D*[1-9]\d*/);
};

/** 排期表 → 自动排期 → 应用方案, waiting until the meetings are stored. */
export const planAndApply = async (page: Page) => {
  await page.getByTestId('tab-grid').click();
  await page.getByTestId('auto-plan').click();
  const review = page.getByTestId('plan-review');
  await review.waitFor({ timeout: 30_000 });
  await review.getByTestId('plan-apply').click();
  await expect.poll(async () => (await storedRows<StoredMeeting>(page, 'meetings')).length, { timeout: 15_000 }).toBeGreaterThan(300);
};
