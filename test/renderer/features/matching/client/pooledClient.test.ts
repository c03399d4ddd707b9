import { describe, expect, it } from 'vitest';
import { createMatchService } from '../../../../../renderer/features/matching/client/matchService';
import { createPooledClient, matchingPoolSize } from '../../../../../renderer/features/matching/client/pooledClient';
import { createWorkerClient } from '../../../../../renderer/features/matching/client/workerClient';
import type { BulkProgress } from '../../../../../renderer/features/matching/client/types';
import { cathodeNeed, defaultSettings, manyNeeds, smallCorpus } from './fixtures';
import { inMemoryMatchPort, nodeJieba, type PortLog } from './inMemoryPort';

/** A pool of `size` in-memory workers running the real service, with what each was sent. */
const pool = (size: number) => {
  const logs: PortLog[] = [];
  const clients = Array.from({ length: size }, () =>
    createWorkerClient(() => {
      const log: PortLog = { sent: [], terminated: false };
      logs.push(log);
      return inMemoryMatchPort(createMatchService(nodeJieba), log);
    }),
  );
  return { client: createPooledClient(clients), logs };
};

const corpus = () => ({ ...smallCorpus(), needs: manyNeeds(61) });

describe('the pooled matching client', () => {
  it('gives exactly the results, in the same need order, as one worker, sharing the needs out', async () => {
    const one = pool(1);
    const two = pool(2);
    await Promise.all([one.client.load(corpus(), defaultSettings()), two.client.load(corpus(), defaultSettings())]);
    const progress: BulkProgress[] = [];
    const single = await one.client.bulk({ target: 'achievements', top: 2 });
    const shared = await two.client.bulk({ target: 'achievements', top: 2, onProgress: (p) => progress.push(p) });
    expect(Object.keys(shared)).toEqual(Object.keys(single));
    expect(shared).toEqual(single);
    expect(progress.at(-1)).toEqual({ done: 61, total: 61 });
    const bulks = two.logs.map((l) => l.sent.find((m) => m.op === 'bulk'));
    expect(bulks.map((m) => (m?.op === 'bulk' ? m.query.shard : undefined))).toEqual([
      { index: 0, count: 2 },
      { index: 1, count: 2 },
    ]);
  });

  it('sends loads and edits to every worker and rankings to the first only', async () => {
    const { client, logs } = pool(2);
    await client.load(corpus(), defaultSettings());
    await client.upsert('needs', [{ ...cathodeNeed, title: '正极材料' }]);
    await client.remove('achievements', ['a-wind']);
    await client.rank({ target: 'achievements', queryId: cathodeNeed.id, top: 1 });
    expect(logs.map((l) => l.sent.map((m) => m.op))).toEqual([
      ['load', 'upsert', 'remove', 'rank'],
      ['load', 'upsert', 'remove'],
    ]);
  });

  it('stops every worker when the run is cancelled', async () => {
    const { client, logs } = pool(2);
    await client.load({ ...smallCorpus(), needs: manyNeeds(400) }, defaultSettings());
    const controller = new AbortController();
    const run = client.bulk({ target: 'achievements', top: 2, signal: controller.signal, onProgress: (p) => p.done > 0 && controller.abort() });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    for (const log of logs) expect(log.sent.some((m) => m.op === 'cancel')).toBe(true);
  });

  it('uses one worker per core, at most two', () => {
    expect([undefined, 1, 2, 4, 16].map(matchingPoolSize)).toEqual([1, 1, 2, 2, 2]);
  });
});
