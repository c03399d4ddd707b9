import { beforeEach, describe, expect, it } from 'vitest';
import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import type { DockingEvent } from '@shared/model';
import { DeskContext } from '../../../../renderer/app/DeskContext';
import { CheckInPage } from '../../../../renderer/features/checkin/CheckInPage';
import { checkInUiState, useCheckInUi } from '../../../../renderer/features/checkin/store';
import { useRegistryData } from '../../../../renderer/features/registry/useRegistryData';
import { checkInFair, type CheckInFair } from './checkInFair';

configure({ asyncUtilTimeout: 10_000 });

const Page = ({ event }: { event: DockingEvent }) => {
  const data = useRegistryData(event);
  return data ? <CheckInPage data={data} /> : null;
};

const open = async (fair: CheckInFair) => {
  const event = await fair.db.events.get(fair.eventId);
  if (!event) throw new Error('event');
  render(
    <ConfigProvider locale={zhCN}>
      <AntApp>
        <DeskContext.Provider value={fair.db}>
          <Page event={event} />
        </DeskContext.Provider>
      </AntApp>
    </ConfigProvider>,
  );
  await screen.findByTestId('checkin-page');
  // An organiser's typing speed: four keys with Enter inside 200 ms would be a badge scan.
  return userEvent.setup({ delay: 70 });
};

const search = () => screen.getByTestId('checkin-search') as HTMLInputElement;
const stateOf = async (fair: CheckInFair, id: string) => (await fair.db.participants.get(id))?.checkIn.state;

/** A USB scanner: every key of the code and Enter in the same instant, sent to whatever has the focus. */
const scan = (code: string) => {
  const target = document.activeElement ?? document.body;
  for (const key of [...code, 'Enter']) fireEvent.keyDown(target, { key });
};

beforeEach(() => useCheckInUi.setState(checkInUiState(useCheckInUi.setState, useCheckInUi.getState, useCheckInUi)));

describe('签到 desk', () => {
  it('finds by pinyin initials, asks for a choice between two, and checks in the chosen one with their agenda', async () => {
    const fair = await checkInFair();
    const user = await open(fair);
    await waitFor(() => expect(document.activeElement).toBe(search()));
    await user.type(search(), 'zw');
    const hits = await screen.findByTestId('checkin-hits');
    await waitFor(() => expect(within(hits).getAllByRole('option')).toHaveLength(2));
    await user.keyboard('{Enter}');
    expect((await screen.findByTestId('checkin-hint')).textContent).toContain('有 2 人匹配');
    expect(await stateOf(fair, fair.zhang.id)).toBe('未签到');

    await user.keyboard('{ArrowDown}{Enter}');
    await waitFor(async () => expect(await stateOf(fair, fair.zhang.id)).toBe('已签到'));
    const card = await screen.findByTestId('checkin-card');
    expect(within(card).getByTestId('card-name').textContent).toBe('张伟');
    await waitFor(() => expect(within(card).getByTestId('card-agenda').textContent).toContain('李娜'));
    expect(within(card).getByTestId('card-agenda').textContent).toContain('1号桌');
    await waitFor(() => expect(screen.getByTestId('counter-overall').textContent).toMatch(/^1\s*\/\s*4$/));
    expect(screen.getByTestId('counter-需求方').textContent).toMatch(/1\s*\/\s*1/);
    expect(search().value).toBe('');
    await waitFor(() => expect(document.activeElement).toBe(search()));
  });

  it('checks in by the last four digits of a mobile with Enter, and refuses a second check-in saying when', async () => {
    const fair = await checkInFair();
    const user = await open(fair);
    await user.type(search(), '1234{Enter}');
    await waitFor(async () => expect(await stateOf(fair, fair.zhangWei2.id)).toBe('已签到'));
    expect((await screen.findByTestId('checkin-success')).textContent).toContain('张薇 签到成功');
    const before = await fair.db.participants.get(fair.zhangWei2.id);

    await user.type(search(), '张薇{Enter}');
    const error = await screen.findByTestId('checkin-error');
    expect(error.textContent).toMatch(/^张薇已于 \d\d:\d\d 签到$/);
    expect(await fair.db.participants.get(fair.zhangWei2.id)).toEqual(before);
  });

  it('takes a scanned badge wherever the focus is, and says so when the code is unknown', async () => {
    const fair = await checkInFair();
    const user = await open(fair);
    await user.click(screen.getByTestId('checkin-counters'));
    (document.activeElement as HTMLElement | null)?.blur();
    const before = await fair.db.participants.toArray();
    scan('ZZZZ99');
    expect((await screen.findByTestId('checkin-error')).textContent).toBe('未找到胸卡码 ZZZZ99');
    expect(await fair.db.participants.toArray()).toEqual(before);

    (document.activeElement as HTMLElement | null)?.blur();
    scan(fair.li.badgeCode);
    await waitFor(async () => expect(await stateOf(fair, fair.li.id)).toBe('已签到'));
    expect(within(await screen.findByTestId('checkin-card')).getByTestId('card-name').textContent).toBe('李娜');
  });

  it('undoes a check-in from the card', async () => {
    const fair = await checkInFair();
    const user = await open(fair);
    await user.type(search(), '王芳{Enter}');
    await waitFor(async () => expect(await stateOf(fair, fair.wang.id)).toBe('已签到'));
    await user.click(await screen.findByTestId('undo-checkin'));
    await waitFor(async () => expect(await stateOf(fair, fair.wang.id)).toBe('未签到'));
    expect((await screen.findByTestId('checkin-success')).textContent).toContain('已撤销 王芳 的签到');
  });

  it('registers a walk-in (F2) with a new organisation by keyboard and checks them in at once', async () => {
    const fair = await checkInFair();
    const user = await open(fair);
    await user.keyboard('{F2}');
    const name = await screen.findByTestId('walkin-name');
    await waitFor(() => expect(document.activeElement).toBe(name));
    await user.keyboard('周杰');
    await user.click(screen.getByTestId('walkin-organisation'));
    await user.keyboard('杭州新智能源有限公司');
    await user.click(screen.getByTestId('walkin-mobile'));
    await user.keyboard('13912345678{Enter}');
    await waitFor(async () => expect((await fair.db.participants.toArray()).some((p) => p.name === '周杰')).toBe(true));
    const walkIn = (await fair.db.participants.toArray()).find((p) => p.name === '周杰');
    expect(walkIn).toMatchObject({ mobile: '13912345678', roles: ['需求方'], checkIn: { state: '已签到' } });
    expect((await fair.db.organisations.get(walkIn?.organisationId ?? ''))?.name).toBe('杭州新智能源有限公司');
    const card = await screen.findByTestId('checkin-card');
    expect(within(card).getByTestId('card-name').textContent).toBe('周杰');
    expect(within(card).getByTestId('print-badge')).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('counter-overall').textContent).toMatch(/^1\s*\/\s*5$/));
  });

  it('warns in 现场注册 when someone of the same name is registered already', async () => {
    const fair = await checkInFair();
    const user = await open(fair);
    await user.keyboard('{F2}');
    await screen.findByTestId('walkin-name');
    await user.keyboard('张伟');
    expect((await screen.findByTestId('walkin-namesake')).textContent).toContain('北京智感科技有限公司');
  });
});
