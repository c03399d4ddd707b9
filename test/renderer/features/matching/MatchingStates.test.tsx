import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { MatchClient } from '../../../../renderer/features/matching/client/types';
import { dbWithEvent } from '../../db/testDb';
import { fakeMatchClient } from './fakeMatchClient';
import { fair, openMatching } from './matchingDesk';

describe('精准对接 empty, error and settings states', () => {
  it('offers the import and the demo fair while the fair has no needs', async () => {
    const { db } = await dbWithEvent();
    const desk = await openMatching(db, fakeMatchClient({}));
    const empty = await screen.findByTestId('no-needs');
    expect(empty.textContent).toContain('本活动还没有技术需求');
    expect(within(empty).getByText('加载演示活动')).toBeTruthy();
    await desk.user.click(within(empty).getByTestId('matching-import'));
    expect(await screen.findByTestId('import-file-input')).toBeTruthy();
  });

  it('says so when nothing relates to a need', async () => {
    const { db } = await fair();
    const desk = await openMatching(db, fakeMatchClient({}));
    await desk.pickNeed('产线视觉缺陷检测');
    expect((await screen.findByTestId('no-suggestions')).textContent).toContain('没有找到与之相关的成果');
  });

  it('explains a failed engine and recovers on 重试', async () => {
    const { db, client } = await fair();
    let started = 0;
    const failingOnce = (): MatchClient => (started++ === 0 ? { ...client, load: () => Promise.reject(new Error('分词组件加载失败：无法读取词典')) } : client);
    const desk = await openMatching(db, failingOnce);
    await desk.pickNeed('锂电池热失控预警系统');
    const error = await screen.findByTestId('engine-error');
    expect(error.textContent).toContain('匹配引擎出错');
    expect(error.textContent).toContain('分词组件加载失败：无法读取词典');

    await desk.user.click(within(error).getByTestId('engine-retry'));
    await waitFor(() => expect(desk.cardTitles()).toEqual(['锂离子电池安全预警技术', '动力电池梯次利用']));
  });

  it('saves new weights and synonyms to the fair, and the engine re-ranks with them', async () => {
    const { db, eventId, client } = await fair();
    const loaded: number[] = [];
    const watched = { ...client, load: async (...args: Parameters<MatchClient['load']>) => (loaded.push(args[1].weights.field), client.load(...args)) };
    const desk = await openMatching(db, watched);
    await desk.pickNeed('锂电池热失控预警系统');
    await screen.findAllByTestId('suggestion-card');
    const ranked = client.ranks.length;

    await desk.user.click(screen.getByTestId('settings-open'));
    const drawer = await screen.findByTestId('match-settings');
    const field = within(drawer).getByTestId('weight-field');
    await desk.user.clear(field);
    await desk.user.type(field, '0.3');
    await desk.user.click(within(drawer).getByTestId('add-synonym-group'));
    await desk.user.type(within(drawer).getByTestId('synonym-group').querySelector('input') as HTMLInputElement, '热失控,热失效,');
    await desk.user.click(within(drawer).getByTestId('save-settings'));

    await waitFor(async () => expect((await db.events.get(eventId))?.matching).toMatchObject({ weights: { field: 0.3 }, synonyms: [['热失控', '热失效']] }));
    await waitFor(() => expect(loaded).toEqual([0.15, 0.3]));
    await waitFor(() => expect(client.ranks.length).toBeGreaterThan(ranked));
  });
});
