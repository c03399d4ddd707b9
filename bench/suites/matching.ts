import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { add_word } from 'jieba-wasm';
import { DEMO_SEED } from '../../shared/demo';
import { bigramTfIdf, givenOrder, miniSearchBm25, randomOrder, type Ranker } from '../matching/baselines';
import { CCF_FILE, loadCcfNeeds, type CcfNeed } from '../matching/ccf';
import { averageScores, comparePaired, meanOf, scoreRankings, type PerNeed } from '../matching/compare';
import { DOMAIN_WORDS, engineRanker } from '../matching/engine';
import { loadDemoSet } from '../matching/demoSet';
import { bulkSpread, measureSpeed } from '../matching/speed';
import { formatSpread, spread } from '../harness/stats';
import type { BenchContext, BenchSuite, Goal, ReportTable } from '../harness/types';

/**
 * Matching quality on real data: the engine re-ranks each CCF need's graded
 * candidates beside two baselines and two floors, all in the same run, and
 * the time each takes.
 */
const RANDOM_SEEDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

type Timed = { name: string; scores: PerNeed; indexMs: number[]; rankMs: number[] };

const runRanker = (ranker: Ranker, needs: readonly CcfNeed[]) => {
  const t0 = performance.now();
  const rank = ranker.index(needs);
  const t1 = performance.now();
  const rankings = needs.map((n) => rank(n));
  const t2 = performance.now();
  return { rankings, indexMs: t1 - t0, rankMs: t2 - t1 };
};

const sameRankings = (a: readonly (readonly string[])[], b: readonly (readonly string[])[]) =>
  a.length === b.length && a.every((r, i) => r.join('\n') === b[i]?.join('\n'));

/** Warm-up, then `runs` repetitions in rotating order; rankings must not change from one to the next. */
const measure = (rankers: readonly Ranker[], needs: readonly CcfNeed[], runs: number, log: (m: string) => void): Timed[] => {
  const timed = rankers.map((r) => ({ name: r.name, scores: { at5: [], at10: [] } as PerNeed, indexMs: [] as number[], rankMs: [] as number[] }));
  const first = new Map<string, string[][]>();
  for (let rep = 0; rep <= runs; rep++) {
    log(rep === 0 ? 'warm-up…' : `run ${rep}/${runs}…`);
    for (let k = 0; k < rankers.length; k++) {
      const i = (k + rep) % rankers.length;
      const ranker = rankers[i] as Ranker;
      const out = runRanker(ranker, needs);
      const before = first.get(ranker.name);
      if (!before) first.set(ranker.name, out.rankings);
      else if (!sameRankings(before, out.rankings)) throw new Error(`${ranker.name} ranked differently from one run to the next`);
      if (rep > 0) {
        (timed[i] as Timed).indexMs.push(out.indexMs);
        (timed[i] as Timed).rankMs.push(out.rankMs);
      }
    }
  }
  for (const t of timed) t.scores = scoreRankings(needs, first.get(t.name) ?? []);
  return timed;
};

const f3 = (x: number) => x.toFixed(3);
const signed = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(3)}`;
const pct = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x * 100).toFixed(1)} %`;

const qualityTable = (set: string, rows: readonly { name: string; scores: PerNeed }[], scored: number): ReportTable => ({
  caption: `${set} — quality: mean NDCG over the ${scored} needs that have a relevant candidate`,
  columns: ['ranker', 'NDCG@5', 'NDCG@10'],
  rows: rows.map((r) => [r.name, f3(meanOf(r.scores.at5)), f3(meanOf(r.scores.at10))]),
});

