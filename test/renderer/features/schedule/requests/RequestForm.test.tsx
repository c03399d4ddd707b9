import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { matchingFair } from '../../../db/matchingFixture';
import { draft, openRequests, seed } from './requestsDesk';

// The first render of antd's table and drawer in jsdom takes seconds on a shared two-core machine.
const SLOW = { timeout: 60_000 };

const form = () => within(screen.getByTestId('request-form'));
const submit = () => fireEvent.click(form().getByTestId('request-form-submit'));

describe('新建约谈 / 编辑约谈申请', () => {
  it('creates the organiser’s request with a priority and a whole session picked at once', SLOW, async () => {
    const fair = await matchingFair();
    const desk = await openRequests(fair);
    fireEvent.click(await screen.findByTestId('create-request-empty'));
    await screen.findByTestId('request-form');
    await desk.choose('input-fromId', '王芳', '王芳');
    await desk.choose('input-toId', '理工', '李娜 · 北京理工大学');
    fireEvent.click(form().getByText('必须'));
    fireEvent.click(form().getByTestId('slot-session-am'));
    submit();
    await waitFor(() => expect(screen.queryByTestId('request-form')).toBeNull());
    const [stored] = await fair.db.meetingRequests.toArray();
    expect(stored).toMatchObject({ fromId: fair.wang.id, toId: fair.li.id, priority: '必须', source: '组织者', state: '待确认', mutual: false });
    expect(stored?.allowedSlotIds).toEqual(['am#0', 'am#1', 'am#2', 'am#3', 'am#4', 'am#5', 'am#6']);
    await desk.waitForIds(stored?.id ?? '');
    expect(desk.rowOf(stored?.id ?? '').getByText('上午')).toBeTruthy();
  });

  it('reports a repeat of an active request instead of creating it, and names what is missing or wrong', SLOW, async () => {
    const fair = await matchingFair();
    await seed(fair, [draft(fair)]);
    const desk = await openRequests(fair);
    await desk.waitForRows(1);
    fireEvent.click(screen.getByTestId('create-request'));
    await screen.findByTestId('request-form');
    submit();
    expect(await form().findByText('请选择发起方')).toBeTruthy();
    expect(form().getByText('请选择约谈对象')).toBeTruthy();
    await desk.choose('input-fromId', '李娜', '李娜 · 北京理工大学');
    await desk.choose('input-toId', '李娜', '李娜 · 北京理工大学');
    submit();
    expect(await form().findByText('发起人和约谈对象不能是同一人')).toBeTruthy();
    await desk.choose('input-toId', '张伟', '张伟 · 北京智感科技有限公司');
    await desk.choose('input-needId', '锂电池', '锂电池正极材料（北京智感科技有限公司）');
    await desk.choose('input-achievementId', '高镍', '高镍正极材料（北京理工大学）');
    submit();
    const warning = await form().findByTestId('request-form-duplicate');
    expect(warning.textContent).toContain('张伟与李娜已有关于需求“锂电池正极材料”与成果“高镍正极材料”的约谈申请（待确认），未重复创建');
    expect(await fair.db.meetingRequests.count()).toBe(1);
  });

  it('edits a request’s priority, stamping only that field', SLOW, async () => {
    const fair = await matchingFair();
    const [request] = await seed(fair, [draft(fair)]);
    if (!request) throw new Error('seed');
    const desk = await openRequests(fair);
    await desk.waitForRows(1);
    fireEvent.click(desk.rowOf(request.id).getByTestId('edit-request'));
    await screen.findByTestId('request-form');
    fireEvent.click(form().getByText('必须'));
    submit();
    await waitFor(async () => expect((await fair.db.meetingRequests.get(request.id))?.priority).toBe('必须'));
    expect(Object.keys((await fair.db.meetingRequests.get(request.id))?.fieldStamps ?? {})).toEqual(['priority']);
    await waitFor(() => expect(desk.rowOf(request.id).getByText('必须')).toBeTruthy());
  });
});
