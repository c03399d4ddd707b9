import type { Browser, Page } from 'playwright-core';

/** Sets a participant's 职务 through the registry form, as an organiser would. */
const retitle = async (page: Page, name: string, title: string) => {
  await page.getByTestId('nav-participants').click();
  await page.getByTestId('registry-search').fill(name);
  await page.locator('.ant-table-row', { hasText: name }).first().click();
  await page.getByTestId('edit-record').click();
  await page.getByTestId('input-title').fill(title);
  await page.getByTestId('form-submit').click();
  await page.getByText('已保存参会人').first().waitFor();
  await page.keyboard.press('Escape');
};

const exportFrom = async (page: Page, target: 'platform' | 'laptop', passphrase?: string) => {
  await page.getByTestId('nav-sync').click();
  await page.getByRole('tab', { name: '导出' }).click();
  await page.getByTestId('export-target').locator('label').filter({ has: page.locator(`input[value="${target}"]`) }).click();
  const encrypt = page.getByTestId('export-encrypt');
  if ((await encrypt.isChecked()) !== (passphrase !== undefined)) await encrypt.click();
  if (passphrase) {
    await page.getByTestId('export-passphrase').fill(passphrase);
    await page.getByTestId('export-passphrase-confirm').fill(passphrase);
  }
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-run').click()]);
  return download.path();
};

const pickBundle = async (page: Page, path: string) => {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('bundle-pick').click()]);
  await chooser.setFiles(path);
};

/**
 * 数据交换 between two laptops of the demo fair: the export form, a second
 * laptop's import preview, a real conflict after both edited the same person,
 * and the backups list. Laptop B is a second browser context (its own
 * IndexedDB), as a second laptop is.
 */
export const syncShots = async (page: Page, browser: Browser, url: string, shot: (name: string, on?: Page) => Promise<void>): Promise<void> => {
  const name = ((await page.locator('.ant-table-row .ant-table-cell').first().textContent()) ?? '').trim();
  const handover = await exportFrom(page, 'laptop');

  const laptopB = await (await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' })).newPage();
  await laptopB.goto(url);
  await laptopB.getByTestId('welcome-import').click();
  await pickBundle(laptopB, handover);
  await laptopB.getByTestId('import-preview').waitFor();
  await shot('sync-import-preview', laptopB);
  await laptopB.getByTestId('import-commit').click();
  await laptopB.getByTestId('event-title').waitFor();

  await retitle(page, name, '总经理');
  await retitle(laptopB, name, '技术总监');
  const fromA = await exportFrom(page, 'laptop');
  await laptopB.getByTestId('nav-sync').click();
  await laptopB.getByRole('tab', { name: '导入' }).click();
  await pickBundle(laptopB, fromA);
  await laptopB.getByTestId('import-commit').click();
  await laptopB.getByTestId('import-done').waitFor();
  await laptopB.getByRole('tab', { name: /冲突/ }).click();
  await laptopB.getByTestId('conflict-item').waitFor();
  await shot('sync-conflicts', laptopB);

  await laptopB.getByRole('tab', { name: '备份' }).click();
  await laptopB.getByTestId('backup-now').click();
  await laptopB.locator('[data-testid="backup-restore"]').first().waitFor();
  await shot('sync-backups', laptopB);
  await laptopB.context().close();

  await page.getByTestId('nav-sync').click();
  await page.getByRole('tab', { name: '导出' }).click();
  await page.getByTestId('export-target').locator('label').filter({ has: page.locator('input[value="platform"]') }).click();
  if (!(await page.getByTestId('export-encrypt').isChecked())) await page.getByTestId('export-encrypt').click();
  await page.getByTestId('export-passphrase').fill('zgc-hall-2026');
  await page.getByTestId('export-passphrase-confirm').fill('zgc-hall-2026');
  await shot('sync-export');
};
