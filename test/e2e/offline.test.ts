import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Participant } from '@shared/model';
import { openDesk, type Desk } from './desk';
import { acceptAllRequests, planAndApply } from './scheduleSteps';
import { storedRows } from './stored';
import { exportBundleFrom } from './syncSteps';

let desk: Desk;
beforeEach(async () => {
  desk = await openDesk();
});
afterEach(async () => desk.close());

/** Requests that leave the app: anything but its own origin and in-page data. */
const isOutside = (url: string, origin: string): boolean => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin;

describe('a whole session without the network', () => {
  it('loads the demo, matches, schedules, checks in and exports without one request outside the app', async () => {
    const origin = new URL(desk.url).origin;
    const outside: string[] = [];
    let own = 0;
    desk.page.on('request', (request) => {
      if (isOutside(request.url(), origin)) outside.push(request.url());
      else own += 1;
    });
    await desk.open();
    await desk.loadDemo();

    await desk.goTo('matching');
    await desk.page.getByTestId('bulk-open').click();
    await desk.page.getByTestId('bulk-start').click();
    await desk.page.getByTestId('bulk-review').waitFor({ timeout: 30_000 });
    await desk.page.keyboard.press('Escape');

    await desk.goTo('schedule');
    await acceptAllRequests(desk.page);
    await planAndApply(desk.page);

    await desk.goTo('checkin');
    const [person] = await storedRows<Participant>(desk.page, 'participants');
    await desk.page.getByTestId('checkin-counters').click();
    await desk.page.keyboard.type(`${person?.badgeCode ?? ''}\n`, { delay: 5 });
    await expect.poll(async () => (await storedRows<Participant>(desk.page, 'participants')).find((p) => p.id === person?.id)?.checkIn.state, { timeout: 10_000 }).toBe('已签到');

    await desk.goTo('results');
    const [xlsx] = await Promise.all([desk.page.waitForEvent('download'), desk.page.getByTestId('results-export-xlsx').click()]);
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
    await exportBundleFrom(desk, { target: 'platform', passphrase: '离线会场口令2026' });

    expect(own).toBeGreaterThan(0);
    expect(outside).toEqual([]);
  });
});
