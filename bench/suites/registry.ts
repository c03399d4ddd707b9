import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { buildBenchPages, openBenchPage } from '../harness/benchPages';
import type { BenchSuite } from '../harness/types';
import { CLEAR_KEY } from '../pages/registry/plan';
import type { KeystrokeSample, LiveUpdateSample, PlannedStroke, RegistryBenchWindow, StepSamples } from '../pages/registry/protocol';
import { attributeProfile, decodeMappings, registryGoals, registryNotes, registryTables, type BundleMap, type RegistryRun, type Repetition, type Segment } from './registryReport';

/**
 * The real registry UI (`<App>`, the participants list) in Chromium with
 * 20,000 participants stored through the app's repository: opening the list,
 * search as you type with real key events, scrolling, and a live update.
 */
const PARAMS = { dbName: 'docking-desk-bench', organisations: 1_000, participants: 20_000, quietMs: 3_000 } as const;
const SCROLL = { jumpSteps: 60, wheelFrames: 120, wheelDeltaPx: 100 } as const;
const LIVE_UPDATES = 2;
const PROFILE_INTERVAL_US = 250;

/** Inside `page.evaluate` only types survive (the function runs in the page): `(window as unknown as W).registryBench`. */
type W = RegistryBenchWindow;

const ready = (page: Page) => page.waitForFunction(() => 'registryBench' in window);

/** One stroke with real key events: the page is armed first, so its clock starts at the key's first event. */
const typeStroke = async (page: Page, stroke: PlannedStroke): Promise<KeystrokeSample> => {
  if (stroke.key === CLEAR_KEY) await page.keyboard.press('Control+A');
  await page.evaluate((expected) => (window as unknown as W).registryBench.arm(expected), stroke.expected);
  if (stroke.key === CLEAR_KEY) await page.keyboard.press(CLEAR_KEY);
  else await page.keyboard.type(stroke.key);
  return page.evaluate(() => (window as unknown as W).registryBench.settle());
};

const typeRound = async (page: Page, strokes: readonly PlannedStroke[]): Promise<KeystrokeSample[]> => {
  await page.evaluate(() => (window as unknown as W).registryBench.focusSearch());
  const samples: KeystrokeSample[] = [];
  for (const stroke of strokes) samples.push(await typeStroke(page, stroke));
  return samples;
};

/**
 * One repetition on a freshly loaded page (a new JS realm, as when the app
 * starts; the same profile and IndexedDB on disk): open, switch lists, type,
 * scroll, update.
 */
const repetition = async (page: Page, strokes: readonly PlannedStroke[], n: number): Promise<Repetition> => {
  await page.reload();
  await ready(page);
  const open = await page.evaluate((db) => (window as unknown as W).registryBench.openApp(db), PARAMS.dbName);
  const switched = await page.evaluate(() => (window as unknown as W).registryBench.switchToParticipants());
  const keystrokes = await typeRound(page, strokes);
  const scroll = await page.evaluate((p) => (window as unknown as W).registryBench.scroll(p), SCROLL);
  const live: LiveUpdateSample[] = [];
  for (let i = 0; i < LIVE_UPDATES; i++) {
    live.push(await page.evaluate((marker) => (window as unknown as W).registryBench.liveUpdate(marker), `基准更新${n}`));
    live.push(await page.evaluate(() => (window as unknown as W).registryBench.liveUpdate(undefined)));
  }
  await page.evaluate(() => (window as unknown as W).registryBench.unmount());
  return { open, switched, keystrokes, scroll, live };
};

type BundleMaps = Map<string, { map: BundleMap; lines: Segment[][] }>;

/**
 * The source maps of dist/bench, from a second build of the bench pages made
 * as bench/harness/benchPages.ts makes them but with `sourcemap: true`. A map
 * is used only if its bundle file is the served one byte for byte (plus the
 * `sourceMappingURL` comment), so a profile is never mapped through the wrong
 * code; if the harness's build ever differs, the profile goes unmapped.
 */
const bundleMaps = async (root: string): Promise<BundleMaps | string> => {
  const pages = path.join(root, 'bench/pages');
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'docking-desk-bench-maps-'));
  try {
    const input = Object.fromEntries(
      readdirSync(pages)
        .filter((f) => f.endsWith('.html'))
        .map((f) => [f.replace(/\.html$/, ''), path.join(pages, f)]),
    );
    await build({
      configFile: false,
      root: pages,
      base: './',
      logLevel: 'warn',
      plugins: [react()],
      resolve: { alias: { '@shared': path.join(root, 'shared') } },
      build: { outDir, emptyOutDir: true, reportCompressedSize: false, chunkSizeWarningLimit: 4000, sourcemap: true, rolldownOptions: { input } },
    });
    const maps: BundleMaps = new Map();
    const served = path.join(root, 'dist/bench/assets');
    for (const file of readdirSync(path.join(outDir, 'assets')).filter((f) => f.endsWith('.js'))) {
      const servedFile = path.join(served, file);
      const mapFile = path.join(outDir, 'assets', `${file}.map`);
      if (!existsSync(servedFile) || !existsSync(mapFile)) return `the source-mapped build made ${file}, which dist/bench does not have`;
      const code = readFileSync(servedFile, 'utf8').trimEnd();
      if (!readFileSync(path.join(outDir, 'assets', file), 'utf8').startsWith(code)) return `the source-mapped build of ${file} differs from dist/bench's`;
      const raw = JSON.parse(readFileSync(mapFile, 'utf8')) as { sources: string[]; names?: string[]; mappings: string };
      const map: BundleMap = { sources: raw.sources.map((s) => path.relative(root, path.resolve(path.dirname(mapFile), s))), names: raw.names ?? [], mappings: raw.mappings };
      maps.set(file, { map, lines: decodeMappings(map.mappings) });
    }
    return maps;
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
};

