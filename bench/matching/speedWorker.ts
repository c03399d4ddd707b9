import { parentPort, workerData } from 'node:worker_threads';
import { jiebaSegmenter } from '../../cli/segmenter';
import { createAnalyzer, createMatcher, DOMAIN_DICTIONARY, DOMAIN_SYNONYMS } from '../../shared/matching';
import { DOMAIN_WORDS } from './engine';
import { generateMatchCorpus } from '../fixtures/matchCorpus';

/**
 * One worker of the matching speed bench, doing what a matching worker of the
 * app does: build the index of every achievement, then rank its share of the
 * needs, top-k each. The corpus is generated here from the seed (the same in
 * every worker), so nothing large crosses threads.
 */
export type SpeedWorkerData = { needs: number; achievements: number; seed: number };
export type SpeedCommand = { kind: 'bulk'; from: number; to: number; top: number } | { kind: 'batch'; ids: number[]; top: number };
export type SpeedReply =
  | { kind: 'ready'; indexMs: number }
  | { kind: 'bulk'; ms: number; results: number; checksum: number }
  | { kind: 'batch'; ms: number };

const port = parentPort;
if (!port) throw new Error('speedWorker runs in a worker thread');
const data = workerData as SpeedWorkerData;
const { needs, achievements } = generateMatchCorpus(data);
const matcher = createMatcher(createAnalyzer({ segment: jiebaSegmenter(DOMAIN_WORDS), dictionary: DOMAIN_DICTIONARY, synonyms: DOMAIN_SYNONYMS }));
const t0 = performance.now();
matcher.add(achievements);
port.postMessage({ kind: 'ready', indexMs: performance.now() - t0 } satisfies SpeedReply);

port.on('message', (command: SpeedCommand) => {
  const start = performance.now();
  if (command.kind === 'batch') {
    for (const i of command.ids) matcher.rank(needs[i] as (typeof needs)[number], { top: command.top });
    return port.postMessage({ kind: 'batch', ms: performance.now() - start } satisfies SpeedReply);
  }
  let results = 0;
  let checksum = 0;
  for (let i = command.from; i < command.to; i++) {
    const ranked = matcher.rank(needs[i] as (typeof needs)[number], { top: command.top });
    results += ranked.length;
    // Folds the rankings into one number, so a run that ranks differently is noticed.
    for (const s of ranked) checksum = (checksum * 31 + s.score * 1e6) % 1e9;
  }
  port.postMessage({ kind: 'bulk', ms: performance.now() - start, results, checksum } satisfies SpeedReply);
});
