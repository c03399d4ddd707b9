import { describe, expect, it } from 'vitest';
import { applyPlan, moveMeeting, placeRequest, planBasis, readFair, setMeetingLocked } from '../../../renderer/db/meetings';
import { createMeetingRequests, updateRequest, updateRequestState } from '../../../renderer/db/meetingRequests';
import { matchingFair, type MatchingFair } from './matchingFixture';

/** Two accepted requests: 张伟–李娜 and 张伟–王芳 (the sample event has one table and seven slots, am#0…am#6). */
const withRequests = async () => {
  const fair = await matchingFair();
  const made = await createMeetingRequests(fair.db, fair.eventId, [
    { fromId: fair.zhang.id, toId: fair.li.id, priority: '必须', source: '组织者', state: '已接受' },
    { fromId: fair.zhang.id, toId: fair.wang.id, priority: '一般', source: '组织者', state: '已接受' },
  ]);
  if (!made.ok) throw new Error('requests');
  const [withLi, withWang] = made.value.created;
  if (!withLi || !withWang) throw new Error('requests');
  return { ...fair, withLi, withWang };
};

const basisOf = async (fair: MatchingFair) => planBasis(await readFair(fair.db, fair.eventId));
const live = async (fair: MatchingFair) => (await fair.db.meetings.toArray()).filter((m) => !m.deleted);

describe('applyPlan', () => {
  it('creates the meetings of a plan, then moves them in place (same ids) and removes those whose request left', async () => {
    const fair = await withRequests();
    const first = await applyPlan(fair.db, fair.eventId, [
      { requestId: fair.withLi.id, slotId: 'am#0', tableId: 'T1' },
      { requestId: fair.withWang.id, slotId: 'am#1', tableId: 'T1' },
    ], { basis: await basisOf(fair), scope: 'accepted' });
    expect(first).toEqual({ ok: true, value: { created: 2, moved: 0, removed: 0, kept: 0 } });
    const before = await live(fair);
    before.sort((x, y) => x.slotId.localeCompare(y.slotId));
    expect(before.map((m) => [m.participantIds, m.slotId, m.state, m.locked])).toEqual([
      [[fair.zhang.id, fair.li.id], 'am#0', '待开始', false],
      [[fair.zhang.id, fair.wang.id], 'am#1', '待开始', false],
    ]);

    expect((await updateRequestState(fair.db, fair.withWang.id, '已取消')).ok).toBe(true);
    const second = await applyPlan(fair.db, fair.eventId, [{ requestId: fair.withLi.id, slotId: 'am#3', tableId: 'T1' }], { basis: await basisOf(fair), scope: 'accepted' });
    expect(second).toEqual({ ok: true, value: { created: 0, moved: 1, removed: 1, kept: 0 } });
    const after = await fair.db.meetings.toArray();
    expect(after.find((m) => m.id === before[0]?.id)).toMatchObject({ slotId: 'am#3', deleted: false, fieldStamps: { slotId: expect.any(String), tableId: expect.any(String) } });
    expect(after.find((m) => m.id === before[1]?.id)?.deleted).toBe(true);
  });

  it('refuses a plan computed before the schedule changed, and one that double-books, writing nothing', async () => {
    const fair = await withRequests();
    const basis = await basisOf(fair);
    await applyPlan(fair.db, fair.eventId, [{ requestId: fair.withLi.id, slotId: 'am#0', tableId: 'T1' }], { basis, scope: 'accepted' });
    const stale = await applyPlan(fair.db, fair.eventId, [{ requestId: fair.withLi.id, slotId: 'am#2', tableId: 'T1' }], { basis, scope: 'accepted' });
    expect(stale).toEqual({ ok: false, issues: [{ field: '', message: '排期在计算期间被修改（如移动或锁定了洽谈），请重新排期' }] });
    const clash = await applyPlan(fair.db, fair.eventId, [
      { requestId: fair.withLi.id, slotId: 'am#1', tableId: 'T1' },
      { requestId: fair.withWang.id, slotId: 'am#1', tableId: 'T1' },
    ], { basis: await basisOf(fair), scope: 'accepted' });
    expect(clash.ok).toBe(false);
    expect((await live(fair)).map((m) => m.slotId)).toEqual(['am#0']);
  });

  it('never touches a locked meeting', async () => {
    const fair = await withRequests();
    await applyPlan(fair.db, fair.eventId, [{ requestId: fair.withLi.id, slotId: 'am#0', tableId: 'T1' }], { basis: await basisOf(fair), scope: 'accepted' });
    const [m] = await live(fair);
    await setMeetingLocked(fair.db, m?.id ?? '', true);
    const result = await applyPlan(fair.db, fair.eventId, [{ requestId: fair.withWang.id, slotId: 'am#1', tableId: 'T1' }], { basis: await basisOf(fair), scope: 'accepted' });
    expect(result).toEqual({ ok: true, value: { created: 1, moved: 0, removed: 0, kept: 0 } });
    const after = (await live(fair)).sort((x, y) => x.slotId.localeCompare(y.slotId));
    expect(after.map((x) => [x.id === m?.id, x.slotId, x.locked])).toEqual([[true, 'am#0', true], [false, 'am#1', false]]);
  });
});

