import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readSpreadsheet } from '../../renderer/features/import/readSpreadsheet';
import { openDesk, type Desk } from './desk';

let desk: Desk;
beforeEach(async () => {
  desk = await openDesk();
  await desk.open();
});
afterEach(async () => desk.close());

/** Clicks 导出 Excel and reads back the .xlsx the browser downloads. */
const exportList = async () => {
  const [download] = await Promise.all([desk.page.waitForEvent('download'), desk.page.getByTestId('export-xlsx').click()]);
  const path = await download.path();
  const read = await readSpreadsheet(new Uint8Array(readFileSync(path)), download.suggestedFilename());
  if (!read.ok) throw new Error(read.message);
  return { name: download.suggestedFilename(), rows: read.value.rows };
};

describe('export to Excel', () => {
  it('exports every live record of a list, with Chinese headers, leaving a deleted one out', async () => {
    await desk.loadDemo();
    await desk.goTo('needs');
    const needs = await exportList();
    expect(needs.name).toMatch(/^技术需求_\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(needs.rows[0]?.slice(0, 2)).toEqual(['需求名称', '需求单位']);
    expect(needs.rows).toHaveLength(1 + 180);

    await desk.goTo('participants');
    const name = ((await desk.page.locator('.ant-table-row').first().locator('.ant-table-cell').first().textContent()) ?? '').trim();
    await desk.openRow(name);
    await desk.page.getByTestId('delete-record').click();
    await desk.page.getByTestId('confirm-delete').click();
    await desk.page.getByTestId('deleted-notice').waitFor();
    const people = await exportList();
    expect(people.rows).toHaveLength(1 + 433);
    expect(people.rows.map((r) => r[0])).not.toContain(name);
  });
});