const pairedTable = (set: string, subject: { name: string; scores: PerNeed }, others: readonly { name: string; scores: PerNeed }[]): ReportTable => ({
  caption: `${set} — ${subject.name} against each other ranker, need by need`,
  columns: ['vs', 'NDCG@5 margin (relative)', 'NDCG@5 95 % CI', 'NDCG@5 wins / ties / losses', 'NDCG@10 margin (relative)', 'NDCG@10 95 % CI', 'NDCG@10 wins / ties / losses'],
  rows: others.map((o) => {
    const p5 = comparePaired(subject.scores.at5, o.scores.at5);
    const p10 = comparePaired(subject.scores.at10, o.scores.at10);
    const cells = (p: typeof p5) => [`${signed(p.delta)} (${pct(p.relative)})`, `${signed(p.ci[0])} … ${signed(p.ci[1])}`, `${p.wins} / ${p.ties} / ${p.losses}`];
    return [o.name, ...cells(p5), ...cells(p10)];
  }),
});

const timingTable = (set: string, timed: readonly Timed[], needs: number): ReportTable => ({
  caption: `${set} — time: index every candidate of the set once, then rank each of the ${needs} needs' candidates`,
  columns: ['ranker', 'index, median (min–max)', `rank ${needs} needs, median (min–max)`, 'per need'],
  rows: timed.map((t) => {
    const rank = spread(t.rankMs);
    return [t.name, formatSpread(spread(t.indexMs)), formatSpread(rank), `${Math.round((rank.median / needs) * 1000).toLocaleString('en-US')} µs`];
  }),
});

