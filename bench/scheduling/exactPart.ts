import { checkPlan, EXACT_MAX_REQUESTS, scheduleExact, type ExactCertificate, type MipSolver } from '../../shared/scheduling';
import { formatMs } from '../harness/stats';
import type { Goal, ReportTable } from '../harness/types';
import { loadB2bInstances, loadBestKnown } from './b2b';
import { MAX_SPREAD } from './b2bPart';
import { planFigures } from './figures';

/**
 * The exact mode (shared/scheduling/exact/) on small published B2B instances,
 * as an optional part the scheduling suite can hook in beside b2bPart:
 *
 *   const exact = await exactPart(await nodeHighsSolver(), ctx.log);
 *   goals.push(...exact.goals); tables.push(...exact.tables);
 *   // or one more column in b2bPart's per-instance table: exact.column.get(name) ?? '—'
 *
 * One run per instance (a run costs its whole time limit when the solver
 * cannot prove optimality), so the default is a handful of instances whose
 * optimum is not 0: where the heuristic alone already reaches 0 breaks with
 * every meeting held, the exact mode certifies without a solve.
 */
export const EXACT_TIME_LIMIT_MS = 20_000;
export const EXACT_INSTANCES = [
  'tic-12.fixed020-Forb',
  'tic-12crafc.fixed020-Forb',
  'tic-13.fixed020-Forb',
  'tic-13.fixed040-Forb',
  'tic-13crafb.fixed020-Forb',
  'tic-13crafb.fixed040-Forb',
  'forum-13.fixed020-Forb',
  'forum-13.fixed040-Forb',
];

export type ExactPartOptions = { timeLimitMs?: number; instances?: readonly string[]; seed?: number };

type Row = { name: string; optimum: number | null; breaks: number; spread: number; allHeld: boolean; certificate: ExactCertificate; ms: number };

export const exactPart = async (solver: MipSolver, log: (m: string) => void, options: ExactPartOptions = {}) => {
  const timeLimitMs = options.timeLimitMs ?? EXACT_TIME_LIMIT_MS;
  const wanted = new Set(options.instances ?? EXACT_INSTANCES);
  const bestKnown = loadBestKnown();
  const instances = loadB2bInstances().filter((i) => wanted.has(i.name) && i.instance.requests.length <= EXACT_MAX_REQUESTS);
  const results: Row[] = [];
  for (const [k, { name, instance }] of instances.entries()) {
    log(`exact ${k + 1}/${instances.length}: ${name} (up to ${formatMs(timeLimitMs)})`);
    const started = performance.now();
    const result = await scheduleExact(instance, solver, { timeLimitMs, maxBreakSpread: MAX_SPREAD, seed: options.seed ?? 1 });
    const ms = performance.now() - started;
    const problems = checkPlan(instance, result.plan.meetings);
    if (problems.length > 0) throw new Error(`exact mode on ${name}: invalid plan: ${problems[0] ?? ''}`);
    const f = planFigures(instance, result.plan.meetings);
    const optimum = bestKnown.get(name)?.optimum ?? null;
    const allHeld = f.scheduled === instance.requests.length;
    // A certified plan must agree with a proven optimum: fewer breaks would mean the instance was misread.
    if (result.certificate === 'optimal' && optimum !== null && allHeld && f.spread <= MAX_SPREAD && f.breaks !== optimum) {
      throw new Error(`exact mode on ${name}: certified ${f.breaks} breaks, the published optimum is ${optimum}`);
    }
    results.push({ name, optimum, breaks: f.breaks, spread: f.spread, allHeld, certificate: result.certificate, ms });
  }

  const atOptimum = (r: Row) => r.optimum !== null && r.allHeld && r.spread <= MAX_SPREAD && r.breaks === r.optimum;
  const reached = results.filter(atOptimum).length;
  const certified = results.filter((r) => r.certificate === 'optimal').length;
  const column = new Map(results.map((r) => [r.name, `${r.breaks} (${r.certificate}, ${formatMs(r.ms)})`]));
  const goals: Goal[] = [
    {
      label: `B2B, exact mode (HiGHS, ${formatMs(timeLimitMs)}): breaks = the published optimum, spread ≤ ${MAX_SPREAD}`,
      target: `${results.length} / ${results.length}`,
      measured: `${reached} / ${results.length} (${certified} certified optimal)`,
      met: reached === results.length,
    },
  ];
  const tables: ReportTable[] = [
    {
      caption: `B2B instances in the exact mode: the heuristic's plan, then an integer program solved by HiGHS (WebAssembly, single-threaded) within ${formatMs(timeLimitMs)} in all`,
      columns: ['instance', 'published optimum', 'exact: breaks', 'spread', 'every meeting held', 'certificate', 'time'],
      rows: results.map((r) => [r.name, String(r.optimum ?? 'infeasible'), String(r.breaks), String(r.spread), r.allHeld ? 'yes' : 'no', r.certificate, formatMs(r.ms)]),
    },
  ];
  return { goals, tables, column, instances: results.length };
};
