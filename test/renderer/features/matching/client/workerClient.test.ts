import { describe, expect, it, vi } from 'vitest';
import { createMatchService } from '../../../../../renderer/features/matching/client/matchService';
import { createWorkerClient, type MatchPort } from '../../../../../renderer/features/matching/client/workerClient';
import type { BulkProgress } from '../../../../../renderer/features/matching/client/types';
import { cathodeNeed, defaultSettings, manyNeeds, smallCorpus } from './fixtures';
import { inMemoryMatchPort, nodeJieba, type PortLog } from './inMemoryPort';

/** A client over in-memory workers, counting how many were started and logging what each was sent. */
const clientWithPorts = () => {
  const logs: PortLog[] = [];
  const client = createWorkerClient(() => {
    const log: PortLog = { sent: [], terminated: false };
    logs.push(log);
    return inMemoryMatchPort(createMatchService(nodeJieba), log);
  });
  return { client, logs };
};

describe('the worker client', () => {
  it('loads and ranks through the message protocol', async () => {
    const { client, logs } = clientWithPorts();
    await client.load(smallCorpus(), defaultSettings());
    const suggestions = await client.rank({ target: 'achievements', queryId: cathodeNeed.id, top: 2 });
    expect(suggestions.map((s) => s.id)).toEqual(['a-battery', 'a-recycling']);
    expect(logs[0]?.sent.map((m) => m.op)).toEqual(['load', 'rank']);
  });

  it('reports bulk progress, keeping the callback on this side', async () => {
    const { client, logs } = clientWithPorts();
    await client.load({ ...smallCorpus(), needs: manyNeeds(60) }, defaultSettings());
    const progress: BulkProgress[] = [];
    const results = await client.bulk({ target: 'achievements', top: 2, onProgress: (p) => progress.push(p) });
    expect(Object.keys(results)).toHaveLength(60);
    expect(progress.at(-1)).toEqual({ done: 60, total: 60 });
    expect(progress.length).toBeGreaterThan(1);
    expect(logs[0]?.sent.at(-1)).toEqual({ id: expect.any(Number), op: 'bulk', query: { target: 'achievements', top: 2 } });
  });

  it('rejects an aborted bulk at once with an AbortError and tells the worker to stop', async () => {
    const { client, logs } = clientWithPorts();
    await client.load({ ...smallCorpus(), needs: manyNeeds(300) }, defaultSettings());
    const controller = new AbortController();
    const run = client.bulk({ target: 'achievements', top: 2, signal: controller.signal, onProgress: () => controller.abort() });
    await expect(run).rejects.toMatchObject({ name: 'AbortError', message: '已取消' });
    const bulk = logs[0]?.sent.find((m) => m.op === 'bulk');
    expect(logs[0]?.sent.at(-1)).toEqual({ id: bulk?.id, op: 'cancel' });
    // The worker is still usable after the cancelled run.
    expect(await client.rank({ target: 'achievements', queryId: 'n-000', top: 1 })).toHaveLength(1);
  });

  it('does not start a bulk whose signal is already aborted', async () => {
    const { client, logs } = clientWithPorts();
    await client.load(smallCorpus(), defaultSettings());
    await expect(client.bulk({ target: 'experts', top: 1, signal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'AbortError' });
    expect(logs[0]?.sent.map((m) => m.op)).toEqual(['load']);
  });

  it('keeps the worker when words are added, and starts a fresh one when a word is dropped', async () => {
    const { client, logs } = clientWithPorts();
    await client.load(smallCorpus(), defaultSettings());
    await client.load(smallCorpus(), { ...defaultSettings(), dictionary: ['储能电站'] });
    expect(logs).toHaveLength(1);
    await client.load(smallCorpus(), defaultSettings());
    expect(logs).toHaveLength(2);
    expect(logs[0]?.terminated).toBe(true);
    expect((await client.rank({ target: 'achievements', queryId: cathodeNeed.id, top: 1 }))[0]?.id).toBe('a-battery');
  });

  it('passes the service’s Chinese errors on as Error objects', async () => {
    const { client } = clientWithPorts();
    const early = client.rank({ target: 'achievements', queryId: cathodeNeed.id, top: 1 });
    await expect(early).rejects.toBeInstanceOf(Error);
    await expect(early).rejects.toThrow('匹配数据尚未载入');
    const broken = createWorkerClient(() => inMemoryMatchPort(createMatchService(() => Promise.reject(new Error('404')))));
    await expect(broken.load(smallCorpus(), defaultSettings())).rejects.toThrow('分词组件加载失败：404');
  });

  it('rejects what is pending when the worker crashes, and starts another on the next call', async () => {
    let crash: ((message: string) => void) | undefined;
    const spawn = vi.fn(
      (): MatchPort => ({
        send: () => undefined,
        listen: (_onReply, onCrash) => {
          crash = onCrash;
        },
        terminate: () => undefined,
      }),
    );
    const client = createWorkerClient(spawn);
    const pending = client.load(smallCorpus(), defaultSettings());
    crash?.('Failed to fetch module');
    await expect(pending).rejects.toThrow('匹配组件出错：Failed to fetch module');
    void client.rank({ target: 'achievements', queryId: 'n', top: 1 });
    expect(spawn).toHaveBeenCalledTimes(2);
  });

  it('says so when no worker can be started', async () => {
    const client = createWorkerClient(() => {
      throw new Error('Worker is not defined');
    });
    await expect(client.load(smallCorpus(), defaultSettings())).rejects.toThrow('匹配组件无法启动：Worker is not defined');
  });

  it('refuses everything once disposed, including what was pending', async () => {
    const { client, logs } = clientWithPorts();
    const pending = client.load(smallCorpus(), defaultSettings());
    client.dispose();
    await expect(pending).rejects.toThrow('匹配组件已关闭');
    await expect(client.rank({ target: 'achievements', queryId: cathodeNeed.id, top: 1 })).rejects.toThrow('匹配组件已关闭');
    expect(logs[0]?.terminated).toBe(true);
  });
});