/** One more round of the same keystrokes under Chrome's sampling profiler, on a freshly loaded page. */
const profiledRound = async (page: Page, warmUp: readonly PlannedStroke[], strokes: readonly PlannedStroke[]) => {
  await page.reload();
  await ready(page);
  await page.evaluate((db) => (window as unknown as W).registryBench.openApp(db), PARAMS.dbName);
  await typeRound(page, warmUp);
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: PROFILE_INTERVAL_US });
    await cdp.send('Profiler.start');
    await typeRound(page, strokes);
    const { profile } = await cdp.send('Profiler.stop');
    return profile;
  } finally {
    await cdp.detach();
    await page.evaluate(() => (window as unknown as W).registryBench.unmount());
  }
};

export const registrySuite: BenchSuite = {
  name: 'registry',
  summary: 'the real participants list at 20,000 rows: opening, search as you type (real keys), scrolling, a live update',
  async run(ctx) {
    ctx.log('building bench pages (vite)…');
    await buildBenchPages(ctx.root);
    const maps = await bundleMaps(ctx.root);
    const opened = await openBenchPage(ctx.root, 'registry', ctx.log);
    const { page } = opened;
    let run: RegistryRun;
    try {
      await ready(page);
      ctx.log(`seeding ${PARAMS.participants.toLocaleString('en-US')} participants through createRecords…`);
      const seeded = await page.evaluate((p) => (window as unknown as W).registryBench.seed(p), PARAMS);
      ctx.log(`seeded in ${Math.round(seeded.seedMs)} ms; ${seeded.strokes.length} keystrokes per round (${seeded.queries} queries)`);
      const reps: Repetition[] = [];
      for (let rep = 0; rep <= ctx.runs; rep++) {
        const warmUp = rep === 0;
        const t = performance.now();
        const r = await repetition(page, warmUp ? seeded.warmUpStrokes : seeded.strokes, rep);
        ctx.log(
          `${warmUp ? 'warm-up' : `run ${rep}/${ctx.runs}`}: open ${Math.round(r.open.paintedMs)} ms, switch ${Math.round(r.switched.paintedMs)} ms, ` +
            `${r.keystrokes.length} keystrokes, scroll ${r.scroll.jump.frameMs.length + r.scroll.wheel.frameMs.length} frames, ` +
            `live update ${Math.round(r.live[0]?.paintedMs ?? 0)} ms (${Math.round((performance.now() - t) / 1000)} s)`,
        );
        if (!warmUp) reps.push(r);
      }
      ctx.log('profiling one more typing round…');
      const cpuProfile = await profiledRound(page, seeded.warmUpStrokes, seeded.strokes);
      const profile: RegistryRun['profile'] =
        typeof maps === 'string' ? { missing: maps } : { attribution: attributeProfile(cpuProfile, maps), strokes: seeded.strokes.length, intervalUs: PROFILE_INTERVAL_US };
      ctx.log('timing the steps on their own…');
      const steps: StepSamples = await page.evaluate((p) => (window as unknown as W).registryBench.steps(p), { dbName: PARAMS.dbName, rounds: ctx.runs, texts: seeded.strokes.map((s) => s.text) });
      run = { seeded, reps, steps, profile, chromiumVersion: opened.chromiumVersion, crossOriginIsolated: await page.evaluate(() => globalThis.crossOriginIsolated), scroll: SCROLL };
    } finally {
      await opened.close();
    }
    return {
      title: 'the participants list at 20,000 rows in the real UI',
      environment: {
        Chromium: `${run.chromiumVersion}, headless, software rendering (--disable-gpu), viewport 1440×900, fresh persistent profile (IndexedDB on disk)`,
        App: 'production build (Vite, minified) of `<App>` from renderer/app/App.tsx under React StrictMode, as renderer/main.tsx mounts it; `Dexie.debug` off',
        Timer: run.crossOriginIsolated ? '`performance.now()`, cross-origin isolated (5 µs steps)' : '`performance.now()`, not isolated (100 µs steps)',
        Repetitions: `warm-up + ${ctx.runs} measured, each on a freshly loaded page`,
      },
      goals: registryGoals(run),
      tables: registryTables(run),
      notes: registryNotes(run),
    };
  },
};
