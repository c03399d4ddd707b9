import { describe, expect, it } from 'vitest';
import { localMs, replacementPlan, type ProposalChoice } from '@shared/floor';
import type { MeetingRequestDraft } from '@shared/model';
import { checkIn } from '../../../renderer/db/checkIns';
import { LAST_STAMP_KEY } from '../../../renderer/db/deskClock';
import { markMeeting } from '../../../renderer/db/floorMarks';
import { applyReplacements } from '../../../renderer/db/floorReplan';
import { createMeetingRequests } from '../../../renderer/db/meetingRequests';
import { placeRequest, planBasis, readFair } from '../../../renderer/db/meetings';
import { matchingFair, type MatchingFair } from './matchingFixture';

// The sample event: one table T1, 上午 am#0 09:00 … am#6 11:30, 20-minute rounds; 09:22 is just before am#1 (09:25).
const NOW = localMs('2026-05-20', '09:22');

const requests = async (fair: MatchingFair, drafts: MeetingRequestDraft[]) => {
  const made = await createMeetingRequests(fair.db, fair.eventId, drafts);
  if (!made.ok) throw new Error(made.issues.map((i) => i.message).join('；'));
  return made.value.created;
};

const seat = async (fair: MatchingFair, requestId: string, slotId: string) => {
  const placed = await placeRequest(fair.db, requestId, slotId, 'T1', 'accepted-and-pending');
  if (!placed.ok) throw new Error(placed.issues[0]?.message);
  return placed.value;
};

const arrive = async (fair: MatchingFair, ...ids: string[]) => {
  for (const id of ids) expect((await checkIn(fair.db, id)).ok).toBe(true);
};

const live = async (fair: MatchingFair) => (await fair.db.meetings.toArray()).filter((m) => !m.deleted);

const proposalsNow = async (fair: MatchingFair) => {
  const records = await readFair(fair.db, fair.eventId);
  return { plan: replacementPlan(records, NOW), basis: planBasis(records) };
};

describe('applyReplacements', () => {
  it('seats a wished meeting in the seat a no-show freed, accepts its request, and refuses the same proposals once the floor has changed', async () => {
    const fair = await matchingFair();
    const [withLi, withWang] = await requests(fair, [
      { fromId: fair.zhang.id, toId: fair.li.id, priority: '必须', source: '组织者', state: '已接受' },
      { fromId: fair.zhang.id, toId: fair.wang.id, priority: '优先', source: '组织者', state: '待确认' },
    ]);
    const noShow = await seat(fair, withLi?.id ?? '', 'am#1');
    expect((await markMeeting(fair.db, noShow.id, '未到场', '待开始')).ok).toBe(true);
    await arrive(fair, fair.zhang.id, fair.wang.id);

    const { plan, basis } = await proposalsNow(fair);
    expect(plan.proposals.map((p) => [p.kind, p.requestId, p.kind === 'add' && p.at.slotId, p.pending])).toEqual([['add', withWang?.id, 'am#1', true]]);
    const chosen = plan.proposals.map((p) => p.choice);

    const applied = await applyReplacements(fair.db, fair.eventId, chosen, basis, NOW);
    if (!applied.ok) throw new Error(applied.issues[0]?.message);
    expect(applied.value).toMatchObject({ moved: [], accepted: 1 });
    const [created] = applied.value.created;
    expect(created).toMatchObject({ requestId: withWang?.id, participantIds: [fair.zhang.id, fair.wang.id], slotId: 'am#1', tableId: 'T1', state: '待开始', locked: false });
    const request = await fair.db.meetingRequests.get(withWang?.id ?? '');
    expect(request?.state).toBe('已接受');
    expect(request?.fieldStamps?.state).toBe(request?.updatedAt);
    expect((await fair.db.meta.get(LAST_STAMP_KEY))?.value).toBe(request?.updatedAt);

    const before = await fair.db.meetings.count();
    expect(await applyReplacements(fair.db, fair.eventId, chosen, basis, NOW)).toEqual({ ok: false, issues: [{ field: '', message: '现场安排已变化，请重新生成补位建议' }] });
    expect(await fair.db.meetings.count()).toBe(before);
  });

  it('refuses an offer without the move that makes room for it, writing nothing; with the move, moves the meeting in place', async () => {
    const fair = await matchingFair();
    const [liWang, zhangWang] = await requests(fair, [
      { fromId: fair.li.id, toId: fair.wang.id, priority: '一般', source: '组织者', state: '已接受' },
      // 张伟 can meet 王芳 only in am#1, where 王芳 sits with 李娜 at the only table.
      { fromId: fair.zhang.id, toId: fair.wang.id, priority: '必须', source: '组织者', state: '待确认', allowedSlotIds: ['am#1'] },
    ]);
    const inTheWay = await seat(fair, liWang?.id ?? '', 'am#1');
    await arrive(fair, fair.zhang.id, fair.wang.id);

    const { plan, basis } = await proposalsNow(fair);
    expect(plan.proposals.map((p) => p.key)).toEqual([`add:${zhangWang?.id}`, `move:${inTheWay.id}`]);
    const add = plan.proposals.find((p) => p.kind === 'add')?.choice as ProposalChoice;
    const move = plan.proposals.find((p) => p.kind === 'move')?.choice as ProposalChoice;

    expect(await applyReplacements(fair.db, fair.eventId, [add], basis, NOW)).toEqual({
      ok: false,
      issues: [{ field: '', message: '补位“张伟 与 王芳（上午 第2轮（09:25），1号桌）”无法确认：1号桌在该时段仍有洽谈（李娜 与 王芳）。请一并勾选为它腾出位置的调整，或重新生成补位建议' }],
    });
    expect((await live(fair)).map((m) => [m.id, m.slotId])).toEqual([[inTheWay.id, 'am#1']]);
    expect((await fair.db.meetingRequests.get(zhangWang?.id ?? ''))?.state).toBe('待确认');

    const applied = await applyReplacements(fair.db, fair.eventId, [add, move], basis, NOW);
    expect(applied.ok).toBe(true);
    const after = await live(fair);
    expect(after.find((m) => m.id === inTheWay.id)).toMatchObject({ slotId: 'am#2', tableId: 'T1', fieldStamps: { slotId: expect.any(String) } });
    expect(after.find((m) => m.requestId === zhangWang?.id)).toMatchObject({ slotId: 'am#1', tableId: 'T1' });
  });
});
