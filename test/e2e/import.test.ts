import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDesk, type Desk } from './desk';
import { signUpSheet } from './signUpSheet';

let desk: Desk;
beforeEach(async () => {
  desk = await openDesk();
  await desk.open();
});
afterEach(async () => desk.close());

const count = async (testId: string) => Number(await desk.page.getByTestId(testId).getAttribute('data-count'));

describe('spreadsheet import', () => {
  it('previews exactly the 5 bad rows with reasons, imports the other 45 and changes nothing else', async () => {
    const sheet = await signUpSheet();
    await desk.loadDemo();
    await desk.goTo('participants');
    const total = async () => (await desk.page.getByTestId('registry-count').textContent()) ?? '';
    expect(await total()).toContain('共 434 条');

    await desk.page.getByTestId('import-open').click();
    await desk.page.getByTestId('import-file-input').setInputFiles(sheet.path);
    await desk.page.getByTestId('import-next-mapping').click();
    await desk.page.getByTestId('import-rejected-table').waitFor();

    expect(await count('import-count-accepted')).toBe(45);
    expect(await count('import-count-rejected')).toBe(5);
    expect(await count('import-count-new-orgs')).toBe(0);
    const rejected = await desk.page.getByTestId('import-rejected-row').evaluateAll((rows) =>
      rows.map((r) => ({ row: Number(r.getAttribute('data-row-number')), reasons: r.textContent ?? '' })),
    );
    expect(rejected.map((r) => r.row)).toEqual([5, 12, 22, 32, 42]);
    expect(rejected[0]?.reasons).toContain('姓名');
    expect(rejected[1]?.reasons).toContain('手机号应为11位');
    expect(rejected[2]?.reasons).toContain(sheet.existing.name);
    expect(rejected[3]?.reasons).toContain('与第2行重复');
    expect(rejected[4]?.reasons).toContain(sheet.existing.name);

    await desk.page.getByTestId('import-commit').click();
    await expect.poll(() => desk.page.getByTestId('import-done').textContent(), { timeout: 20_000 }).toContain('成功导入 45 条');
    await desk.page.getByTestId('import-finish').click();
    await expect.poll(total).toContain('共 479 条');

    // The stored participant whose mobile the sheet repeated is untouched, and no organisation was added.
    await desk.search(sheet.existing.mobile.slice(-4));
    await expect.poll(() => desk.rowNames()).toContain(sheet.existing.name);
    await desk.goTo('organisations');
    await expect.poll(() => desk.page.getByTestId('registry-count').textContent()).toContain('共 154 条');
  });
});
