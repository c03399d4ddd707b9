import type { Page } from 'playwright-core';
import { buildBenchPages, openBenchPage } from '../harness/benchPages';
import type { BenchSuite } from '../harness/types';
import type { SyncRepetition, SyncWindow } from '../pages/sync/protocol';
import { formatKb, syncGoals, syncNotes, syncTables, type SyncRun } from './syncReport';

/**
 * Issue 6's bundles at the fair's full scale, in the app's own code in
 * Chromium with IndexedDB on disk: laptop A holds the event-day fair
 * (2,000 people, 10,000 meetings); it exports, backs up, hands the fair to
 * an empty laptop B, and the two diverge and merge.
 */
const PARAMS = { dbA: 'docking-desk-bench-sync-a', dbB: 'docking-desk-bench-sync-b', quietMs: 2_000 } as const;

type W = SyncWindow;

const ready = (page: Page) => page.waitForFunction(() => 'syncBench' in window);

const ms = (x: number) => `${Math.round(x)} ms`;

/** `encryptedFirst` alternates between repetitions: the first export after the seed reads a cold database. */
const repetition = async (page: Page, encryptedFirst: boolean, log: (message: string) => void): Promise<SyncRepetition> => {
  await page.reload();
  await ready(page);
  const seed = await page.evaluate((p) => (window as unknown as W).syncBench.seed(p), PARAMS);
  log(`  seeded A: ${seed.meetings} meetings, ${seed.outcomes} outcomes (${ms(seed.storeMs)})`);
  const exportFull = (encrypted: boolean) => page.evaluate((e) => (window as unknown as W).syncBench.exportFull(e), encrypted);
  const first = await exportFull(encryptedFirst);
  const second = await exportFull(!encryptedFirst);
  const [exportPlain, exportEncrypted] = encryptedFirst ? [second, first] : [first, second];
  log(`  export ${ms(exportPlain.ms)} (${formatKb(exportPlain.bytes)}), encrypted ${ms(exportEncrypted.ms)} (${formatKb(exportEncrypted.bytes)})`);
  const backup = await page.evaluate(() => (window as unknown as W).syncBench.backup());
  const importEmpty = await page.evaluate(() => (window as unknown as W).syncBench.importIntoEmpty());
  const reimport = await page.evaluate(() => (window as unknown as W).syncBench.reimport());
  log(
    `  backup ${ms(backup.ms)} (longest task ${ms(Math.max(0, ...backup.longTasksMs))}), into B ${ms(importEmpty.preview.ms)} + ${ms(importEmpty.commit.ms)} (${importEmpty.commitWrites} written), ` +
      `again ${ms(reimport.preview.ms)} + ${ms(reimport.commit.ms)} (${reimport.commitWrites} written)`,
  );
  const merge = await page.evaluate(() => (window as unknown as W).syncBench.merge());
  log(
    `  merge: B→A ${merge.exportB.kind} ${ms(merge.exportB.ms)}, import ${ms(merge.importA.preview.ms + merge.importA.commit.ms)}; ` +
      `A→B ${merge.exportA.kind} ${ms(merge.exportA.ms)}, import ${ms(merge.importB.preview.ms + merge.importB.commit.ms)}; converged: ${merge.converged ? 'yes' : `NO — ${merge.firstDifference ?? ''}`}`,
  );
  return { seed, exportPlain, exportEncrypted, importEmpty, reimport, merge, backup };
};

export const syncSuite: BenchSuite = {
  name: 'sync',
  summary: 'sync bundles at the fair day’s scale (2,000 people, 10,000 meetings): export, encrypted export, import, re-import, a two-laptop merge, backup',
  async run(ctx) {
    ctx.log('building bench pages (vite)…');
    await buildBenchPages(ctx.root);
    const opened = await openBenchPage(ctx.root, 'sync', ctx.log);
    const { page } = opened;
    let run: SyncRun;
    try {
      const reps: SyncRepetition[] = [];
      for (let rep = 0; rep <= ctx.runs; rep++) {
        ctx.log(rep === 0 ? 'warm-up…' : `run ${rep}/${ctx.runs}…`);
        const r = await repetition(page, rep % 2 === 1, ctx.log);
        if (rep > 0) reps.push(r);
      }
      ctx.log('timing the stages of export and import on their own…');
      const steps = await page.evaluate((n) => (window as unknown as W).syncBench.steps(n), ctx.runs);
      await page.evaluate(() => (window as unknown as W).syncBench.cleanUp());
      run = { reps, steps };
    } finally {
      await opened.close();
    }
    return {
      title: 'sync bundles of the fair day (2,000 people, 10,000 meetings) between two laptops, in the app’s code',
      environment: {
        Chromium: `${opened.chromiumVersion}, headless, fresh persistent profile (IndexedDB on disk), cross-origin isolated`,
        App: 'production build (Vite, minified) of renderer/db’s export, import and backup functions, no UI mounted; `Dexie.debug` off',
        Repetitions: `warm-up + ${ctx.runs} measured, each on a freshly loaded page with laptop A seeded afresh and laptop B emptied`,
      },
      goals: syncGoals(run),
      tables: syncTables(run),
      notes: syncNotes(run),
    };
  },
};