const versionOf = (root: string, pkg: string): string => {
  try {
    return (JSON.parse(readFileSync(path.join(root, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
};

type GradedSet = { name: string; needs: CcfNeed[] };

/** One graded set: every ranker in the same run, the floors, the goals (engine above both baselines) and the tables. */
const evaluate = (set: GradedSet, runs: number, log: (m: string) => void): { goals: Goal[]; tables: ReportTable[] } => {
  const { needs } = set;
  const baselines = [miniSearchBm25, bigramTfIdf];
  const rankers = [engineRanker, ...baselines, givenOrder];
  log(`${set.name}: ${needs.length} needs; rankers: ${rankers.map((r) => r.name).join(', ')}`);
  const timed = measure(rankers, needs, runs, (m) => log(`${set.name}: ${m}`));
  const randomRuns = RANDOM_SEEDS.map((seed) => scoreRankings(needs, runRanker(randomOrder(seed), needs).rankings));
  const random = {
    name: `random order (mean of ${RANDOM_SEEDS.length} seeds)`,
    scores: { at5: averageScores(randomRuns.map((r) => r.at5)), at10: averageScores(randomRuns.map((r) => r.at10)) },
  };
  const rows = [...timed, random];
  const scored = timed[0]?.scores.at10.filter((s) => s !== null).length ?? 0;
  const byName = (name: string) => {
    const row = rows.find((r) => r.name === name);
    if (!row) throw new Error(`no results for ${name}`);
    return row;
  };
  const engineRow = byName(engineRanker.name);
  const goals: Goal[] = [5, 10].map((k) => {
    const at = (r: { scores: PerNeed }) => meanOf(k === 5 ? r.scores.at5 : r.scores.at10);
    const best = Math.max(...baselines.map((b) => at(byName(b.name))));
    return {
      label: `engine NDCG@${k} above both baselines (MiniSearch BM25, bigram TF-IDF), ${set.name}`,
      target: `> ${f3(best)}`,
      measured: `${f3(at(engineRow))} (${signed(at(engineRow) - best)} vs the better baseline)`,
      met: at(engineRow) > best,
    };
  });
  return {
    goals,
    tables: [qualityTable(set.name, rows, scored), pairedTable(set.name, engineRow, rows.filter((r) => r !== engineRow)), timingTable(set.name, timed, needs.length)],
  };
};

const SPEED_SIZE = 5_000;
const SPEED_TOP = 10;
const BATCH_SIZE = 20;
const ms = (x: number) => `${Math.round(x).toLocaleString('en-US')} ms`;

const speedPart = async (ctx: BenchContext): Promise<{ goals: Goal[]; tables: ReportTable[] }> => {
  const cores = availableParallelism();
  const poolSizes = [...new Set([1, cores])];
  const speed = await measureSpeed({
    data: { needs: SPEED_SIZE, achievements: SPEED_SIZE, seed: 7 },
    poolSizes,
    runs: ctx.runs,
    top: SPEED_TOP,
    batchSize: BATCH_SIZE,
    batches: 40,
    log: ctx.log,
  });
  const pool = bulkSpread(speed, cores);
  const goals: Goal[] = [
    {
      label: `all needs × all achievements, top-${SPEED_TOP} each, ${SPEED_SIZE.toLocaleString('en-US')} × ${SPEED_SIZE.toLocaleString('en-US')}, ${cores} worker(s) as the app's pool runs here (indexes built)`,
      target: '≤ 2,000 ms',
      measured: `${ms(pool.median)} median`,
      met: pool.median <= 2000,
    },
    {
      label: `${BATCH_SIZE} needs analysed and ranked against ${SPEED_SIZE.toLocaleString('en-US')} achievements (the workspace's click)`,
      target: '≤ 50 ms',
      measured: `${ms(speed.batch.p95)} p95 (${ms(speed.batch.p50)} p50)`,
      met: speed.batch.p95 <= 50,
    },
  ];
  const tables: ReportTable[] = [
    {
      caption: `Speed: ${SPEED_SIZE.toLocaleString('en-US')} generated needs × ${SPEED_SIZE.toLocaleString('en-US')} generated achievements, top-${SPEED_TOP} each, in worker threads`,
      columns: ['workers', 'index achievements and needs (each worker, in parallel)', 'rank every need, median (min–max)', 'per need', 'suggestions'],
      rows: poolSizes.map((size) => {
        const s = bulkSpread(speed, size);
        const run = speed.bulk.find((r) => r.workers === size);
        return [String(size), (run?.indexMs ?? []).map(ms).join(', '), formatSpread(s), `${Math.round((s.median * size * 1000) / SPEED_SIZE)} µs of one core`, (run?.results ?? 0).toLocaleString('en-US')];
      }),
    },
    {
      caption: 'Speed: the workspace, memory',
      columns: ['measure', 'value'],
      rows: [
        [`${BATCH_SIZE} needs ranked against the built index, p50 / p95 over ${speed.batch.samples} batches`, `${ms(speed.batch.p50)} / ${ms(speed.batch.p95)}`],
        ['JavaScript heap and buffers of one worker holding both indexes', `${Math.round(speed.bulk[0]?.heapMb[0] ?? NaN).toLocaleString('en-US')} MiB`],
        ['peak resident memory of the whole bench process (main thread with both quality sets, all workers, jieba)', `${Math.round(speed.peakRssMb).toLocaleString('en-US')} MiB`],
      ],
    },
  ];
  return { goals, tables };
};

export const matchingSuite: BenchSuite = {
  name: 'matching',
  summary: 'matching quality (NDCG on the real CCF 2019 set and the judged demo set, engine vs MiniSearch BM25 and bigram TF-IDF) and speed (5,000 × 5,000 in workers)',
  async run(ctx) {
    // jieba's dictionary is process-wide: register the app's words before any ranker runs, so every ranker segments alike.
    for (const word of DOMAIN_WORDS) add_word(word);
    const ccf: GradedSet = { name: 'CCF 2019 (real)', needs: loadCcfNeeds() };
    const demo: GradedSet = { name: 'demo fair (judged)', needs: loadDemoSet() };
    const parts = [evaluate(ccf, ctx.runs, ctx.log), evaluate(demo, ctx.runs, ctx.log), await speedPart(ctx)];
    const count = (set: GradedSet) => set.needs.reduce((n, x) => n + x.candidates.length, 0).toLocaleString('en-US');
    return {
      title: 'matching quality on real and judged needs, engine vs baselines; speed at 5,000 × 5,000',
      environment: {
        'CCF data': `\`../shared/benchmarks/needs-achievements/${path.basename(CCF_FILE)}\`: ${ccf.needs.length} needs, ${count(ccf)} graded candidates`,
        'Demo data': `the demo fair (seed ${DEMO_SEED}): ${demo.needs.length} needs × ${demo.needs[0]?.candidates.length ?? 0} achievements, judged 0–3 from the texts (bench/matching/demo-judgements/)`,
        Segmenter: `jieba-wasm ${versionOf(ctx.root, 'jieba-wasm')}; the app's default domain dictionary and synonyms registered (all rankers); the engine cuts in search mode (\`cut_for_search\`, HMM on) as the app does, the baselines with \`cut(text, true)\``,
        MiniSearch: versionOf(ctx.root, 'minisearch'),
        Engine: '`shared/matching` as the app runs it: default weights, default domain dictionary and synonyms',
        Repetitions: `warm-up + ${ctx.runs} measured (every run must give the same rankings)`,
      },
      goals: parts.flatMap((p) => p.goals),
      tables: parts.flatMap((p) => p.tables),
      notes: [
        'CCF 2019: each need is ranked against its own candidates only (re-ranking, as the contest grades them). Query = the need\'s title and text; an achievement is only its title reduced to keywords (`ach_title_keywords`), since the contest did not publish the full texts. Candidate ids are `<rid>#<index in the file>`.',
        'Demo fair: every need against all achievements of the fair (a full ranking). The engine reads the whole records as the app does (title, keywords, description, field, cooperation modes, maturity, budget/price, region); the baselines read the need\'s title, description and keywords and the achievement\'s title, keywords and summary as plain text. Grades were written by reading the texts, before and without any engine output; unjudged pairs count as unrelated.',
        `NDCG@k with gain 2^(level − 1) − 1 (CCF levels 1–4; demo grades 0–3 shifted to 1–4), discount log2(rank + 1), ideal DCG from the need's own graded candidates. Needs with no relevant candidate are left out of every mean and comparison.`,
        'Ties in a score break by candidate id. The CCF contest shuffled its candidate order, which the "given candidate order" row confirms as a second floor.',
        'MiniSearch BM25: one index over all candidates of the set, jieba terms case-folded with punctuation dropped, no stop words, the need as one OR query filtered to its candidates; MiniSearch defaults k1 1.2, b 0.7, d 0.5, no prefix or fuzzy matching. Candidates with no shared term come last, by id.',
        'Bigram TF-IDF: character bigrams within runs of letters and digits (a one-character run is a unigram), raw counts × ln((1 + N)/(1 + df)) + 1 with N and df over all candidates of the set, cosine.',
        'Margins are the engine minus the other ranker, absolute and relative to the other\'s mean. Wins / ties / losses count needs. The 95 % interval is a paired bootstrap of the mean difference over needs (2,000 resamples, seeded).',
        'Nothing was tuned on the CCF set, and ../shared/holdout/ was not read. The demo set served as the check for two design choices, each taken in its principled default form with no weight searched: the structured signals scale the text score instead of adding to it (demo NDCG@10 0.757 added → 0.903 scaled with the word-only engine; CCF has no signals), and the text score is the plain mean of the word score and the bigram cosine (word-only engine 0.903 demo / 0.669 CCF → 0.924 / 0.680).',
        `Speed: the corpus is generated (bench/fixtures/matchCorpus.ts, seed 7) from the demo banks' texts, ≈150 characters per record. Each worker thread does what the app's matching worker does when the workspace opens: it indexes every achievement and every need (the reverse view's index), with one analysis cache, so each record is segmented once; that build is reported apart (the app does it once and then keeps the indexes up to date record by record). Then each worker ranks a contiguous share of the needs against the achievements, reusing the needs' analyses; the wall time runs from sending the work to the last reply. The ${BATCH_SIZE}-need batches are what the workspace asks for: fresh copies of needs, so each is analysed, then ranked against the built index in one worker. The app runs one matching worker per core, at most two (renderer/features/matching/client/pooledClient.ts), sharing a bulk run the same way. Node worker threads on the same V8 as Chromium's web workers; peak memory includes the main process, which holds both quality sets.`,
      ],
    };
  },
};
