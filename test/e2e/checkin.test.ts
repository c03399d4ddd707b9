import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { scanBadge } from './replacementScene';
import { storedRows } from './stored';
import { openDesk, type Desk } from './desk';

let desk: Desk;
beforeEach(async () => {
  desk = await openDesk();
  await desk.open();
});
afterEach(async () => desk.close());

type StoredPerson = { id: string; name: string; badgeCode: string; roles: string[]; mobile?: string; organisationId?: string; checkIn: { state: string; at?: string }; deleted: boolean };


/** Moves the focus off the search box, as when the organiser has clicked elsewhere on the page. */
const focusElsewhere = async (page: Page) => {
  await page.getByTestId('checkin-counters').click();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName)).not.toBe('checkin-search');
};

const tally = (people: readonly StoredPerson[], role?: string) => {
  const group = role ? people.filter((p) => p.roles.includes(role)) : people;
  return `${group.filter((p) => p.checkIn.state !== '未签到').length} / ${group.length}`;
};

const counter = async (page: Page, testId: string) => ((await page.getByTestId(testId).textContent()) ?? '').replace(/^\D*(?=\d)/, '').replace(/\s+/g, ' ').trim();

describe('签到 in the browser, with real IndexedDB', () => {
  it('checks in five scanned badges with the focus outside the search box, refuses an unknown one, updates the counters, and registers a walk-in', async () => {
    await desk.loadDemo();
    await desk.goTo('checkin');
    const page = desk.page;
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('checkin-search');

    const people = await storedRows<StoredPerson>(page, 'participants');
    expect(people.every((p) => p.checkIn.state === '未签到')).toBe(true);
    // Five people of different roles where the demo has them.
    const roles = ['需求方', '成果方', '专家', '投资人', '工作人员'];
    const chosen = roles.map((r) => people.find((p) => p.roles.includes(r))).filter((p): p is StoredPerson => p !== undefined);
    for (const p of people) if (chosen.length < 5 && !chosen.includes(p)) chosen.push(p);
    expect(chosen).toHaveLength(5);

    for (const person of chosen) {
      await focusElsewhere(page);
      await scanBadge(page, person.badgeCode);
      await expect.poll(async () => (await storedRows<StoredPerson>(page, 'participants')).find((p) => p.id === person.id)?.checkIn.state, { timeout: 10_000 }).toBe('已签到');
      await expect.poll(async () => page.getByTestId('card-name').textContent(), { timeout: 10_000 }).toBe(person.name);
    }
    expect(await page.getByTestId('checkin-success').textContent()).toContain(`${chosen[4]?.name} 签到成功`);

    const after = await storedRows<StoredPerson>(page, 'participants');
    expect(after.filter((p) => p.checkIn.state === '已签到').map((p) => p.id).sort()).toEqual(chosen.map((p) => p.id).sort());
    await expect.poll(() => counter(page, 'counter-overall'), { timeout: 10_000 }).toBe(tally(after));
    expect(tally(after)).toBe(`5 / ${people.length}`);
    for (const role of roles) expect(await counter(page, `counter-${role}`)).toBe(tally(after, role));

    // A scan of a badge already used, and of a code nobody holds: a clear refusal, nothing written.
    await focusElsewhere(page);
    await scanBadge(page, chosen[0]?.badgeCode ?? '');
    await expect.poll(async () => page.getByTestId('checkin-error').textContent(), { timeout: 10_000 }).toMatch(new RegExp(`^${chosen[0]?.name}已于 \\d\\d:\\d\\d 签到$`));
    await focusElsewhere(page);
    await scanBadge(page, 'QQQQ2222');
    await expect.poll(async () => page.getByTestId('checkin-error').textContent(), { timeout: 10_000 }).toBe('未找到胸卡码 QQQQ2222');
    expect(await storedRows<StoredPerson>(page, 'participants')).toEqual(after);

    // 现场注册: four fields by keyboard, Enter sends; checked in at once with a fresh badge code.
    await page.getByTestId('open-walkin').click();
    await page.getByTestId('walkin-name').waitFor();
    await page.keyboard.type('欧阳明');
    await page.keyboard.press('Tab');
    await page.keyboard.type('现场新单位科技有限公司');
    await page.getByTestId('walkin-mobile').click();
    await page.keyboard.type('13987654321');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await storedRows<StoredPerson>(page, 'participants')).find((p) => p.name === '欧阳明')?.checkIn.state, { timeout: 10_000 }).toBe('已签到');
    const walkIn = (await storedRows<StoredPerson>(page, 'participants')).find((p) => p.name === '欧阳明');
    expect(walkIn?.badgeCode).toMatch(/^[A-Z0-9]{6}$/);
    expect(walkIn?.roles).toEqual(['需求方']);
    await expect.poll(async () => page.getByTestId('card-name').textContent(), { timeout: 10_000 }).toBe('欧阳明');
    await expect.poll(() => counter(page, 'counter-overall'), { timeout: 10_000 }).toBe(`6 / ${people.length + 1}`);

    // 打印胸卡 for the walk-in: the browser prints the document in a frame; the same HTML is what Electron renders to PDF.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { printed: string[] }).printed = seen;
      new MutationObserver((records) => {
        for (const r of records) for (const n of r.addedNodes) if (n instanceof HTMLIFrameElement) seen.push(n.srcdoc);
      }).observe(document.body, { childList: true });
    });
    await page.getByTestId('print-badge').click();
    await expect.poll(async () => page.evaluate(() => (window as unknown as { printed: string[] }).printed.length), { timeout: 10_000 }).toBe(1);
    const html = await page.evaluate(() => (window as unknown as { printed: string[] }).printed[0] ?? '');
    const sheet = await page.context().newPage();
    await sheet.setContent(html);
    expect(await sheet.locator('.card .name').textContent()).toBe('欧阳明');
    expect(await sheet.locator('.card figcaption').textContent()).toBe(walkIn?.badgeCode);
    await sheet.close();
  });
});
