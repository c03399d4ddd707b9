import { Worker } from 'node:worker_threads';
import { percentile, spread, type Spread } from '../harness/stats';
import type { SpeedCommand, SpeedReply, SpeedWorkerData } from './speedWorker';

/**
 * The matching speed goals of issue 3, measured the way the app matches: in
 * worker threads, each holding the index of every achievement, the needs
 * split between them. Peak memory is the process's resident set, sampled
 * every 20 ms while the workers build and rank (workers share the process).
 */
export type BulkRun = { workers: number; indexMs: number[]; heapMb: number[]; wallMs: number; results: number; checksum: number };
export type SpeedResult = { bulk: BulkRun[]; batch: { p50: number; p95: number; samples: number }; peakRssMb: number };

const WORKER_URL = new URL('./speedWorker.mjs', import.meta.url);

const reply = (worker: Worker): Promise<SpeedReply> =>
  new Promise((resolve, reject) => {
    const fail = (error: Error) => reject(error);
    worker.once('error', fail);
    worker.once('message', (message: SpeedReply) => {
      worker.off('error', fail);
      resolve(message);
    });
  });

const startWorkers = async (count: number, data: SpeedWorkerData): Promise<{ workers: Worker[]; indexMs: number[]; heapMb: number[] }> => {
  const workers = Array.from({ length: count }, () => new Worker(WORKER_URL, { workerData: data }));
  const ready = await Promise.all(workers.map(reply));
  return {
    workers,
    indexMs: ready.map((r) => (r.kind === 'ready' ? r.indexMs : NaN)),
    heapMb: ready.map((r) => (r.kind === 'ready' ? r.heapMb : NaN)),
  };
};

const send = (worker: Worker, command: SpeedCommand): Promise<SpeedReply> => {
  const answer = reply(worker);
  worker.postMessage(command);
  return answer;
};

/** All needs, top-k each, split into contiguous shares. */
const bulk = async (workers: readonly Worker[], needs: number, top: number): Promise<{ wallMs: number; results: number; checksum: number }> => {
  const share = Math.ceil(needs / workers.length);
  const started = performance.now();
  const replies = await Promise.all(workers.map((w, i) => send(w, { kind: 'bulk', from: i * share, to: Math.min(needs, (i + 1) * share), top })));
  const wallMs = performance.now() - started;
  let results = 0;
  let checksum = 0;
  for (const r of replies) if (r.kind === 'bulk') [results, checksum] = [results + r.results, (checksum + r.checksum) % 1e9];
  return { wallMs, results, checksum };
};

export const measureSpeed = async (options: {
  data: SpeedWorkerData;
  poolSizes: readonly number[];
  runs: number;
  top: number;
  batchSize: number;
  batches: number;
  log: (m: string) => void;
}): Promise<SpeedResult> => {
  const { data, poolSizes, runs, top, batchSize, batches, log } = options;
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  try {
    const runsOut: BulkRun[] = [];
    let batchMs: number[] = [];
    for (const size of poolSizes) {
      log(`matching speed: ${size} worker(s) indexing ${data.achievements.toLocaleString('en-US')} achievements…`);
      const { workers, indexMs, heapMb } = await startWorkers(size, data);
      try {
        for (let rep = 0; rep <= runs; rep++) {
          log(`matching speed: ${size} worker(s), ${rep === 0 ? 'warm-up' : `run ${rep}/${runs}`}…`);
          const out = await bulk(workers, data.needs, top);
          const before = runsOut.find((r) => r.workers === size) ?? runsOut[0];
          if (before && (before.checksum !== out.checksum || before.results !== out.results)) throw new Error('matching speed: the rankings changed between runs or pool sizes');
          if (rep > 0) runsOut.push({ workers: size, indexMs, heapMb, ...out });
        }
        if (size === 1) {
          log('matching speed: batches of needs as the workspace asks for them…');
          const worker = workers[0] as Worker;
          // Seeded spread of needs over the whole corpus, not the first few.
          const ids = (b: number) => Array.from({ length: batchSize }, (_, i) => (b * 7919 + i * 104_729) % data.needs);
          for (let b = 0; b < 5; b++) await send(worker, { kind: 'batch', ids: ids(b), top });
          batchMs = [];
          for (let b = 0; b < batches; b++) {
            const r = await send(worker, { kind: 'batch', ids: ids(b + 5), top });
            if (r.kind === 'batch') batchMs.push(r.ms);
          }
        }
      } finally {
        await Promise.all(workers.map((w) => w.terminate()));
      }
    }
    return { bulk: runsOut, batch: { p50: percentile(batchMs, 50), p95: percentile(batchMs, 95), samples: batchMs.length }, peakRssMb: peak / 2 ** 20 };
  } finally {
    clearInterval(sampler);
  }
};

export const bulkSpread = (result: SpeedResult, workers: number): Spread => spread(result.bulk.filter((r) => r.workers === workers).map((r) => r.wallMs));
