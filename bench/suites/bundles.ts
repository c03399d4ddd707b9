import { DEFLATE_LEVEL } from '../../shared/bundle/deflate';
import { buildBenchPages, openBenchPage } from '../harness/benchPages';
import type { BenchSuite } from '../harness/types';
import { measureBundles } from '../pages/bundles/pipeline';
import type { BundleParams, BundlesWindow } from '../pages/bundles/protocol';
import { bundleGoals, bundleNotes, bundleTables, type RuntimeRun } from './bundlesReport';

/**
 * Issue 6's bundle pipeline at its stated scale, 50,000 records, in both
 * runtimes that run it: Node (the CLI) and a Chromium worker (the app).
 * Export, verify + import + merge, and the bundle's size against plain JSON.
 */
const FAIR = { records: 50_000, seed: 6 } as const;

const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

const inNode = async (params: BundleParams, log: (line: string) => void): Promise<RuntimeRun> => ({
  runtime: 'Node',
  measurement: await measureBundles(params, { now: () => performance.now(), cpu: cpuMs }, (line) => log(`  [node] ${line}`)),
});

const inChromium = async (root: string, params: BundleParams, log: (line: string) => void): Promise<RuntimeRun & { chromiumVersion: string }> => {
  log('building bench pages (vite)…');
  await buildBenchPages(root);
  const opened = await openBenchPage(root, 'bundles', log);
  try {
    const { page } = opened;
    await page.waitForFunction(() => 'bundlesBench' in window);
    const result = await page.evaluate((p) => (window as unknown as BundlesWindow).bundlesBench.run(p), params);
    return { runtime: 'Chromium', measurement: result.measurement, longTasksMs: result.longTasksMs, chromiumVersion: opened.chromiumVersion };
  } finally {
    await opened.close();
  }
};

export const bundlesSuite: BenchSuite = {
  name: 'bundles',
  summary: 'the bundle pipeline on 50,000 records in Node and in a Chromium worker: export, verify + import + merge, size against JSON',
  async run(ctx) {
    const params: BundleParams = { ...FAIR, runs: ctx.runs };
    ctx.log('Node…');
    const node = await inNode(params, ctx.log);
    ctx.log('Chromium…');
    const chromium = await inChromium(ctx.root, params, ctx.log);
    const runs = [node, chromium];
    return {
      title: 'the bundle pipeline on 50,000 records (participants, meetings, outcomes), in Node and in a Chromium worker',
      environment: {
        'Node run': 'the harness’s own process (tsx), zod with its compiled object parsers',
        Chromium: `${chromium.chromiumVersion}, headless, a module worker of a production build (Vite, minified), cross-origin isolated; zod without \`new Function\`, as under the app’s Content-Security-Policy`,
        fflate: `DEFLATE level ${DEFLATE_LEVEL} (zip entries and encrypted files), as \`writeBundle\` writes them`,
        Repetitions: `warm-up + ${ctx.runs} measured per runtime, one fair and one signing key for all; then ${ctx.runs} rounds of the stages`,
      },
      goals: bundleGoals(runs),
      tables: bundleTables(runs),
      notes: bundleNotes(runs),
    };
  },
};
