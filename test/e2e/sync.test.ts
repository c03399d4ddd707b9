import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Participant } from '@shared/model';
import { openDesk, type Desk } from './desk';
import { storedRows } from './stored';
import { exportBundleFrom, importBundleInto } from './syncSteps';

const PASSPHRASE = '中关村会场2026';

let a: Desk;
let b: Desk;
beforeEach(async () => {
  [a, b] = await Promise.all([openDesk(), openDesk()]);
  await Promise.all([a.open(), b.open()]);
});
afterEach(async () => Promise.all([a.close(), b.close()]));

/** 确认导入; on the welcome page the imported fair opens in place of the import card. */
const confirmImport = async (desk: Desk) => {
  await desk.page.getByTestId('import-commit').click();
  await desk.page.getByTestId('import-commit').waitFor({ state: 'detached' });
  expect(await desk.page.getByTestId('import-error').count()).toBe(0);
};

/** Changes a participant's 职务 in the registry form, as an organiser at either laptop would. */
const retitle = async (desk: Desk, name: string, title: string) => {
  await desk.goTo('participants');
  await desk.search(name);
  await desk.openRow(name);
  await desk.page.getByTestId('edit-record').click();
  await desk.page.getByTestId('input-title').fill(title);
  await desk.page.getByTestId('form-submit').click();
  await desk.page.getByText('已保存参会人').first().waitFor();
  await desk.page.keyboard.press('Escape');
};

const cli = (...args: string[]) => execFileSync('npx', ['tsx', 'cli/main.ts', ...args], { encoding: 'utf8' });

const titleOf = async (desk: Desk, id: string) => (await storedRows<Participant>(desk.page, 'participants')).find((p) => p.id === id)?.title;

describe('two laptops at one fair', () => {
  it('hands the fair over in an encrypted bundle, merges both laptops’ edits, settles a real conflict, and refuses a tampered file', async () => {
    await a.loadDemo();
    const handover = await exportBundleFrom(a, { target: 'laptop', passphrase: PASSPHRASE });
    expect(handover.name).toMatch(/-其他电脑-全量-\d{8}-\d{4}\.dockbundle$/);
    expect(cli('bundle', 'verify', handover.path, '--passphrase', PASSPHRASE)).toMatch(/有效|valid/);

    await importBundleInto(b, handover.path, PASSPHRASE);
    await confirmImport(b);
    await b.page.getByTestId('event-title').waitFor();
    const [peopleA, peopleB] = await Promise.all([storedRows<Participant>(a.page, 'participants'), storedRows<Participant>(b.page, 'participants')]);
    expect(peopleB).toHaveLength(peopleA.length);
    const person = peopleA[0];
    if (!person) throw new Error('no participant');

    // Both laptops change the same person's title before they exchange.
    await retitle(a, person.name, '总经理');
    await retitle(b, person.name, '技术总监');
    const fromA = await exportBundleFrom(a, { target: 'laptop' });
    await importBundleInto(b, fromA.path);
    await expect.poll(() => b.page.getByTestId('import-preview').textContent()).toContain('同时修改了同一字段');
    await confirmImport(b);

    await b.page.getByRole('tab', { name: /冲突/ }).click();
    const conflict = b.page.getByTestId('conflict-item');
    await expect.poll(() => conflict.count()).toBe(1);
    expect(await conflict.textContent()).toContain('职务');
    await conflict.getByTestId('conflict-take').click();
    await expect.poll(() => conflict.count()).toBe(0);
    const chosen = await titleOf(b, person.id);
    expect(['总经理', '技术总监']).toContain(chosen);

    const fromB = await exportBundleFrom(b, { target: 'laptop' });
    await importBundleInto(a, fromB.path);
    await confirmImport(a);
    expect(await titleOf(a, person.id)).toBe(chosen);
    await a.goTo('sync');
    await a.page.getByRole('tab', { name: /冲突/ }).click();
    await a.page.getByText('没有冲突').waitFor();

    // Both laptops now hold the same data, whichever packed it.
    const dir = mkdtempSync(join(tmpdir(), 'dockbundle-'));
    const finalA = await exportBundleFrom(a, { target: 'laptop' });
    cli('bundle', 'export-json', finalA.path, '--out', join(dir, 'a.json'));
    cli('bundle', 'export-json', fromB.path, '--out', join(dir, 'b.json'));
    expect(execFileSync('cmp', [join(dir, 'a.json'), join(dir, 'b.json')]).length).toBe(0);

    // A byte changed on the way (a bad USB stick): refused, nothing written.
    const tampered = new Uint8Array(finalA.bytes);
    const middle = Math.floor(tampered.length / 2);
    tampered[middle] = (tampered[middle] ?? 0) ^ 0xff;
    const tamperedPath = join(dir, 'tampered.dockbundle');
    writeFileSync(tamperedPath, tampered);
    const before = (await storedRows<Participant>(b.page, 'participants')).length;
    await importBundleInto(b, tamperedPath);
    await expect.poll(() => b.page.getByTestId('import-error').textContent()).toMatch(/[\u4e00-\u9fa5]/);
    expect((await storedRows<Participant>(b.page, 'participants')).length).toBe(before);
    // Two laptops, six exports and five imports: longer than one screen's test.
  }, 180_000);
});
