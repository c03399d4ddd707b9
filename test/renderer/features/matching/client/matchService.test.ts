import { describe, expect, it } from 'vitest';
import { BULK_CHUNK, createMatchService, MatchError } from '../../../../../renderer/features/matching/client/matchService';
import type { BulkProgress } from '../../../../../renderer/features/matching/client/types';
import { battery, cathodeNeed, cellNeed, defaultSettings, manyNeeds, recycling, smallCorpus, stationNeed } from './fixtures';
import { nodeJieba } from './inMemoryPort';

const loaded = async (corpus = smallCorpus(), settings = defaultSettings()) => {
  const service = createMatchService(nodeJieba);
  await service.load(corpus, settings);
  return service;
};

const ids = (list: readonly { id: string }[]) => list.map((s) => s.id);

describe('the match service', () => {
  it('ranks achievements and experts for a need, and needs for an achievement, with reasons', async () => {
    const service = await loaded();
    const achievements = await service.rank({ target: 'achievements', queryId: cathodeNeed.id, top: 3 });
    expect(ids(achievements)).toEqual(['a-battery', 'a-recycling']);
    expect(achievements[0]?.reasons[0]).toMatch(/^共同关键词：.*正极材料/);
    expect(ids(await service.rank({ target: 'experts', queryId: cellNeed.id, top: 3 }))).toEqual(['e-cells']);
    expect(ids(await service.rank({ target: 'needs', queryId: battery.id, top: 3 }))[0]).toBe('n-cathode');
  });

  it('ranks the reverse view with the need’s signals read as the need’s (budget against price)', async () => {
    const service = await loaded({ ...smallCorpus(), achievements: [{ ...battery, priceWan: 100 }] });
    const [forward] = await service.rank({ target: 'achievements', queryId: cathodeNeed.id, top: 1 });
    const [reverse] = await service.rank({ target: 'needs', queryId: battery.id, top: 1 });
    // Text is normalised by the query's own score, so only the signals are symmetric.
    const { text: _f, ...forwardSignals } = forward?.parts ?? {};
    const { text: _r, ...reverseSignals } = reverse?.parts ?? {};
    expect(reverseSignals).toEqual(forwardSignals);
    expect(reverse?.reasons).toContain('转化价格100万元在预算300万元内');
  });

  it('leaves out excluded ids and still returns `top` suggestions', async () => {
    const service = await loaded();
    const all = await service.rank({ target: 'achievements', queryId: cathodeNeed.id, top: 2 });
    const rest = await service.rank({ target: 'achievements', queryId: cathodeNeed.id, top: 1, exclude: ['a-battery', 'a-unknown'] });
    expect(ids(rest)).toEqual([all[1]?.id]);
  });

  it('adds, replaces and removes records without a reload', async () => {
    const service = await loaded();
    await service.upsert('achievements', [{ id: 'a-storage', title: '储能站热失控安全预警系统', field: '新能源' }]);
    expect(ids(await service.rank({ target: 'achievements', queryId: stationNeed.id, top: 3 }))).toEqual(['a-storage']);
    await service.upsert('needs', [{ ...stationNeed, title: '风电叶片检测' }]);
    expect(ids(await service.rank({ target: 'achievements', queryId: stationNeed.id, top: 3 }))).toEqual(['a-wind']);
    await service.remove('achievements', ['a-wind']);
    expect(await service.rank({ target: 'achievements', queryId: stationNeed.id, top: 3 })).toEqual([]);
    await service.remove('needs', [stationNeed.id]);
    await expect(service.rank({ target: 'achievements', queryId: stationNeed.id, top: 3 })).rejects.toThrow('未找到该需求，可能已被删除');
  });

  it('segments with the fair’s dictionary and folds its synonyms', async () => {
    const plain = await loaded();
    expect(await plain.rank({ target: 'achievements', queryId: stationNeed.id, top: 3 })).toEqual([]);
    const corpus = { ...smallCorpus(), achievements: [{ id: 'a-plant', title: '储能电站消防技术', field: '新能源' }] };
    const tuned = await loaded(corpus, { ...defaultSettings(), dictionary: ['储能电站'], synonyms: [['储能电站', '储能站']] });
    const [hit] = await tuned.rank({ target: 'achievements', queryId: stationNeed.id, top: 3 });
    expect(hit?.id).toBe('a-plant');
    expect(hit?.sharedTerms).toContain('储能电站');
  });

  it('applies the fair’s weights', async () => {
    const noField = await loaded(smallCorpus(), { ...defaultSettings(), weights: { ...defaultSettings().weights, field: 0 } });
    const [best] = await noField.rank({ target: 'achievements', queryId: cathodeNeed.id, top: 1 });
    expect(best?.parts.field).toBe(0);
  });

  it('runs every need in chunks, reporting progress and leaving out each need’s exclusions', async () => {
    const needs = manyNeeds(60);
    const service = await loaded({ ...smallCorpus(), needs });
    const progress: BulkProgress[] = [];
    const results = await service.bulk(
      { target: 'achievements', top: 1, excludeByNeed: { 'n-000': ['a-battery'] } },
      { onProgress: (p) => progress.push(p) },
    );
    expect(Object.keys(results)).toHaveLength(60);
    expect(ids(results['n-002'] ?? [])).toEqual(['a-battery']);
    expect(ids(results['n-000'] ?? [])).toEqual([recycling.id]);
    expect(progress).toEqual([
      { done: 0, total: 60 },
      { done: BULK_CHUNK, total: 60 },
      { done: 2 * BULK_CHUNK, total: 60 },
      { done: 60, total: 60 },
    ]);
  });

  it('stops a bulk run between chunks when its signal aborts', async () => {
    const service = await loaded({ ...smallCorpus(), needs: manyNeeds(200) });
    const controller = new AbortController();
    const progress: number[] = [];
    const onProgress = (p: BulkProgress) => {
      progress.push(p.done);
      if (p.done > 0) controller.abort();
    };
    await expect(service.bulk({ target: 'achievements', top: 3 }, { signal: controller.signal, onProgress })).rejects.toMatchObject({ name: 'AbortError' });
    expect(progress).toEqual([0, BULK_CHUNK]);
  });

  it('answers other requests while a bulk run waits between chunks', async () => {
    const service = await loaded({ ...smallCorpus(), needs: [...manyNeeds(100), cathodeNeed] });
    const order: string[] = [];
    const bulk = service.bulk({ target: 'achievements', top: 3 }).then(() => order.push('bulk'));
    const rank = service.rank({ target: 'achievements', queryId: cathodeNeed.id, top: 1 }).then(() => order.push('rank'));
    await Promise.all([bulk, rank]);
    expect(order).toEqual(['rank', 'bulk']);
  });

  it('says in Chinese what went wrong', async () => {
    const empty = createMatchService(nodeJieba);
    await expect(empty.rank({ target: 'achievements', queryId: 'n', top: 1 })).rejects.toThrow('匹配数据尚未载入');
    const broken = createMatchService(() => Promise.reject(new Error('wasm missing')));
    await expect(broken.load(smallCorpus(), defaultSettings())).rejects.toThrow(new MatchError('分词组件加载失败：wasm missing'));
    await expect(broken.rank({ target: 'achievements', queryId: 'n', top: 1 })).rejects.toThrow('分词组件加载失败');
    const service = await loaded();
    await expect(service.rank({ target: 'needs', queryId: 'a-gone', top: 1 })).rejects.toThrow('未找到该成果，可能已被删除');
    await expect(service.rank({ target: 'achievements', queryId: cathodeNeed.id, top: 0 })).rejects.toThrow('推荐数量应为正整数');
  });

  it('lets calls sent during a load wait for it', async () => {
    const service = createMatchService(nodeJieba);
    const load = service.load(smallCorpus(), defaultSettings());
    const upsert = service.upsert('achievements', [{ id: 'a-storage', title: '储能站安全预警', field: '新能源' }]);
    await Promise.all([load, upsert]);
    expect(ids(await service.rank({ target: 'achievements', queryId: stationNeed.id, top: 1 }))).toEqual(['a-storage']);
  });
});
