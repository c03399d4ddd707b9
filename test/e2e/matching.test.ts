import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storedRows } from './stored';
import { openDesk, type Desk } from './desk';

let desk: Desk;
beforeEach(async () => {
  desk = await openDesk();
  await desk.open();
});
afterEach(async () => desk.close());


describe('精准对接 in the browser, with the real worker and IndexedDB', () => {
  it('generates suggestions for every need, invites three from the review table, and explains a need’s suggestions', async () => {
    await desk.loadDemo();
    await desk.goTo('matching');
    const page = desk.page;

    await page.getByTestId('bulk-open').click();
    await page.getByTestId('bulk-start').click();
    const review = page.getByTestId('bulk-review');
    await review.waitFor({ timeout: 60_000 });

    // The demo's sign-up wishes are already requests: those rows show 已邀请; invite three that are not.
    const rows = review.locator('.ant-table-tbody .ant-table-row');
    const states = await rows.locator('[data-testid="review-state"]').allTextContents();
    expect(states).toContain('已邀请');
    const fresh = states.flatMap((s, i) => (s === '待处理' ? [i] : [])).slice(0, 3);
    expect(fresh).toHaveLength(3);
    for (const i of fresh) await rows.nth(i).locator('.ant-checkbox-input').check();
    await page.getByTestId('bulk-invite').click();
    await page.getByText(/^优先（/).click();
    await expect.poll(async () => page.getByTestId('bulk-summary').textContent()).toContain('已创建 3 条约谈申请，跳过 0 条重复');
    await expect.poll(async () => (await rows.locator('[data-testid="review-state"]').allTextContents()).filter((_, i) => fresh.includes(i))).toEqual(['已邀请', '已邀请', '已邀请']);

    const requests = (await storedRows<{ source: string; priority: string; deleted: boolean }>(desk.page, 'meetingRequests')).filter((r) => r.source === '匹配推荐');
    expect(requests).toHaveLength(3);
    expect(requests.map((r) => [r.source, r.priority, r.deleted])).toEqual(Array.from({ length: 3 }, () => ['匹配推荐', '优先', false]));

    // The same run, read as who should meet whom: the pairs just invited show as 已邀请 there too.
    await page.getByTestId('review-modes').getByText('按参会人').click();
    await expect.poll(async () => page.getByTestId('people-count').textContent()).toMatch(/^\d+ 位需求方，共 \d+ 组建议洽谈/);
    await expect.poll(async () => review.locator('[data-testid="review-state"]').allTextContents()).toContain('已邀请');

    await page.getByTestId('matching-views').getByText('按需求').click();
    await page.getByTestId('need-picker').getByTestId('picker-item').first().click();
    const first = page.getByTestId('suggestion-card').first();
    await first.waitFor();
    expect(await first.getByTestId('suggestion-reasons').locator('li').count()).toBeGreaterThan(0);
    expect(await first.getByTestId('suggestion-reasons').textContent()).toMatch(/共同关键词|领域相同/);
  });
});
