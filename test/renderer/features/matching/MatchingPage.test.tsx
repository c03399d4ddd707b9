import { describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import { fair, openMatching } from './matchingDesk';

describe('精准对接 workspace', () => {
  it('shows the picked need’s suggestions in rank order with their reasons, and marks the shared terms in both texts', async () => {
    const { db, client } = await fair();
    const desk = await openMatching(db, client);
    await desk.pickNeed('锂电池热失控预警系统');
    await screen.findAllByTestId('suggestion-card');
    expect(desk.cardTitles()).toEqual(['锂离子电池安全预警技术', '动力电池梯次利用']);
    const first = desk.within('锂离子电池安全预警技术');
    expect(first.getByTestId('suggestion-reasons').textContent).toContain('共同关键词：锂离子电池、热失控');
    expect(first.getByTestId('score').textContent).toBe('0.82');

    await desk.user.click(first.getByTestId('toggle-texts'));
    const [needSide, achievementSide] = first.getAllByTestId('shared-terms-side');
    // 锂电池 is marked in the need through the built-in synonym group of 锂离子电池.
    expect(within(needSide as HTMLElement).getAllByTestId('shared-term').map((m) => m.textContent)).toEqual(['锂电池', '热失控', '锂电池', '热失控', '锂电池', '热失控']);
    expect(within(achievementSide as HTMLElement).getAllByTestId('shared-term').map((m) => m.textContent)).toContain('锂离子电池');
  });

  it('hides a suggestion marked 不合适, stores the verdict, and brings it back on undo', async () => {
    const { db, client, battery, warning } = await fair();
    const desk = await openMatching(db, client);
    await desk.pickNeed('锂电池热失控预警系统');
    await screen.findAllByTestId('suggestion-card');
    await desk.user.click(desk.within('锂离子电池安全预警技术').getByTestId('reject'));

    await waitFor(() => expect(desk.cardTitles()).toEqual(['动力电池梯次利用']));
    expect(client.ranks.at(-1)?.exclude).toEqual([warning.id]);
    const stored = await db.matchFeedback.toArray();
    expect(stored.map((f) => [f.needId, f.targetId, f.verdict])).toEqual([[battery.id, warning.id, '不合适']]);

    await desk.user.click(screen.getByTestId('toggle-rejected'));
    await desk.user.click(within(screen.getByTestId('rejected-item')).getByTestId('undo-reject'));
    await waitFor(() => expect(desk.cardTitles()).toEqual(['锂离子电池安全预警技术', '动力电池梯次利用']));
    expect((await db.matchFeedback.toArray()).filter((f) => !f.deleted)).toEqual([]);
  });

  it('invites a suggestion to a meeting with the chosen priority and shows it as 已邀请', async () => {
    const { db, client, battery, warning } = await fair();
    const desk = await openMatching(db, client);
    await desk.pickNeed('锂电池热失控预警系统');
    await screen.findAllByTestId('suggestion-card');
    await desk.user.click(desk.within('锂离子电池安全预警技术').getByTestId('invite'));
    await desk.choosePriority('必须');

    await waitFor(() => expect(desk.within('锂离子电池安全预警技术').getByTestId('invited')).toBeTruthy());
    const requests = await db.meetingRequests.toArray();
    expect(requests.map((r) => [r.needId, r.achievementId, r.priority, r.source])).toEqual([[battery.id, warning.id, '必须', '匹配推荐']]);
  });

  it('runs 为所有需求生成推荐 with progress, cancels it, then reviews and invites a batch', async () => {
    const { db, client } = await fair();
    const desk = await openMatching(db, client);
    await desk.user.click(screen.getByTestId('bulk-open'));
    await desk.startBulk();
    await waitFor(() => expect(screen.getByTestId('bulk-progress-text').textContent).toBe('已完成 0 / 2 项需求'));
    act(() => client.step());
    await waitFor(() => expect(screen.getByTestId('bulk-progress-text').textContent).toBe('已完成 1 / 2 项需求'));

    await desk.user.click(screen.getByTestId('bulk-cancel'));
    await waitFor(() => expect(screen.queryByTestId('bulk-progress')).toBeNull());
    expect(client.bulkAborted).toBe(true);
    expect(screen.getByTestId('bulk-start')).toBeTruthy();

    await desk.user.click(screen.getByTestId('bulk-start'));
    await waitFor(() => expect(screen.getByTestId('bulk-progress-text').textContent).toBe('已完成 0 / 2 项需求'));
    act(() => client.step());
    await waitFor(() => expect(screen.getByTestId('bulk-progress-text').textContent).toBe('已完成 1 / 2 项需求'));
    act(() => client.step());
    const review = await screen.findByTestId('bulk-review');
    const rows = within(review).getAllByRole('row').filter((r) => r.classList.contains('ant-table-row'));
    expect(rows).toHaveLength(3);

    for (const row of rows.slice(0, 2)) await desk.user.click(within(row).getByRole('checkbox'));
    await desk.user.click(screen.getByTestId('bulk-invite'));
    await desk.choosePriority('一般');
    expect((await screen.findByTestId('bulk-summary')).textContent).toContain('已创建 2 条约谈申请，跳过 0 条重复');
    await waitFor(() => expect(within(review).getAllByTestId('review-state').map((s) => s.textContent)).toEqual(['已邀请', '已邀请', '待处理']));
    expect((await db.meetingRequests.toArray()).map((r) => r.source)).toEqual(['匹配推荐', '匹配推荐']);
  });
});
