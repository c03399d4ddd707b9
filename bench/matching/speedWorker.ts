import { parentPort, workerData } from 'node:worker_threads';
import { jiebaSegmenter } from '../../cli/segmenter';
import { createAnalysisCache, createAnalyzer, createMatcher, DOMAIN_DICTIONARY, DOMAIN_SYNONYMS } from '../../shared/matching';
import { DOMAIN_WORDS } from './engine';
import { generateMatchCorpus } from '../fixtures/matchCorpus';

/**
 * One worker of the matching speed bench, doing what the app's matching
 * worker does: index every achievement and every need (the reverse view's
 * index), then rank its share of the needs against the achievements, top-k
 * each, reusing the needs' analyses. The corpus is generated here from the seed (the same in
 * every worker), so nothing large crosses threads.
 */
export type SpeedWorkerData = { needs: number; achievements: number; seed: number };
export type SpeedCommand = { kind: 'bulk'; from: number; to: number; top: number } | { kind: 'batch'; ids: number[]; top: number };
export type SpeedReply =
  | { kind: 'ready'; indexMs: number; heapMb: number }
  | { kind: 'bulk'; ms: number; results: number; checksum: number }
  | { kind: 'batch'; ms: number };

const port = parentPort;
if (!port) throw new Error('speedWorker runs in a worker thread');
const data = workerData as SpeedWorkerData;
const { needs, achievements } = generateMatchCorpus(data);
const analyzer = createAnalyzer({ segment: jiebaSegmenter(DOMAIN_WORDS), dictionary: DOMAIN_DICTIONARY, synonyms: DOMAIN_SYNONYMS });
// As the app's worker does: needs are indexed too (the reverse view), and one cache lets ranking reuse their analysis.
const analyses = createAnalysisCache(analyzer);
const matcher = createMatcher(analyzer, {}, { analyses });
const needIndex = createMatcher(analyzer, {}, { indexes: 'needs', analyses });
const t0 = performance.now();
matcher.add(achievements);
needIndex.add(needs);
const indexMs = performance.now() - t0;
// This worker's own JavaScript heap and buffers (postings live in typed arrays) once the indexes are built.
const { heapUsed, arrayBuffers } = process.memoryUsage();
port.postMessage({ kind: 'ready', indexMs, heapMb: (heapUsed + arrayBuffers) / 2 ** 20 } satisfies SpeedReply);

port.on('message', (command: SpeedCommand) => {
  const start = performance.now();
  if (command.kind === 'batch') {
    // Fresh copies, so each need is analysed here as a need just typed in or imported would be.
    for (const i of command.ids) matcher.rank({ ...(needs[i] as (typeof needs)[number]) }, { top: command.top });
    return port.postMessage({ kind: 'batch', ms: performance.now() - start } satisfies SpeedReply);
  }
  let results = 0;
  let checksum = 0;
  for (let i = command.from; i < command.to; i++) {
    const ranked = matcher.rank(needs[i] as (typeof needs)[number], { top: command.top });
    results += ranked.length;
    // Folds the rankings into one number, so a run that ranks differently is noticed; a sum of
    // per-need values, so it does not depend on how the needs were shared out.
    let perNeed = 0;
    ranked.forEach((s, rank) => (perNeed = (perNeed + (rank + 1) * Math.round(s.score * 1e6) + Number(s.id.slice(s.id.indexOf('-') + 1))) % 1e9));
    checksum = (checksum + perNeed) % 1e9;
  }
  port.postMessage({ kind: 'bulk', ms: performance.now() - start, results, checksum } satisfies SpeedReply);
});
