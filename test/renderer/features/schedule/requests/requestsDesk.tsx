/** The organiser at the 约谈申请 list in component tests: a small fair, its requests, and the steps taken on them. */
import { expect } from 'vitest';
import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import type { MeetingRequest, MeetingRequestDraft } from '@shared/model';
import { DeskContext } from '../../../../../renderer/app/DeskContext';
import { createMeetingRequests } from '../../../../../renderer/db/meetingRequests';
import { RequestsList } from '../../../../../renderer/features/schedule/requests/RequestsList';
import { useRequestsUi } from '../../../../../renderer/features/schedule/requests/store';
import type { MatchingFair } from '../../../db/matchingFixture';

// Live queries over fake-indexeddb with other test files running on a two-core machine can take past a second.
configure({ asyncUtilTimeout: 5_000 });

export type Fair = MatchingFair;

/** 张伟 asks 李娜 about his need and her achievement, unless told otherwise. */
export const draft = (fair: Fair, extra: Partial<MeetingRequestDraft> = {}): MeetingRequestDraft => ({
  fromId: fair.zhang.id,
  toId: fair.li.id,
  needId: fair.need.id,
  achievementId: fair.achievement.id,
  priority: '优先',
  source: '匹配推荐',
  ...extra,
});

export const seed = async (fair: Fair, drafts: MeetingRequestDraft[]): Promise<MeetingRequest[]> => {
  const r = await createMeetingRequests(fair.db, fair.eventId, drafts);
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('；'));
  return r.value.created;
};

export const stateOf = async (fair: Fair, id: string) => (await fair.db.meetingRequests.get(id))?.state;

/** Opens the list for the fair, as the 洽谈排期 page's tab would. */
export const openRequests = async (fair: Fair) => {
  const user = userEvent.setup();
  useRequestsUi.getState().reset();
  const event = await fair.db.events.get(fair.eventId);
  if (!event) throw new Error('event');
  render(
    <ConfigProvider locale={zhCN}>
      <AntApp>
        <DeskContext.Provider value={fair.db}>
          <RequestsList event={event} />
        </DeskContext.Provider>
      </AntApp>
    </ConfigProvider>,
  );
  await screen.findByTestId('requests-list', {}, { timeout: 30_000 });

  const rows = () => screen.queryAllByTestId('request-row');
  const rowOf = (id: string) => {
    const row = rows().find((r) => r.getAttribute('data-request-id') === id);
    if (!row) throw new Error(`no row ${id}`);
    return within(row);
  };
  /** Picks an option of an antd Select by typing part of its label. */
  const choose = async (testId: string, typed: string, label: string | RegExp) => {
    const box = within(screen.getByTestId(testId)).getByRole('combobox');
    await user.click(box);
    await user.type(box, typed);
    const option = await waitFor(() => {
      // Earlier selects leave their closed dropdowns in the DOM: look only in this one's.
      const dropdown = document.getElementById(box.getAttribute('aria-controls') ?? '')?.closest('.ant-select-dropdown');
      const found = [...(dropdown?.querySelectorAll<HTMLElement>('.ant-select-item-option') ?? [])].find((o) =>
        typeof label === 'string' ? o.textContent === label : label.test(o.textContent ?? ''),
      );
      if (!found) throw new Error(`no option ${String(label)}`);
      return found;
    });
    await user.click(option);
  };
  return {
    user,
    rows,
    rowOf,
    choose,
    waitForRows: (n: number) => waitFor(() => expect(rows()).toHaveLength(n)),
    /** Waits until exactly these requests are shown: a count alone can match the list before a filter applies. */
    waitForIds: (...ids: string[]) => waitFor(() => expect(rows().map((r) => r.getAttribute('data-request-id')).sort()).toEqual([...ids].sort())),
    // fireEvent rather than user.click: each pointer sequence re-renders antd's table, which is slow in jsdom.
    select: (...ids: string[]) => {
      for (const id of ids) fireEvent.click(rowOf(id).getByRole('checkbox'));
    },
    bulk: (action: 'accept' | 'decline' | 'cancel' | 'reopen') => fireEvent.click(screen.getByTestId(`bulk-${action}`)),
    search: (text: string) => fireEvent.change(screen.getByTestId('requests-search'), { target: { value: text } }),
    /** Clicks a counter on top: the list then shows only that state. */
    showOnly: (state: MeetingRequest['state']) => fireEvent.click(screen.getByTestId(`count-${state}`)),
  };
};
