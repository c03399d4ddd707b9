import { describe, expect, it, vi } from 'vitest';
import { configure, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import type { Editor } from '@shared/model';
import { writeOperator } from '../../../../renderer/db/operator';
import { readMeetingOutcome, saveOutcome } from '../../../../renderer/db/outcomes';
import { OutcomeDrawer } from '../../../../renderer/features/outcomes/OutcomeDrawer';
import { openDesk } from '../../support/desk';
import { outcomeFair, type OutcomeFair } from './outcomeFair';

configure({ asyncUtilTimeout: 10_000 });

const otherLaptop: Editor = { deviceId: 'dev-0000000000aa', operator: '赵磊' };

const openDrawer = async (fair: OutcomeFair, meetingId = fair.withLi.id) => {
  const onClose = vi.fn();
  const onSaved = vi.fn();
  const user = await openDesk(fair.db, fair.eventId, (data) => <OutcomeDrawer data={data} meetingId={meetingId} onClose={onClose} onSaved={onSaved} />);
  await screen.findByTestId('outcome-form');
  return { user, onClose, onSaved };
};

const radio = (label: string) => screen.getByRole('radio', { name: new RegExp(label) }) as HTMLInputElement;
const saveKeys = (user: UserEvent) => user.keyboard('{Control>}{Enter}{/Control}');
const stored = (fair: OutcomeFair, meetingId = fair.withLi.id) => readMeetingOutcome(fair.db, meetingId);

describe('OutcomeDrawer', () => {
  it('shows the meeting, picks the result with 1–4, keeps digits typed in the amount, and saves with Ctrl+Enter', async () => {
    const fair = await outcomeFair();
    await writeOperator(fair.db, '王芳');
    const { user, onClose, onSaved } = await openDrawer(fair);
    const header = screen.getByTestId('outcome-meeting');
    expect(header.textContent).toContain('5月20日 09:00–09:20');
    expect(header.textContent).toContain('1号桌');
    expect(header.textContent).toContain('张伟（北京智感科技有限公司）');
    expect(header.textContent).toContain('李娜（北京理工大学）');
    expect(header.textContent).toContain('锂电池正极材料 ↔ 高镍正极材料');
    await waitFor(() => expect((document.activeElement as HTMLInputElement | null)?.type).toBe('radio'));

    await user.keyboard('3');
    expect(radio('达成合作意向').checked).toBe(true);
    await user.keyboard('4');
    expect(radio('现场签约').checked).toBe(true);
    await user.click(screen.getByRole('checkbox', { name: '合作开发' }));
    await user.click(screen.getByTestId('outcome-amount'));
    await user.keyboard('120');
    expect(radio('现场签约').checked).toBe(true);
    expect((screen.getByTestId('outcome-operator') as HTMLInputElement).value).toBe('王芳');
    await saveKeys(user);

    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(await stored(fair)).toMatchObject({ result: '现场签约', amountWan: 120, cooperationModes: ['合作开发'], needId: fair.need.id, achievementId: fair.achievement.id });
    expect((await fair.db.meetings.get(fair.withLi.id))?.state).toBe('已完成');
    expect(await screen.findByText('已保存对接成果：现场签约')).toBeTruthy();
  });

  it('shows the refusal of a field in Chinese next to it, and asks for a result first', async () => {
    const fair = await outcomeFair();
    const { user, onSaved } = await openDrawer(fair);
    await saveKeys(user);
    expect(await screen.findByText('请选择对接结果（可按数字键 1–4）')).toBeTruthy();

    await user.keyboard('2');
    await user.click(screen.getByTestId('outcome-next'));
    await user.paste('跟'.repeat(201));
    await saveKeys(user);
    expect(await screen.findByText('下一步安排不能超过200个字')).toBeTruthy();
    expect(onSaved).not.toHaveBeenCalled();
    expect(await stored(fair)).toBeUndefined();
  });

  it('after a save from another window, loads the latest outcome and keeps what was typed beside it', async () => {
    const fair = await outcomeFair();
    const { user, onSaved } = await openDrawer(fair);
    await user.keyboard('4');
    await user.click(screen.getByTestId('outcome-contact'));
    await user.keyboard('刘工');

    const elsewhere = await saveOutcome(fair.db, fair.eventId, { meetingId: fair.withLi.id, result: '保持联系', nextStep: '下周回访' }, null, otherLaptop);
    expect(elsewhere.ok).toBe(true);
    expect(await screen.findByTestId('outcome-changed')).toBeTruthy();
    await saveKeys(user);

    const notice = await screen.findByTestId('outcome-conflict');
    expect(notice.textContent).toMatch(/该洽谈的成果已由 赵磊（其他设备）于 \d\d:\d\d 记录，已载入最新内容，请核对后再保存/);
    const table = within(screen.getByTestId('conflict-table'));
    expect(table.getByText('现场签约')).toBeTruthy();
    expect(table.getByText('刘工')).toBeTruthy();
    expect(table.getByText('下周回访')).toBeTruthy();
    await waitFor(() => expect(radio('保持联系').checked).toBe(true));
    expect((screen.getByTestId('outcome-next') as HTMLInputElement).value).toBe('下周回访');
    expect(await stored(fair)).toMatchObject({ result: '保持联系', nextStep: '下周回访' });
    expect(onSaved).not.toHaveBeenCalled();

    await user.click(screen.getByTestId('conflict-restore'));
    expect(radio('现场签约').checked).toBe(true);
    expect((screen.getByTestId('outcome-contact') as HTMLInputElement).value).toBe('刘工');
    await user.click(screen.getByTestId('outcome-save'));
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    const saved = await stored(fair);
    expect(saved).toMatchObject({ result: '现场签约', contactName: '刘工' });
    expect(saved?.nextStep).toBeUndefined();
    expect(await fair.db.outcomeRevisions.count()).toBe(2);
  });

  it('asks on Esc before discarding typed values, and closes only when told to', async () => {
    const fair = await outcomeFair();
    const { user, onClose } = await openDrawer(fair);
    await user.keyboard('1');
    await user.keyboard('{Escape}');
    expect((await screen.findAllByText('放弃未保存的内容？')).length).toBeGreaterThan(0);
    expect(onClose).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: '继续填写' }));
    expect(onClose).not.toHaveBeenCalled();
    expect(radio('无进一步意向').checked).toBe(true);
    await user.keyboard('{Escape}');
    // jsdom runs no closing animation: the first dialog stays in the document, the new one comes last.
    await waitFor(() => expect(screen.getAllByRole('button', { name: '放弃修改' })).toHaveLength(2));
    await user.click(screen.getAllByRole('button', { name: '放弃修改' })[1] as HTMLElement);
    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1));
    expect(await stored(fair)).toBeUndefined();
  });

  it('opens a recorded outcome with its history (who, when, each change old → new) and closes on Esc at once when nothing changed', async () => {
    const fair = await outcomeFair();
    const first = await saveOutcome(fair.db, fair.eventId, { meetingId: fair.withWang.id, result: '保持联系' }, null, otherLaptop);
    if (!first.ok) throw new Error('first');
    await saveOutcome(fair.db, fair.eventId, { meetingId: fair.withWang.id, result: '达成合作意向', amountWan: 30 }, { outcomeId: first.value.id, updatedAt: first.value.updatedAt }, { ...otherLaptop, operator: '孙丽' });
    const { user, onClose } = await openDrawer(fair, fair.withWang.id);
    expect(radio('达成合作意向').checked).toBe(true);
    expect((screen.getByTestId('outcome-amount') as HTMLInputElement).value).toBe('30');
    const history = screen.getByTestId('outcome-history');
    expect(history.textContent).toContain('修改记录（保存 2 次）');
    await user.click(within(history).getByText('修改记录（保存 2 次）'));
    const items = await within(history).findAllByTestId('history-item');
    expect(items[0]?.textContent).toMatch(/^孙丽（其他设备） 于 \d\d:\d\d 修改/);
    expect(items[0]?.textContent).toContain('对接结果：保持联系 → 达成合作意向');
    expect(items[0]?.textContent).toContain('预估金额：（空） → 30 万元');
    expect(items[1]?.textContent).toMatch(/^赵磊（其他设备） 于 \d\d:\d\d 首次记录对接结果：保持联系/);

    await user.keyboard('{Escape}');
    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1));
  });

  it('refuses a meeting marked 未到场 before anything is typed', async () => {
    const fair = await outcomeFair();
    await fair.db.meetings.update(fair.withLi.id, { state: '未到场' });
    await openDrawer(fair);
    expect(screen.getByText('该洽谈已标记为未到场，不能记录成果')).toBeTruthy();
    expect((screen.getByTestId('outcome-save') as HTMLButtonElement).disabled).toBe(true);
  });
});
