import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import type { DockingEvent } from '@shared/model';
import { DeskContext } from '../../../../../renderer/app/DeskContext';
import { createMeetingRequests } from '../../../../../renderer/db/meetingRequests';
import { cancelledError, inThreadPlanRunner, type PlanRunner } from '../../../../../renderer/features/schedule/client/planRunner';
import { PlanRunnerContext } from '../../../../../renderer/features/schedule/client/PlanRunnerContext';
import { SchedulePage } from '../../../../../renderer/features/schedule/SchedulePage';
import { scheduleUiState, useScheduleUi } from '../../../../../renderer/features/schedule/store';
import { useRegistryData } from '../../../../../renderer/features/registry/useRegistryData';
import { matchingFair, type MatchingFair } from '../../../db/matchingFixture';

configure({ asyncUtilTimeout: 10_000 });

const Page = ({ event }: { event: DockingEvent }) => {
  const data = useRegistryData(event);
  return data ? <SchedulePage data={data} /> : null;
};

/** 张伟 asked to meet 李娜 (必须) and 王芳 (一般); both accepted. The sample event has one table and seven slots. */
const fairWithRequests = async () => {
  const fair = await matchingFair();
  const made = await createMeetingRequests(fair.db, fair.eventId, [
    { fromId: fair.zhang.id, toId: fair.li.id, priority: '必须', source: '组织者', state: '已接受' },
    { fromId: fair.zhang.id, toId: fair.wang.id, priority: '一般', source: '组织者', state: '已接受' },
  ]);
  if (!made.ok) throw new Error('requests');
  return fair;
};

const open = async (fair: MatchingFair, runner: PlanRunner = inThreadPlanRunner()) => {
  const event = await fair.db.events.get(fair.eventId);
  if (!event) throw new Error('event');
  render(
    <ConfigProvider locale={zhCN}>
      <AntApp>
        <DeskContext.Provider value={fair.db}>
          <PlanRunnerContext.Provider value={runner}>
            <Page event={event} />
          </PlanRunnerContext.Provider>
        </DeskContext.Provider>
      </AntApp>
    </ConfigProvider>,
  );
  await screen.findByTestId('schedule-figures', {}, { timeout: 30_000 });
  return userEvent.setup();
};

const liveMeetings = async (fair: MatchingFair) => (await fair.db.meetings.toArray()).filter((m) => !m.deleted);

beforeEach(() => useScheduleUi.setState(scheduleUiState(useScheduleUi.setState, useScheduleUi.getState, useScheduleUi)));
afterEach(cleanup);

describe('洽谈排期', () => {
  it('runs 自动排期, compares the new plan with the current one, and applies it', async () => {
    const fair = await fairWithRequests();
    const user = await open(fair);
    await user.click(screen.getByTestId('auto-plan'));
    const review = await screen.findByTestId('plan-review', {}, { timeout: 20_000 });
    expect(within(review).getByText('新增').closest('tr')?.textContent).toContain('2');
    expect(review.textContent).toContain('已排洽谈（场）02');
    await user.click(within(review).getByTestId('plan-apply'));
    await waitFor(async () => expect(await liveMeetings(fair)).toHaveLength(2));
    const meetings = await liveMeetings(fair);
    // Both of 张伟's meetings back to back: no idle round between them.
    const rounds = meetings.map((m) => Number(m.slotId.split('#')[1])).sort();
    expect(Math.abs((rounds[1] ?? 0) - (rounds[0] ?? 0))).toBe(1);
    await waitFor(() => expect(screen.getByTestId(`meeting-${meetings[0]?.id}`)).toBeTruthy());
  }, 60_000);

  it('cancels a run, leaving the schedule as it was', async () => {
    const fair = await fairWithRequests();
    // A run that only ends when cancelled, having reported its best plan so far.
    let cancelled = false;
    const endless: PlanRunner = (_request, onProgress) => {
      let cancel = () => {};
      const result = new Promise<never>((_resolve, reject) => {
        cancel = () => {
          cancelled = true;
          reject(cancelledError());
        };
      });
      setTimeout(() => onProgress({ fraction: 0.5, scheduled: 2, weight: 4, upperBound: 4, breaks: 0 }), 0);
      return { result, cancel: () => cancel() };
    };
    const user = await open(fair, endless);
    await user.click(screen.getByTestId('auto-plan'));
    const running = await screen.findByTestId('plan-running');
    await waitFor(() => expect(running.textContent).toContain('目前最好的方案：已排 2 场，权重 4 / 上限 4，空档 0 个'));
    await user.click(within(running).getByTestId('plan-cancel'));
    expect(cancelled).toBe(true);
    await waitFor(() => expect(screen.queryByTestId('plan-running')).toBeNull());
    expect(screen.queryByTestId('plan-review')).toBeNull();
    expect(await liveMeetings(fair)).toHaveLength(0);
  }, 60_000);

  it('lists unplaced requests with the reason and places one by hand; the agenda shows it', async () => {
    const fair = await fairWithRequests();
    const user = await open(fair);
    await user.click(screen.getByTestId('tab-unplaced'));
    const table = await screen.findByTestId('unplaced-table');
    await waitFor(() => expect(within(table).getAllByText(/可手动排入/)).toHaveLength(2));
    const [place] = within(table).getAllByTestId(/^place-/);
    if (!place) throw new Error('no 排入 button');
    await user.click(place);
    await waitFor(async () => expect(await liveMeetings(fair)).toHaveLength(1));
    await waitFor(() => expect(within(screen.getByTestId('unplaced-table')).getAllByText(/可手动排入/)).toHaveLength(1));

    await user.click(screen.getByTestId('tab-agenda'));
    useScheduleUi.getState().setPerson(fair.zhang.id);
    const agenda = await screen.findByTestId('agenda-table');
    await waitFor(() => expect(within(agenda).getAllByRole('row')).toHaveLength(2));
    expect(agenda.textContent).toContain('09:00–09:20');
  }, 60_000);
});