describe('moveMeeting, setMeetingLocked, placeRequest', () => {
  it('moves to a free cell, refuses a busy one or a locked meeting with the reason', async () => {
    const fair = await withRequests();
    await applyPlan(fair.db, fair.eventId, [
      { requestId: fair.withLi.id, slotId: 'am#0', tableId: 'T1' },
      { requestId: fair.withWang.id, slotId: 'am#1', tableId: 'T1' },
    ], { basis: await basisOf(fair), scope: 'accepted' });
    const id = (await live(fair)).find((m) => m.slotId === 'am#0')?.id ?? '';
    expect(await moveMeeting(fair.db, id, 'am#1', 'T1')).toEqual({ ok: false, issues: [{ field: '', message: '1号桌在上午 第2轮（09:25）已有洽谈（张伟 与 王芳）' }] });
    const moved = await moveMeeting(fair.db, id, 'am#4', 'T1');
    expect(moved.ok && moved.value.slotId).toBe('am#4');
    await setMeetingLocked(fair.db, id, true);
    expect(await moveMeeting(fair.db, id, 'am#5', 'T1')).toEqual({ ok: false, issues: [{ field: '', message: '已锁定，解锁后才能移动' }] });
    expect((await live(fair)).find((m) => m.id === id)?.slotId).toBe('am#4');
  });

  it('places an unplaced request by hand where the cell is free, and refuses a busy cell or a second placement', async () => {
    const fair = await withRequests();
    await applyPlan(fair.db, fair.eventId, [{ requestId: fair.withLi.id, slotId: 'am#0', tableId: 'T1' }], { basis: await basisOf(fair), scope: 'accepted' });
    expect(await placeRequest(fair.db, fair.withWang.id, 'am#0', 'T1')).toEqual({ ok: false, issues: [{ field: '', message: '1号桌在上午 第1轮（09:00）已有洽谈（张伟 与 李娜）' }] });
    const placed = await placeRequest(fair.db, fair.withWang.id, 'am#2', 'T1');
    expect(placed.ok && placed.value).toMatchObject({ slotId: 'am#2', participantIds: [fair.zhang.id, fair.wang.id], requestId: fair.withWang.id });
    expect(await placeRequest(fair.db, fair.withWang.id, 'am#3', 'T1')).toEqual({ ok: false, issues: [{ field: '', message: '该约谈已在排期中' }] });
  });

  it('keeps a follow-up after the meeting it follows, reading only the meetings a move can clash with', async () => {
    const fair = await withRequests();
    const follow = await updateRequest(fair.db, fair.withWang.id, { afterRequestId: fair.withLi.id });
    expect(follow.ok).toBe(true);
    await applyPlan(fair.db, fair.eventId, [
      { requestId: fair.withLi.id, slotId: 'am#2', tableId: 'T1' },
      { requestId: fair.withWang.id, slotId: 'am#4', tableId: 'T1' },
    ], { basis: await basisOf(fair), scope: 'accepted' });
    const byRequest = new Map((await live(fair)).map((m) => [m.requestId, m.id]));
    expect(await moveMeeting(fair.db, byRequest.get(fair.withWang.id) ?? '', 'am#1', 'T1')).toEqual({
      ok: false,
      issues: [{ field: '', message: '须排在前序约谈（张伟 与 李娜，上午 第3轮（09:50））之后' }],
    });
    expect(await moveMeeting(fair.db, byRequest.get(fair.withLi.id) ?? '', 'am#5', 'T1')).toEqual({
      ok: false,
      issues: [{ field: '', message: '须排在后续约谈（张伟 与 王芳，上午 第5轮（10:40））之前' }],
    });
    expect((await moveMeeting(fair.db, byRequest.get(fair.withWang.id) ?? '', 'am#6', 'T1')).ok).toBe(true);
  });
});

