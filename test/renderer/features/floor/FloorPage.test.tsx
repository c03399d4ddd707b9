import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { readClockOffset } from '../../../../renderer/db/fairClock';
import { addAdHocMeeting, markMeeting } from '../../../../renderer/db/floorMarks';
import { floorFair } from './floorFair';
import { openFloor } from './floorDesk';

// The outcome form and the 补位 modal are their own features with their own tests: here only that the floor opens them.
vi.mock('../../../../renderer/features/outcomes/OutcomeDrawer', () => ({
  OutcomeDrawer: ({ meetingId }: { meetingId: string | null }) => (meetingId ? <div data-testid="outcome-drawer">{meetingId}</div> : null),
}));
vi.mock('../../../../renderer/features/floor/replacements/ReplacementModal', () => ({
  ReplacementModal: ({ open }: { open: boolean }) => (open ? <div data-testid="replacement-modal" /> : null),
}));

describe('现场 board', () => {
  it('shows every table with the states of a rehearsal moment, who is not checked in, counters and the countdown', async () => {
    const fair = await floorFair();
    const floor = await openFloor(fair, '09:05');
    await floor.waitForState(1, '进行中');
    expect(floor.stateOf(2)).toBe('空桌');
    expect(screen.getByTestId('floor-rehearsal').textContent).toBe('演练模式');
    expect(screen.getByTestId('floor-status').textContent).toBe('上午 第1轮 09:00–09:20');
    expect(screen.getByTestId('floor-countdown').textContent).toMatch(/^1[45]:\d\d$/);
    // 李娜 has not checked in: her side is highlighted for the staff to fetch her.
    expect(screen.getByTestId('floor-person-1-1').textContent).toContain('李娜');
    expect(screen.getByTestId('floor-person-1-1').getAttribute('data-missing')).toBe('true');
    expect(screen.getByTestId('floor-person-1-0').getAttribute('data-missing')).toBeNull();
    expect(floor.row(1).getByText('未签到')).toBeTruthy();
    expect(screen.getByTestId('floor-person-1-0').textContent).toContain('北京智感科技');
    expect(floor.row(1).getByText('锂电池正极材料 ↔ 高镍正极材料')).toBeTruthy();
    expect(within(screen.getByTestId('floor-count-进行中')).getByText('1')).toBeTruthy();
    expect(within(screen.getByTestId('floor-count-absent')).getByText('1')).toBeTruthy();

    await floor.showView(/^下一轮/);
    await waitFor(() => expect(screen.getByTestId('floor-person-1-1').textContent).toContain('王芳'));
    expect(floor.stateOf(1)).toBe('待开始');
  });

  it('marks a meeting 未到场: the tag changes, 补位 is offered, and 撤销 restores it', async () => {
    const fair = await floorFair();
    const floor = await openFloor(fair, '09:05');
    await floor.waitForState(1, '进行中');
    floor.click('floor-noshow-1');
    await floor.waitForState(1, '未到场');
    expect((await fair.db.meetings.get(fair.meetings.am0.id))?.state).toBe('未到场');
    // Nobody is expected at a no-show any more: 李娜 is no longer flagged to be fetched.
    expect(screen.getByTestId('floor-person-1-1').getAttribute('data-missing')).toBeNull();
    expect(screen.getByTestId('floor-last-mark').textContent).toContain('1号桌 张伟 与 李娜 已标记为未到场');
    floor.click('floor-offer-replace');
    expect(await screen.findByTestId('replacement-modal')).toBeTruthy();

    floor.click('floor-undo-mark');
    await floor.waitForState(1, '进行中');
    await waitFor(() => expect(screen.queryByTestId('floor-last-mark')).toBeNull());
  });

  it('a write another window made first is refused in Chinese: 撤销 after the seat was taken, or after it was already undone', async () => {
    const fair = await floorFair();
    const floor = await openFloor(fair, '09:05');
    await floor.waitForState(1, '进行中');
    floor.click('floor-noshow-1');
    await floor.waitForState(1, '未到场');
    // Another laptop seats 王芳 and 赵强 at table 1 meanwhile.
    expect((await addAdHocMeeting(fair.db, fair.eventId, { a: fair.wang.id, b: fair.zhao.id, slotId: 'am#0', tableId: 'T1' })).ok).toBe(true);
    await floor.waitForState(1, '进行中');
    expect(floor.row(1).getByText('另有 1 场')).toBeTruthy();
    floor.click('floor-undo-mark');
    expect((await screen.findByTestId('floor-refused')).textContent).toBe('未能撤销：无法恢复：1号桌在该时段已有洽谈（王芳 与 赵强）');
    expect((await fair.db.meetings.get(fair.meetings.am0.id))?.state).toBe('未到场');
  });

  it('marking a meeting another window has marked meanwhile names who was first', async () => {
    const fair = await floorFair();
    const floor = await openFloor(fair, '09:05');
    await floor.waitForState(1, '进行中');
    floor.click('floor-noshow-1');
    await floor.waitForState(1, '未到场');
    // Another window restores it; this one's 撤销 still expects 未到场.
    expect((await markMeeting(fair.db, fair.meetings.am0.id, '待开始', '未到场')).ok).toBe(true);
    floor.click('floor-undo-mark');
    expect((await screen.findByTestId('floor-refused')).textContent).toMatch(/^未能撤销：该洽谈已被恢复为待开始（\d\d:\d\d）$/);
  });

  it('本日缺席 asks first, naming how many meetings it frees, then frees them', async () => {
    const fair = await floorFair();
    const floor = await openFloor(fair, '09:05');
    await floor.waitForState(1, '进行中');
    floor.click('floor-person-1-1-absent');
    const confirm = await screen.findByTestId('floor-absent-confirm');
    expect(confirm.textContent?.replace(/\s/g, '')).toBe('缺席，空出1场');
    expect(screen.getAllByText('李娜 本日缺席？').length).toBeGreaterThan(0);
    await floor.user.click(confirm);
    await floor.waitForState(1, '未到场');
    expect(screen.getByTestId('floor-last-mark').textContent).toContain('李娜 本日缺席：1 场洽谈已标记为未到场');
    expect((await fair.db.participants.get(fair.li.id))?.availability.unavailableSlotIds).toEqual(['am#0', 'am#1', 'pm#0', 'pm#1']);
  });

  it('记录成果 opens the outcome form for the meeting', async () => {
    const fair = await floorFair();
    const floor = await openFloor(fair, '09:05');
    await floor.waitForState(1, '进行中');
    floor.click('floor-outcome-1');
    expect((await screen.findByTestId('outcome-drawer')).textContent).toBe(fair.meetings.am0.id);
  });

  it('filters by 只看未签到 and by a search for a name or table number', async () => {
    const fair = await floorFair();
    const floor = await openFloor(fair, '09:05');
    await floor.waitForState(1, '进行中');
    floor.click('floor-filter-absent');
    await waitFor(() => expect(screen.queryByTestId('floor-row-2')).toBeNull());
    expect(screen.getByTestId('floor-row-1')).toBeTruthy();
    floor.click('floor-filter-absent');
    await floor.user.type(screen.getByTestId('floor-search'), '3');
    await waitFor(() => expect(screen.queryByTestId('floor-row-1')).toBeNull());
    expect(screen.getByTestId('floor-row-3')).toBeTruthy();
  });

  it('临时洽谈: two people picked, a free table chosen (a host table first), one click creates it', async () => {
    const fair = await floorFair();
    const floor = await openFloor(fair, '09:05');
    await floor.waitForState(3, '空桌');
    floor.click('floor-adhoc-open');
    await floor.choose('floor-adhoc-a', '王芳', '王芳');
    await floor.choose('floor-adhoc-b', '赵', '赵强');
    await waitFor(() => expect(within(screen.getByTestId('floor-adhoc-table')).getByText('自动（3号桌）')).toBeTruthy());
    floor.click('floor-adhoc-create');
    await floor.waitForState(3, '进行中');
    expect(floor.row(3).getByText('临时洽谈')).toBeTruthy();
    const created = (await fair.db.meetings.toArray()).find((m) => m.tableId === 'T3' && m.slotId === 'am#0');
    expect(created).toMatchObject({ participantIds: [fair.wang.id, fair.zhao.id], state: '待开始' });
    expect(created?.requestId).toBeUndefined();
  });

  it('临时洽谈 refused: a person already sitting in the slot is named, nothing is created', async () => {
    const fair = await floorFair();
    const floor = await openFloor(fair, '09:05');
    await floor.waitForState(1, '进行中');
    floor.click('floor-adhoc-open');
    await floor.choose('floor-adhoc-a', '王芳', '王芳');
    await floor.choose('floor-adhoc-b', '张', '张伟 · 北京智感科技');
    const before = await fair.db.meetings.count();
    floor.click('floor-adhoc-create');
    expect((await screen.findByTestId('floor-adhoc-error')).textContent).toContain('张伟在该时段已有洽谈（1号桌，与李娜）');
    expect(await fair.db.meetings.count()).toBe(before);
  });

  it('大屏模式 shows the next slot’s meetings by table number, and Esc leaves it', async () => {
    const fair = await floorFair();
    const floor = await openFloor(fair, '09:05');
    await floor.waitForState(1, '进行中');
    floor.click('floor-bigscreen');
    const big = await screen.findByTestId('floor-bigscreen-view');
    expect(within(big).getByTestId('bigscreen-title').textContent).toBe('下一轮洽谈安排 · 第2轮 09:25–09:45');
    await waitFor(() => expect(within(big).getByTestId('bigscreen-table-1').textContent).toContain('王芳'));
    expect(within(big).getByTestId('bigscreen-table-1').textContent).toContain('张伟');
    expect(within(big).queryByTestId('bigscreen-table-2')).toBeNull();
    await floor.user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByTestId('floor-bigscreen-view')).toBeNull());
  });

  it('演练时间 jumps the fair clock to a slot’s start and 回到实时 ends the rehearsal; the offset is stored', async () => {
    const fair = await floorFair();
    const floor = await openFloor(fair, '09:05');
    await floor.choose('floor-clock-select', '', /跳到 第1轮开始（14:00）/);
    await waitFor(() => expect(screen.getByTestId('floor-status').textContent).toBe('下午 第1轮 14:00–14:20'));
    await floor.waitForState(2, '进行中');
    floor.click('floor-clock-live');
    await waitFor(() => expect(screen.queryByTestId('floor-rehearsal')).toBeNull());
    expect(await readClockOffset(fair.db, fair.eventId)).toBe(0);
  });
});
