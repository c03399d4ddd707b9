import { describe, expect, it, vi } from 'vitest';
import { configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { localMs } from '@shared/floor';
import type { DockingEvent, MeetingRequestDraft } from '@shared/model';
import { DeskContext } from '../../../../../renderer/app/DeskContext';
import { checkIn } from '../../../../../renderer/db/checkIns';
import { writeClockOffset } from '../../../../../renderer/db/fairClock';
import { markMeeting } from '../../../../../renderer/db/floorMarks';
import { createMeetingRequests } from '../../../../../renderer/db/meetingRequests';
import { placeRequest } from '../../../../../renderer/db/meetings';
import { ReplacementModal } from '../../../../../renderer/features/floor/replacements/ReplacementModal';
import { useRegistryData } from '../../../../../renderer/features/registry/useRegistryData';
import { matchingFair, type MatchingFair } from '../../../db/matchingFixture';

configure({ asyncUtilTimeout: 10_000 });

/** The organiser's side of the modal: what it says and the ticks and buttons they use. */
const desk = {
  row: (i: number) => screen.findByTestId(`replacement-row-${i}`),
  untick: (user: ReturnType<typeof userEvent.setup>, i: number) => user.click(screen.getByTestId(`replacement-tick-${i}`)),
  confirm: (user: ReturnType<typeof userEvent.setup>) => user.click(screen.getByTestId('replacement-confirm')),
};

const Floor = ({ event, onClose }: { event: DockingEvent; onClose(): void }) => {
  const data = useRegistryData(event);
  return data ? <ReplacementModal data={data} open onClose={onClose} /> : null;
};

/**
 * The matching fair (张伟, 李娜, 王芳; one table, 上午 am#0 09:00 … am#6) rehearsed at 09:20 on its day,
 * so the open round is am#1 (09:25).
 */
const fairAt920 = async (drafts: (fair: MatchingFair) => MeetingRequestDraft[]) => {
  const fair = await matchingFair();
  const made = await createMeetingRequests(fair.db, fair.eventId, drafts(fair));
  if (!made.ok) throw new Error(made.issues[0]?.message);
  await writeClockOffset(fair.db, fair.eventId, localMs('2026-05-20', '09:20') - Date.now());
  return { ...fair, requests: made.value.created };
};

const seatAt = async (fair: MatchingFair, requestId: string, slotId: string) => {
  const placed = await placeRequest(fair.db, requestId, slotId, 'T1', 'accepted-and-pending');
  if (!placed.ok) throw new Error(placed.issues[0]?.message);
  return placed.value;
};

const open = async (fair: MatchingFair) => {
  const event = await fair.db.events.get(fair.eventId);
  if (!event) throw new Error('event');
  const onClose = vi.fn();
  render(
    <ConfigProvider locale={zhCN}>
      <AntApp>
        <DeskContext.Provider value={fair.db}>
          <Floor event={event} onClose={onClose} />
        </DeskContext.Provider>
      </AntApp>
    </ConfigProvider>,
  );
  await screen.findByTestId('replacement-modal');
  return { user: userEvent.setup(), onClose };
};

describe('补位建议', () => {
  it('offers the seat 李娜 left to 张伟 and 王芳, both here, and confirms it, accepting their pending request', async () => {
    const fair = await fairAt920((f) => [
      { fromId: f.zhang.id, toId: f.li.id, priority: '必须', source: '组织者', state: '已接受', needId: f.need.id },
      { fromId: f.zhang.id, toId: f.wang.id, priority: '优先', source: '组织者', state: '待确认', needId: f.need.id },
    ]);
    const [withLi, withWang] = fair.requests;
    const noShow = await seatAt(fair, withLi?.id ?? '', 'am#1');
    expect((await markMeeting(fair.db, noShow.id, '未到场', '待开始')).ok).toBe(true);
    for (const id of [fair.zhang.id, fair.wang.id]) expect((await checkIn(fair.db, id)).ok).toBe(true);

    const { user, onClose } = await open(fair);
    expect((await screen.findByTestId('replacement-headline')).textContent).toBe('上午 第2轮：空出 1 个座位 / 可补位 1 场');
    const row = await desk.row(0);
    expect(row.textContent).toContain('上午 第2轮 09:25–09:45 · 1号桌');
    expect(row.textContent).toContain('张伟（北京智感科技） ↔ 王芳');
    expect(row.textContent).toContain('锂电池正极材料');
    expect(within(row).getByText('待确认 → 确认后接受')).toBeTruthy();

    await desk.confirm(user);
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    const seated = (await fair.db.meetings.toArray()).filter((m) => !m.deleted && m.requestId === withWang?.id);
    expect(seated.map((m) => [m.slotId, m.tableId, m.state])).toEqual([['am#1', 'T1', '待开始']]);
    expect((await fair.db.meetingRequests.get(withWang?.id ?? ''))?.state).toBe('已接受');
  });

  it('lists the move that makes room under its offer, and refuses the offer alone, naming the meeting in the way', async () => {
    const fair = await fairAt920((f) => [
      { fromId: f.li.id, toId: f.wang.id, priority: '一般', source: '组织者', state: '已接受' },
      { fromId: f.zhang.id, toId: f.wang.id, priority: '必须', source: '组织者', state: '已接受', allowedSlotIds: ['am#1'] },
    ]);
    const [liWang, zhangWang] = fair.requests;
    const inTheWay = await seatAt(fair, liWang?.id ?? '', 'am#1');
    for (const id of [fair.zhang.id, fair.wang.id]) expect((await checkIn(fair.db, id)).ok).toBe(true);

    const { user, onClose } = await open(fair);
    expect((await desk.row(1)).textContent).toContain('从 上午 第2轮 09:25–09:45 · 1号桌 调到 上午 第3轮 09:50–10:10 · 1号桌（为上面的补位腾出位置）');
    await desk.untick(user, 1);
    expect((await desk.row(0)).textContent).toContain('它所依赖的调整未勾选');
    await desk.confirm(user);
    expect((await screen.findByTestId('replacement-refusal')).textContent).toContain('1号桌在该时段仍有洽谈（李娜 与 王芳）');
    expect((await fair.db.meetings.toArray()).map((m) => m.slotId)).toEqual(['am#1']);

    await desk.untick(user, 1);
    await desk.confirm(user);
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    const live = (await fair.db.meetings.toArray()).filter((m) => !m.deleted);
    expect(live.find((m) => m.id === inTheWay.id)?.slotId).toBe('am#2');
    expect(live.find((m) => m.requestId === zhangWang?.id)?.slotId).toBe('am#1');
  });

  it('says why there is nothing to offer', async () => {
    const fair = await fairAt920((f) => [{ fromId: f.zhang.id, toId: f.wang.id, priority: '必须', source: '组织者', state: '待确认' }]);
    await open(fair);
    expect((await screen.findByTestId('replacement-empty')).textContent).toContain('当前没有可补位的约谈：没有双方都已签到、尚未安排的约谈申请');
    expect((screen.getByTestId('replacement-confirm') as HTMLButtonElement).disabled).toBe(true);
  });
});
