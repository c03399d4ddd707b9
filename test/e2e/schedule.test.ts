import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { storedRows } from './stored';
import { openDesk, type Desk } from './desk';
import { acceptAllRequests, planAndApply, type StoredMeeting } from './scheduleSteps';

let desk: Desk;
beforeEach(async () => {
  desk = await openDesk();
  await desk.open();
});
afterEach(async () => desk.close());

/** The cards and empty cells the grid has drawn (it draws only what is in view). */
const drawnGrid = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-testid^="cell-"]')].map((cell) => ({
      slot: cell.dataset.slot ?? '',
      table: cell.dataset.table ?? '',
      meetingId: cell.querySelector<HTMLElement>('[data-testid^="meeting-"]')?.dataset.testid?.slice('meeting-'.length),
    })),
  );

const cell = (page: Page, table: string, slot: string) => page.locator(`[data-table="${table}"][data-slot="${slot}"]`);

describe('洽谈排期 in the browser, with the real worker and IndexedDB', () => {
  it('accepts the sign-up requests, plans them, refuses a clashing drag, moves and locks a meeting that a re-plan leaves in place, and prints the agendas', async () => {
    await desk.loadDemo();
    await desk.goTo('schedule');
    const page = desk.page;

    await acceptAllRequests(page);
    await planAndApply(page);
    await page.locator('[data-testid^="meeting-"]').first().waitFor();

    // A meeting whose person has another drawn meeting in another round: dragging it next to that one must be refused.
    const meetings = new Map((await storedRows<StoredMeeting>(page, 'meetings')).map((m) => [m.id, m]));
    const drawn = await drawnGrid(page);
    const cards = drawn.flatMap((c) => (c.meetingId && meetings.has(c.meetingId) ? [meetings.get(c.meetingId) as StoredMeeting] : []));
    const clash = cards.flatMap((a) => cards.filter((b) => b.slotId !== a.slotId && b.participantIds.some((p) => a.participantIds.includes(p))).map((b) => [a, b] as const))
      .find(([, b]) => drawn.some((c) => c.slot === b.slotId && !c.meetingId));
    if (!clash) throw new Error('no drawn pair of meetings sharing a person');
    const [moving, other] = clash;
    const busyCell = drawn.find((c) => c.slot === other.slotId && !c.meetingId);
    await page.getByTestId(`meeting-${moving.id}`).dragTo(cell(page, busyCell?.table ?? '', other.slotId));
    await expect.poll(async () => page.locator('.ant-message').textContent()).toMatch(/在该时段已有洽谈/);
    expect((await storedRows<StoredMeeting>(page, 'meetings')).find((m) => m.id === moving.id)?.slotId).toBe(moving.slotId);

    // The same round at a free table is always allowed: both people are already meeting then.
    const free = drawn.find((c) => c.slot === moving.slotId && !c.meetingId);
    if (!free) throw new Error('no free table drawn in the round');
    await page.getByTestId(`meeting-${moving.id}`).dragTo(cell(page, free.table, moving.slotId));
    await expect.poll(async () => (await storedRows<StoredMeeting>(page, 'meetings')).find((m) => m.id === moving.id)?.tableId).toBe(free.table);

    await page.getByTestId(`meeting-${moving.id}`).click();
    await page.getByTestId('lock-toggle').click();
    await page.getByTestId(`locked-${moving.id}`).waitFor();

    await page.getByTestId('auto-plan').click();
    const review = page.getByTestId('plan-review');
    await review.waitFor({ timeout: 30_000 });
    await review.getByTestId('plan-apply').click();
    await review.waitFor({ state: 'detached' });
    const after = (await storedRows<StoredMeeting>(page, 'meetings')).find((m) => m.id === moving.id);
    expect(after).toMatchObject({ slotId: moving.slotId, tableId: free.table, locked: true });

    // 打印 → 个人洽谈日程: the browser prints the document in a frame; the same HTML is what Electron renders to PDF.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { printed: string[] }).printed = seen;
      new MutationObserver((records) => {
        for (const r of records) for (const n of r.addedNodes) if (n instanceof HTMLIFrameElement) seen.push(n.srcdoc);
      }).observe(document.body, { childList: true });
    });
    await page.getByTestId('print-menu').click();
    await page.getByTestId('print-agendas').click();
    await expect.poll(async () => page.evaluate(() => (window as unknown as { printed: string[] }).printed.length)).toBe(1);
    const html = await page.evaluate(() => (window as unknown as { printed: string[] }).printed[0] ?? '');
    const people = new Set((await storedRows<StoredMeeting>(page, 'meetings')).flatMap((m) => m.participantIds)).size;
    const pdfPage = await page.context().newPage();
    await pdfPage.setContent(html);
    expect(await pdfPage.locator('section.agenda').count()).toBe(people);
    const pdf = await pdfPage.pdf({ format: 'A4' });
    await pdfPage.close();
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    const pageCount = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pageCount).toBe(people);
  });

  it('plans exactly with HiGHS in the worker (WebAssembly under the app’s CSP) and says what it proved', async () => {
    await desk.loadDemo();
    await desk.goTo('schedule');
    const page = desk.page;
    await acceptAllRequests(page);

    await page.getByTestId('tab-grid').click();
    await page.getByTestId('exact-mode').click();
    await page.getByRole('combobox', { name: '计算时间' }).click();
    await page.getByTitle('计算 5 秒').click();
    await page.getByTestId('auto-plan').click();
    const review = page.getByTestId('plan-review');
    await review.waitFor({ timeout: 60_000 });
    expect(await review.getByTestId('plan-certificate').textContent()).toMatch(/精确求解/);
    await review.getByTestId('plan-apply').click();
    await expect.poll(async () => (await storedRows<StoredMeeting>(page, 'meetings')).length, { timeout: 15_000 }).toBeGreaterThan(300);
  });
});
