import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { deriveSlots, type Meeting, type MeetingRequest, type Participant } from '@shared/model';
import { openDesk, type Desk } from './desk';
import { acceptAllRequests, planAndApply } from './scheduleSteps';
import { findScene, readFair, scanBadge, type Fair } from './replacementScene';
import { storedRows } from './stored';

let desk: Desk;
beforeEach(async () => {
  desk = await openDesk();
  await desk.open();
});
afterEach(async () => desk.close());

/** The text box of an antd input, whether the test id sits on the <input> or on its wrapper. */
const field = (page: Page, testId: string) => page.locator(`input[data-testid="${testId}"], [data-testid="${testId}"] input`).first();

const tableNumber = (fair: Fair, tableId: string) => fair.event.tables.find((t) => t.id === tableId)?.number ?? 0;

/** Picks the result by its label and saves; `amount` in 万元 when given. */
const recordOutcome = async (page: Page, result: string, amount?: number) => {
  const drawer = page.getByTestId('outcome-drawer');
  await drawer.getByTestId('outcome-result').getByText(result).click();
  if (amount !== undefined) await field(page, 'outcome-amount').fill(String(amount));
  await drawer.getByTestId('outcome-save').click();
  await page.getByTestId('outcome-form').waitFor({ state: 'detached' });
};

const sheetRows = (book: ExcelJS.Workbook, name: string): string[][] => {
  const sheet = book.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  const rows: string[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)))));
  return rows;
};

