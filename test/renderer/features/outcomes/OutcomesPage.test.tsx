import { beforeEach, describe, expect, it } from 'vitest';
import { configure, screen, waitFor, within } from '@testing-library/react';
import { localMs } from '@shared/floor';
import type { Editor } from '@shared/model';
import { writeClockOffset } from '../../../../renderer/db/fairClock';
import { writeOperator } from '../../../../renderer/db/operator';
import { readMeetingOutcome, saveOutcome } from '../../../../renderer/db/outcomes';
import { OutcomesPage } from '../../../../renderer/features/outcomes/OutcomesPage';
import { outcomesUiState, useOutcomesUi } from '../../../../renderer/features/outcomes/store';
import { openDesk } from '../../support/desk';
import { outcomeFair, type OutcomeFair } from './outcomeFair';

configure({ asyncUtilTimeout: 10_000 });

/** A rehearsal: the fair's clock reads `hhmm` on its day (2026-05-20), as the floor page would set it. */
const rehearseAt = (fair: OutcomeFair, hhmm: string) => writeClockOffset(fair.db, fair.eventId, localMs('2026-05-20', hhmm) - Date.now());

const openPage = async (fair: OutcomeFair) => {
  const user = await openDesk(fair.db, fair.eventId, (data) => <OutcomesPage data={data} />);
  await screen.findByTestId('outcomes-page');
  return user;
};

const queueRows = () => within(screen.getByTestId('pending-queue')).getAllByRole('row').slice(1);

beforeEach(() => useOutcomesUi.setState(outcomesUiState(useOutcomesUi.setState, useOutcomesUi.getState, useOutcomesUi)));

describe('对接成果 page', () => {
  it('queues the meetings held without an outcome by the fair’s clock, records one by keyboard, and moves on to the next', async () => {
    const fair = await outcomeFair();
    // 09:30: the first round (09:00–09:20) is over, the second (09:25–09:45) under way.
    await rehearseAt(fair, '09:30');
    await writeOperator(fair.db, '王芳');
    const user = await openPage(fair);
    expect((await screen.findByTestId('operator-name')).textContent).toBe('王芳');
    await waitFor(() => expect(screen.getByTestId('tab-pending').textContent).toBe('待记录 2 场'));
    const [first, second] = queueRows();
    expect(first?.textContent).toContain('09:00–09:20');
    expect(first?.textContent).toContain('李娜（北京理工大学）');
    expect(first?.textContent).toContain('已完成');
    expect(second?.textContent).toContain('王芳');
    expect(second?.textContent).toContain('进行中');
    expect(first?.getAttribute('aria-selected')).toBe('true');

    screen.getByTestId('pending-queue').focus();
    await user.keyboard('{ArrowDown}{ArrowUp}{Enter}');
    expect((await screen.findByTestId('outcome-meeting')).textContent).toContain('李娜');
    await waitFor(() => expect((document.activeElement as HTMLInputElement | null)?.type).toBe('radio'));
    await user.keyboard('3{Control>}{Enter}{/Control}');

    await waitFor(() => expect(screen.getByTestId('tab-pending').textContent).toBe('待记录 1 场'));
    expect(screen.getByTestId('tab-recorded').textContent).toBe('已记录 1 场');
    expect((await readMeetingOutcome(fair.db, fair.withLi.id))?.result).toBe('达成合作意向');
    const [next] = queueRows();
    expect(next?.textContent).toContain('王芳');
    expect(next?.getAttribute('aria-selected')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('pending-queue')));
    await user.keyboard('{Enter}');
    expect((await screen.findByTestId('outcome-meeting')).textContent).toContain('09:25–09:45');
  });

  it('leaves out meetings still to come, marked 未到场, or recorded elsewhere', async () => {
    const fair = await outcomeFair();
    await rehearseAt(fair, '09:10');
    await openPage(fair);
    await waitFor(() => expect(screen.getByTestId('tab-pending').textContent).toBe('待记录 1 场'));
    expect(queueRows()[0]?.textContent).toContain('进行中');

    const otherLaptop: Editor = { deviceId: 'dev-0000000000aa', operator: '赵磊' };
    expect((await saveOutcome(fair.db, fair.eventId, { meetingId: fair.withLi.id, result: '保持联系' }, null, otherLaptop)).ok).toBe(true);
    await waitFor(() => expect(screen.getByTestId('tab-pending').textContent).toBe('待记录 0 场'));
    expect(screen.getByText('暂无待记录的洽谈')).toBeTruthy();

    await fair.db.meetings.update(fair.withWang.id, { state: '未到场' });
    await rehearseAt(fair, '10:00');
    await waitFor(() => expect(screen.getByTestId('tab-recorded').textContent).toBe('已记录 1 场'));
    expect(screen.getByTestId('tab-pending').textContent).toBe('待记录 0 场');
  });

  it('lists the outcomes with who recorded them, filters by result and text, and opens one for editing', async () => {
    const fair = await outcomeFair();
    const otherLaptop: Editor = { deviceId: 'dev-0000000000aa', operator: '赵磊' };
    await saveOutcome(fair.db, fair.eventId, { meetingId: fair.withLi.id, result: '现场签约', cooperationModes: ['技术许可'], amountWan: 200, nextStep: '签订许可合同' }, null, otherLaptop);
    await saveOutcome(fair.db, fair.eventId, { meetingId: fair.withWang.id, result: '保持联系', followUpDate: '2026-06-15' }, null, { ...otherLaptop, operator: '孙丽' });
    const user = await openPage(fair);
    await user.click(await screen.findByTestId('tab-recorded'));
    const list = await screen.findByTestId('recorded-list');
    const rows = () => within(list).getAllByRole('row').filter((r) => r.getAttribute('data-row-key'));
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(rows()[0]?.textContent).toContain('现场签约');
    expect(rows()[0]?.textContent).toContain('技术许可');
    expect(rows()[0]?.textContent).toContain('签订许可合同');
    expect(rows()[0]?.textContent).toContain('赵磊');
    expect(rows()[1]?.textContent).toContain('2026-06-15');
    expect(rows()[1]?.textContent).toContain('孙丽');
    expect(screen.getByTestId('recorded-summary').textContent).toBe('共 2 条 · 达成意向及签约 1 条 · 预估金额合计 200 万元');

    await user.type(within(screen.getByTestId('recorded-search')).getByRole('searchbox'), '王芳');
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(rows()[0]?.textContent).toContain('保持联系');
    await user.clear(within(screen.getByTestId('recorded-search')).getByRole('searchbox'));
    await waitFor(() => expect(rows()).toHaveLength(2));

    await user.click(rows()[0]?.querySelector('td') as HTMLElement);
    expect((await screen.findByTestId('outcome-meeting')).textContent).toContain('李娜');
    expect((screen.getByTestId('outcome-amount') as HTMLInputElement).value).toBe('200');
  });
});
