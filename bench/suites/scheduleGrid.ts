import type { Page } from 'playwright-core';
import { buildBenchPages, openBenchPage } from '../harness/benchPages';
import type { BenchSuite } from '../harness/types';
import type { OpenSample, ScheduleBenchWindow } from '../pages/schedule/protocol';
import { gridGoals, gridNotes, gridTables, type GridRepetition, type GridRun } from './scheduleGridReport';

/**
 * The real 洽谈排期 page (`<App>`, 排期表) in Chromium on fair L (2,000
 * people, 10,000 requests, ~6,000 meetings, 250 tables × 24 slots): opening
 * it, scrolling the grid, drag hover verdicts and a move committed.
 */
const PARAMS = { dbName: 'docking-desk-bench-schedule', organisations: 400, planMs: 3_000, quietMs: 3_000 } as const;
const SCROLL = { verticalSteps: 300, horizontalSteps: 100, diagonalSteps: 200 } as const;
const HOVERS = 200;
const MOVES = 6;

/** Inside `page.evaluate` only types survive (the function runs in the page). */
type W = ScheduleBenchWindow;

const ready = (page: Page) => page.waitForFunction(() => 'scheduleBench' in window);

/** Arms the page's clock, clicks 洽谈排期 with a real pointer, and waits for the grid painted. */
const openSchedule = async (page: Page): Promise<OpenSample> => {
  await page.evaluate(() => (window as unknown as W).scheduleBench.armOpen());
  await page.getByTestId('nav-schedule').click();
  return page.evaluate(() => (window as unknown as W).scheduleBench.opened());
};

const repetition = async (page: Page): Promise<GridRepetition> => {
  await page.reload();
  await ready(page);
  await page.evaluate((db) => (window as unknown as W).scheduleBench.mount(db), PARAMS.dbName);
  const open = await openSchedule(page);
  await page.evaluate(() => (window as unknown as W).scheduleBench.leave());
  const reopen = await openSchedule(page);
  const scroll = await page.evaluate((p) => (window as unknown as W).scheduleBench.scroll(p), SCROLL);
  const hover = await page.evaluate((n) => (window as unknown as W).scheduleBench.hover(n), HOVERS);
  const moves = await page.evaluate((n) => (window as unknown as W).scheduleBench.moves(n), MOVES);
  await page.evaluate(() => (window as unknown as W).scheduleBench.unmount());
  return { open, reopen, scroll, hover, moves };
};

export const scheduleGridSuite: BenchSuite = {
  name: 'schedule',
  summary: 'the real 排期表 at 250 tables × 24 slots, ~6,000 meetings: opening, scrolling, drag hover verdicts, a move committed',
  async run(ctx) {
    ctx.log('building bench pages (vite)…');
    await buildBenchPages(ctx.root);
    const opened = await openBenchPage(ctx.root, 'schedule', ctx.log);
    const { page } = opened;
    let run: GridRun;
    let isolated: boolean;
    try {
      await ready(page);
      ctx.log('seeding fair L (2,000 people, 10,000 requests) and planning it…');
      const seeded = await page.evaluate((p) => (window as unknown as W).scheduleBench.seed(p), PARAMS);
      ctx.log(`seeded: ${seeded.meetings} meetings (store ${Math.round(seeded.storeMs)} ms, plan ${Math.round(seeded.planMs)} ms, apply ${Math.round(seeded.applyMs)} ms)`);
      const reps: GridRepetition[] = [];
      for (let rep = 0; rep <= ctx.runs; rep++) {
        const t = performance.now();
        const r = await repetition(page);
        const frames = [r.scroll.vertical, r.scroll.horizontal, r.scroll.diagonal].flatMap((s) => s.frameMs);
        ctx.log(
          `${rep === 0 ? 'warm-up' : `run ${rep}/${ctx.runs}`}: open ${Math.round(r.open.paintedMs)} ms, again ${Math.round(r.reopen.paintedMs)} ms, ` +
            `${frames.length} frames (max ${Math.round(Math.max(...frames))} ms), hover max ${Math.round(Math.max(...r.hover.map((h) => h.paintedMs)))} ms, ` +
            `move max ${Math.round(Math.max(...r.moves.map((m) => m.paintedMs)))} ms (${Math.round((performance.now() - t) / 1000)} s)`,
        );
        if (rep > 0) reps.push(r);
      }
      ctx.log('timing the steps on their own…');
      const steps = await page.evaluate((p) => (window as unknown as W).scheduleBench.steps(p), { dbName: PARAMS.dbName, rounds: ctx.runs });
      isolated = await page.evaluate(() => globalThis.crossOriginIsolated);
      run = { seeded, reps, steps, scroll: SCROLL };
    } finally {
      await opened.close();
    }
    return {
      title: 'the 排期表 grid at 250 tables × 24 slots with ~6,000 meetings in the real UI',
      environment: {
        Chromium: `${opened.chromiumVersion}, headless, software rendering (--disable-gpu), viewport 1440×900, fresh persistent profile (IndexedDB on disk)`,
        App: 'production build (Vite, minified) of `<App>` from renderer/app/App.tsx under React StrictMode, as renderer/main.tsx mounts it; `Dexie.debug` off',
        Timer: isolated ? '`performance.now()`, cross-origin isolated (5 µs steps)' : '`performance.now()`, not isolated (100 µs steps)',
        Repetitions: `warm-up + ${ctx.runs} measured, each on a freshly loaded page`,
      },
      goals: gridGoals(run),
      tables: gridTables(run),
      notes: gridNotes(run),
    };
  },
};