describe('the fair day in the browser, with real IndexedDB', () => {
  it('checks in by badge, marks a no-show and fills the seat, records outcomes, shows them on 成果统计, exports them, and resumes after a restart', { timeout: 180_000 }, async () => {
    await desk.loadDemo();
    await desk.goTo('schedule');
    const page = desk.page;
    await acceptAllRequests(page);
    // One wish stays 待确认: the seat a no-show frees is offered to it.
    await page.getByTestId('request-row').first().locator('.ant-checkbox-input').check();
    await page.getByTestId('bulk-reopen').click();
    const confirm = page.getByTestId('confirm-bulk');
    if (await confirm.isVisible().catch(() => false)) await confirm.click();
    await expect.poll(async () => (await storedRows<MeetingRequest>(page, 'meetingRequests')).filter((r) => r.state === '待确认').length, { timeout: 10_000 }).toBe(1);
    await planAndApply(page);

    const fair = await readFair(page);
    const wish = fair.requests.find((r) => r.state === '待确认') as MeetingRequest;
    const scene = findScene(fair, [wish]);
    const person = (id: string) => fair.people.find((p) => p.id === id) as Participant;
    const absent = scene.noShow.participantIds.find((id) => id !== wish.fromId && id !== wish.toId) as string;

    // 签到: the wish's two people and three more (not the one who will not come), by scanner.
    await desk.goTo('checkin');
    const others = fair.people.filter((p) => p.id !== absent && p.id !== wish.fromId && p.id !== wish.toId).slice(0, 3);
    const scanned = [person(wish.fromId), person(wish.toId), ...others];
    for (const p of scanned) {
      // As checkin.test.ts scans: the focus off the search box, so only the scanner path can check the person in.
      await page.getByTestId('checkin-counters').click();
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await scanBadge(page, p.badgeCode);
      await expect.poll(async () => (await storedRows<Participant>(page, 'participants')).find((q) => q.id === p.id)?.checkIn.state, { timeout: 10_000 }).toBe('已签到');
      await expect.poll(async () => page.getByTestId('card-name').textContent(), { timeout: 10_000 }).toBe(p.name);
    }
    await expect.poll(async () => (await storedRows<Participant>(page, 'participants')).filter((p) => p.checkIn.state === '已签到').length).toBe(5);

    // 现场: the rehearsal clock at the start of the round, then the no-show.
    await desk.goTo('floor');
    await page.getByTestId('floor-clock-select').click();
    await page.locator('.ant-select-item-option', { hasText: `跳到 第${scene.slot.index + 1}轮开始（${scene.slot.start}）` }).first().click();
    await page.getByTestId('floor-rehearsal').waitFor();
    const n = tableNumber(fair, scene.noShow.tableId);
    await field(page, 'floor-search').fill(String(n));
    await page.getByTestId(`floor-noshow-${n}`).click();
    await expect.poll(async () => (await storedRows<Meeting>(page, 'meetings')).find((m) => m.id === scene.noShow.id)?.state, { timeout: 10_000 }).toBe('未到场');
    await expect.poll(async () => page.getByTestId(`floor-state-${n}`).textContent()).toBe('未到场');

    // 补位: the wish is proposed; confirming writes its meeting in this round and accepts it.
    await page.getByTestId('floor-offer-replace').click();
    const modal = page.getByTestId('replacement-modal');
    await modal.getByTestId('replacement-list').getByText(person(wish.toId).name).first().waitFor({ timeout: 20_000 });
    await modal.getByTestId('replacement-confirm').click();
    await modal.waitFor({ state: 'detached', timeout: 10_000 });
    const placed = (await storedRows<Meeting>(page, 'meetings')).find((m) => m.requestId === wish.id);
    // In this round or a later one: the re-planner picks the cell with the fewest breaks among the open ones.
    const slotIds = deriveSlots(fair.event).map((s) => s.id);
    expect(placed?.state).toBe('待开始');
    expect(slotIds.indexOf(placed?.slotId ?? '')).toBeGreaterThanOrEqual(slotIds.indexOf(scene.slot.id));
    expect((await storedRows<MeetingRequest>(page, 'meetingRequests')).find((r) => r.id === wish.id)?.state).toBe('已接受');

    // Outcomes for three meetings under way in this round, from the board.
    await field(page, 'floor-search').fill('');
    // The board filters a render after the typing: count the buttons only once a table the filter hid is back.
    await page.getByTestId(`floor-state-${n === 1 ? 2 : 1}`).waitFor();
    const buttons = page.locator('[data-testid^="floor-outcome-"]');
    const results: [string, number | undefined][] = [
      ['达成合作意向', 120],
      ['现场签约', 80],
      ['保持联系', undefined],
    ];
    for (const [result, amount] of results) {
      const waiting = await buttons.filter({ hasText: '记录成果' }).count();
      await buttons.filter({ hasText: '记录成果' }).first().click();
      await recordOutcome(page, result, amount);
      // The row turns to 查看成果 once the board has re-read: the next click must not reopen the same meeting.
      await expect.poll(async () => buttons.filter({ hasText: '记录成果' }).count()).toBe(waiting - 1);
    }
    await expect.poll(async () => (await storedRows<{ result: string; deleted: boolean }>(page, 'outcomes')).map((o) => o.result).sort()).toEqual(['保持联系', '现场签约', '达成合作意向']);

    // 成果统计 shows them.
    await desk.goTo('results');
    await expect.poll(async () => page.getByTestId('kpi-outcomes').textContent()).toBe('3');
    expect(await page.getByTestId('kpi-intents').textContent()).toBe('2');
    expect(await page.getByTestId('kpi-signed').textContent()).toBe('1');
    expect(await page.getByTestId('kpi-amount').textContent()).toContain('200');

    // The results workbook, read back.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('results-export-xlsx').click()]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(await download.path()) as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['汇总', '洽谈', '对接成果', '合作意向', '签到']);
    const outcomes = sheetRows(book, '对接成果');
    expect(outcomes).toHaveLength(1 + 3);
    const amountColumn = (outcomes[0] ?? []).indexOf('预估金额（万元）');
    expect(outcomes.slice(1).reduce((sum, row) => sum + Number(row[amountColumn] || 0), 0)).toBe(200);
    expect(sheetRows(book, '合作意向')).toHaveLength(1 + 2);
    const checkIns = sheetRows(book, '签到');
    const stateColumn = (checkIns[0] ?? []).indexOf('签到状态');
    expect(checkIns.slice(1).filter((row) => row[stateColumn] === '已签到')).toHaveLength(5);
    expect(checkIns).toHaveLength(1 + fair.people.length);

    // A restart in the middle of the day resumes where it was: the rehearsal clock, the marks, the filled seat.
    await desk.restart();
    await desk.goTo('floor');
    await desk.page.getByTestId('floor-rehearsal').waitFor();
    expect(await desk.page.getByTestId('floor-rehearsal').textContent()).toBe('演练模式');
    const stored = await storedRows<Meeting>(desk.page, 'meetings');
    expect(stored.find((m) => m.id === scene.noShow.id)?.state).toBe('未到场');
    expect(stored.find((m) => m.requestId === wish.id)?.slotId).toBe(placed?.slotId);
  });
});
