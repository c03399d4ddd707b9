import type { Page } from 'playwright-core';
import { buildBenchPages, openBenchPage } from '../harness/benchPages';
import type { BenchSuite } from '../harness/types';
import type { EventDayWindow } from '../pages/eventday/protocol';
import { eventDayGoals, eventDayNotes, eventDayTables, type EventDayRepetition, type EventDayRun } from './eventDayReport';

/**
 * Issue 5's scale in the real UI in Chromium: 2,000 people, 10,000
 * meetings, 250 tables. The check-in search, the 现场 floor board and the
 * 成果统计 dashboard, opened from the menu and updated by writes.
 */
const PARAMS = { dbName: 'docking-desk-bench-eventday', quietMs: 3_000 } as const;
const ENGINE_ROUNDS = 5;
const FLOOR_UPDATES = 10;
const RESULT_UPDATES = 5;

type W = EventDayWindow;

const ready = (page: Page) => page.waitForFunction(() => 'eventDayBench' in window);

const repetition = async (page: Page): Promise<EventDayRepetition> => {
  await page.reload();
  await ready(page);
  await page.evaluate((db) => (window as unknown as W).eventDayBench.mount(db), PARAMS.dbName);
  const engine = await page.evaluate((n) => (window as unknown as W).eventDayBench.searchEngine(n), ENGINE_ROUNDS);
  const desk = await page.evaluate(() => (window as unknown as W).eventDayBench.searchDesk());
  const floorOpen = await page.evaluate(() => (window as unknown as W).eventDayBench.openFloor());
  const floorReopen = await page.evaluate(() => (window as unknown as W).eventDayBench.openFloor());
  const floorUpdates = await page.evaluate((n) => (window as unknown as W).eventDayBench.floorUpdates(n), FLOOR_UPDATES);
  const resultsOpen = await page.evaluate(() => (window as unknown as W).eventDayBench.openResults());
  const resultsReopen = await page.evaluate(() => (window as unknown as W).eventDayBench.openResults());
  const resultsUpdates = await page.evaluate((n) => (window as unknown as W).eventDayBench.resultsUpdates(n), RESULT_UPDATES);
  await page.evaluate(() => (window as unknown as W).eventDayBench.unmount());
  return { engine, desk, floorOpen: [floorOpen, floorReopen], floorUpdates, resultsOpen: [resultsOpen, resultsReopen], resultsUpdates };
};

export const eventDaySuite: BenchSuite = {
  name: 'eventday',
  summary: 'the fair day at 2,000 people, 10,000 meetings, 250 tables: check-in search, the 现场 board, the 成果统计 dashboard',
  async run(ctx) {
    ctx.log('building bench pages (vite)…');
    await buildBenchPages(ctx.root);
    const opened = await openBenchPage(ctx.root, 'eventday', ctx.log);
    const { page } = opened;
    let run: EventDayRun;
    try {
      await ready(page);
      ctx.log('seeding the fair day (2,000 people, 10,000 meetings)…');
      const seeded = await page.evaluate((p) => (window as unknown as W).eventDayBench.seed(p), PARAMS);
      ctx.log(`seeded: ${seeded.meetings} meetings, ${seeded.outcomes} outcomes, ${seeded.checkedIn} checked in (${Math.round(seeded.storeMs)} ms)`);
      const reps: EventDayRepetition[] = [];
      for (let rep = 0; rep <= ctx.runs; rep++) {
        const r = await repetition(page);
        const max = (xs: { paintedMs: number }[]) => Math.round(Math.max(...xs.map((x) => x.paintedMs)));
        ctx.log(
          `${rep === 0 ? 'warm-up' : `run ${rep}/${ctx.runs}`}: search max ${Math.round(Math.max(...r.engine.map((s) => s.ms)))} ms (desk ${Math.round(Math.max(...r.desk.map((s) => s.ms)))} ms), ` +
            `floor open ${max(r.floorOpen)} ms, update ${max(r.floorUpdates)} ms, results open ${max(r.resultsOpen)} ms, update ${max(r.resultsUpdates)} ms`,
        );
        if (rep > 0) reps.push(r);
      }
      ctx.log('timing the steps of 成果统计 on their own…');
      await page.reload();
      await ready(page);
      await page.evaluate((db) => (window as unknown as W).eventDayBench.mount(db), PARAMS.dbName);
      const steps = {
        ...(await page.evaluate((n) => (window as unknown as W).eventDayBench.floorSteps(n), Math.max(3, ctx.runs))),
        ...(await page.evaluate((n) => (window as unknown as W).eventDayBench.resultsSteps(n), ctx.runs)),
      };
      await page.evaluate(() => (window as unknown as W).eventDayBench.unmount());
      run = { seeded, reps, steps };
    } finally {
      await opened.close();
    }
    return {
      title: 'the fair day at 2,000 people, 10,000 meetings and 250 tables in the real UI',
      environment: {
        Chromium: `${opened.chromiumVersion}, headless, software rendering (--disable-gpu), viewport 1440×900, fresh persistent profile (IndexedDB on disk)`,
        App: 'production build (Vite, minified) of `<App>` under React StrictMode; `Dexie.debug` off',
        Repetitions: `warm-up + ${ctx.runs} measured, each on a freshly loaded page`,
      },
      goals: eventDayGoals(run),
      tables: eventDayTables(run),
      notes: eventDayNotes(run),
    };
  },
};
