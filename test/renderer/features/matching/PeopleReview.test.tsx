import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { requestDraftFromSuggestion } from '@shared/model';
import { createMeetingRequests } from '../../../../renderer/db/meetingRequests';
import { fair, openMatching } from './matchingDesk';

/** A 按参会人 row as the organiser reads it: who, whom, as what, about what, and where it stands. */
const read = (row: HTMLElement) => {
  const cell = (id: string) => within(row).getByTestId(id);
  return {
    from: cell('people-from').firstElementChild?.textContent,
    to: cell('people-to').firstElementChild?.textContent,
    role: cell('people-role').textContent,
    topic: cell('people-topic').textContent,
    reasons: cell('people-reasons').textContent,
    state: cell('review-state').textContent,
  };
};

describe('按参会人: who should meet whom', () => {
  it('groups both bulk runs by the enterprise person, marks a pair already invited, and invites a batch', async () => {
    const { db, eventId, client, battery, vision, warning, inspect, people } = await fair();
    // 张伟 and 李娜 are already asked to meet about the battery need and her early-warning achievement.
    const draft = requestDraftFromSuggestion(battery, { kind: 'achievement', achievement: warning }, Object.values(people), '必须');
    if (!draft.ok) throw new Error('fixture refused');
    await createMeetingRequests(db, eventId, [draft.value]);
    const desk = await openMatching(db, client);
    await desk.generateAll(client, '推荐成果');
    await desk.generateAll(client, '推荐专家');
    await desk.reviewBy('按参会人');

    await waitFor(() => expect(screen.getByTestId('people-count').textContent).toBe('2 位需求方，共 4 组建议洽谈（依据推荐成果、推荐专家）'));
    expect(desk.reviewRows().map(read)).toEqual([
      { from: '刘洋', to: '李娜', role: '成果方', topic: '产线视觉缺陷检测→ 机器视觉表面缺陷检测', reasons: '共同关键词：机器视觉、缺陷检测', state: '待处理' },
      { from: '张伟', to: '李娜', role: '成果方', topic: '锂电池热失控预警系统→ 锂离子电池安全预警技术', reasons: '共同关键词：锂离子电池、热失控；领域相同：新能源', state: '已邀请' },
      { from: '张伟', to: '王强', role: '专家', topic: '锂电池热失控预警系统→ 专家（储能安全）', reasons: '专长领域：储能安全', state: '待处理' },
      { from: '张伟', to: '陈静', role: '成果方', topic: '锂电池热失控预警系统→ 动力电池梯次利用', reasons: '共同关键词：电池；领域相同：新能源', state: '待处理' },
    ]);
    expect(within(desk.reviewRows()[1] as HTMLElement).getByRole('checkbox')).toHaveProperty('disabled', true);

    const [liuLi, , zhangWang] = desk.reviewRows();
    for (const row of [liuLi, zhangWang]) await desk.user.click(within(row as HTMLElement).getByRole('checkbox'));
    await desk.user.click(screen.getByTestId('bulk-invite'));
    await desk.choosePriority('优先');
    expect((await screen.findByTestId('bulk-summary')).textContent).toContain('已创建 2 条约谈申请，跳过 0 条重复');
    await waitFor(() => expect(desk.reviewRows().map((r) => read(r).state)).toEqual(['已邀请', '已邀请', '已邀请', '待处理']));
    // Ids are random within a millisecond; the stamps keep the batch's order.
    const requests = (await db.meetingRequests.toArray()).filter((r) => r.priority === '优先').sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    expect(requests.map((r) => [r.fromId, r.toId, r.needId, r.achievementId, r.source])).toEqual([
      [people.liu.id, people.li.id, vision.id, inspect.id, '匹配推荐'],
      [people.zhang.id, people.wang.id, battery.id, undefined, '匹配推荐'],
    ]);
  });

  it('finds people by name, pinyin or organisation, on either side', async () => {
    const { db, client } = await fair();
    const desk = await openMatching(db, client);
    await desk.generateAll(client, '推荐成果');
    await desk.reviewBy('按参会人');
    const search = await screen.findByTestId('people-search');
    const pairs = () => desk.reviewRows().map((r) => `${read(r).from}–${read(r).to}`);

    await desk.user.type(search, 'zw');
    await waitFor(() => expect(pairs()).toEqual(['张伟–李娜', '张伟–陈静']));
    await desk.user.clear(search);
    await desk.user.type(search, 'cj');
    await waitFor(() => expect(pairs()).toEqual(['张伟–陈静']));
    await desk.user.clear(search);
    await desk.user.type(search, '清华');
    await waitFor(() => expect(pairs()).toEqual(['刘洋–李娜', '张伟–李娜', '张伟–陈静']));
    expect(screen.getByTestId('people-count').textContent).toBe('2 位需求方，共 3 组建议洽谈（依据推荐成果）');
  });
});
