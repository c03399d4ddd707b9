import { readFileSync } from 'node:fs';
import type { Desk } from './desk';

/** Exports a bundle from the 数据交换 page and returns the downloaded file. */
export const exportBundleFrom = async (desk: Desk, options: { target: 'platform' | 'laptop'; kind?: 'full' | 'delta'; passphrase?: string }) => {
  const { page } = desk;
  await desk.goTo('sync');
  await page.getByRole('tab', { name: '导出' }).click();
  // antd hides the radio inputs behind their labels: click the label, as a person does.
  const choose = (group: string, value: string) => page.getByTestId(group).locator('label').filter({ has: page.locator(`input[value="${value}"]`) }).click();
  await choose('export-target', options.target);
  await choose('export-kind', options.kind ?? 'full');
  const encrypt = page.getByTestId('export-encrypt');
  if ((await encrypt.isChecked()) !== (options.passphrase !== undefined)) await encrypt.click();
  if (options.passphrase !== undefined) {
    await page.getByTestId('export-passphrase').fill(options.passphrase);
    await page.getByTestId('export-passphrase-confirm').fill(options.passphrase);
  }
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-run').click()]);
  const path = await download.path();
  return { path, name: download.suggestedFilename(), bytes: new Uint8Array(readFileSync(path)) };
};

/** Imports a bundle file through the 选择数据包 button, unlocking it when a passphrase is given. */
export const importBundleInto = async (desk: Desk, path: string, passphrase?: string) => {
  const { page } = desk;
  if (await page.getByTestId('welcome').isVisible()) await page.getByTestId('welcome-import').click();
  else {
    await desk.goTo('sync');
    await page.getByRole('tab', { name: '导入' }).click();
    if (await page.getByTestId('import-again').isVisible()) await page.getByTestId('import-again').click();
  }
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('bundle-pick').click()]);
  await chooser.setFiles(path);
  if (passphrase !== undefined) {
    await page.getByTestId('import-passphrase').fill(passphrase);
    await page.getByTestId('import-unlock').click();
  }
  await page.locator('[data-testid="import-preview"], [data-testid="import-error"]').first().waitFor();
};
