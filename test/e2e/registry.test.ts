import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pinyinKeys } from '@shared/search';
import { openDesk, type Desk } from './desk';

let desk: Desk;
beforeEach(async () => {
  desk = await openDesk();
  await desk.open();
});
afterEach(async () => desk.close());

/** The name in the first row of the current list. */
const firstRowName = async (): Promise<string> => {
  const row = desk.page.locator('.ant-table-row').first();
  await row.waitFor();
  return ((await row.locator('.ant-table-cell').first().textContent()) ?? '').trim();
};

describe('registry in the browser, with real IndexedDB', () => {
  it('finds a demo participant by pinyin initials, refuses a bad mobile in Chinese, and keeps the fix after a reload and a restart', async () => {
    await desk.loadDemo();
    await desk.goTo('participants');
    const name = await firstRowName();
    const initials = pinyinKeys(name, true).initials;

    await desk.search(initials);
    await expect.poll(() => desk.rowNames()).toContain(name);

    await desk.openRow(name);
    await desk.page.getByTestId('edit-record').click();
    const mobile = desk.page.getByTestId('input-mobile');
    await mobile.fill('1381234');
    await desk.page.getByTestId('form-submit').click();
    await expect.poll(() => desk.page.locator('.ant-form-item-explain-error').allTextContents()).toContain('手机号应为11位，当前为7位');

    await mobile.fill('13912345678');
    await desk.page.getByTestId('form-submit').click();
    await desk.page.getByText('已保存参会人').waitFor();

    for (const comeBack of [desk.reload, desk.restart]) {
      await comeBack();
      await desk.goTo('participants');
      await desk.search(name);
      await desk.openRow(name);
      await expect.poll(() => desk.page.getByTestId('record-drawer').textContent()).toContain('13912345678');
    }
  });

  it('deletes a participant and brings it back with undo', async () => {
    await desk.loadDemo();
    await desk.goTo('participants');
    const name = await firstRowName();
    const count = async () => (await desk.page.getByTestId('registry-count').textContent()) ?? '';
    const before = await count();

    await desk.openRow(name);
    await desk.page.getByTestId('delete-record').click();
    await desk.page.getByTestId('confirm-delete').click();
    await desk.page.getByTestId('deleted-notice').waitFor();
    await expect.poll(count).not.toBe(before);
    await desk.search(name);
    await expect.poll(() => desk.rowNames()).not.toContain(name);

    await desk.page.getByTestId('undo-delete').click();
    await expect.poll(() => desk.rowNames()).toContain(name);
    await desk.search('');
    await expect.poll(count).toBe(before);
  });
});
