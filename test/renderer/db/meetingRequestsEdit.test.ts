import { describe, expect, it } from 'vitest';
import type { MeetingRequest, MeetingRequestDraft } from '@shared/model';
import { createMeetingRequests, updateRequest, updateRequestState, updateRequestStates } from '../../../renderer/db/meetingRequests';
import { deleteRecord } from '../../../renderer/db/registry';
import { matchingFair, type MatchingFair } from './matchingFixture';

const about = (fair: MatchingFair, extra: Partial<MeetingRequestDraft> = {}): MeetingRequestDraft => ({
  fromId: fair.zhang.id,
  toId: fair.li.id,
  needId: fair.need.id,
  achievementId: fair.achievement.id,
  priority: '优先',
  source: '组织者',
  ...extra,
});

/** Three requests: 张伟→李娜 about the need and achievement, 张伟→王芳 about the need, 李娜→王芳 about nothing. */
const threeRequests = async (fair: MatchingFair): Promise<[MeetingRequest, MeetingRequest, MeetingRequest]> => {
  const r = await createMeetingRequests(fair.db, fair.eventId, [
    about(fair),
    about(fair, { toId: fair.wang.id, achievementId: undefined }),
    about(fair, { fromId: fair.li.id, toId: fair.wang.id, needId: undefined, achievementId: undefined }),
  ]);
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('；'));
  const [a, b, c] = r.value.created;
  if (!a || !b || !c) throw new Error('create');
  return [a, b, c];
};

const statesOf = async (fair: MatchingFair, ids: string[]) => (await fair.db.meetingRequests.bulkGet(ids)).map((r) => r?.state);

describe('updateRequestStates', () => {
  it('moves every selected request in one write, stamping state only, and counts those already there', async () => {
    const fair = await matchingFair();
    const [a, b, c] = await threeRequests(fair);
    await updateRequestState(fair.db, c.id, '已接受');
    const r = await updateRequestStates(fair.db, fair.eventId, [a.id, b.id, c.id], '已接受');
    expect(r.ok && r.value.updated.map((q) => q.id)).toEqual([a.id, b.id]);
    expect(r.ok && r.value.unchanged).toBe(1);
    expect(r.ok && r.value.updated.map((q) => Object.keys(q.fieldStamps ?? {}))).toEqual([['state'], ['state']]);
    expect(await statesOf(fair, [a.id, b.id, c.id])).toEqual(['已接受', '已接受', '已接受']);
    const stored = await fair.db.meetingRequests.get(a.id);
    expect((stored?.updatedAt ?? '') > a.updatedAt).toBe(true);
  });

  it('refuses the whole batch when one id is unknown, deleted or of another fair', async () => {
    const fair = await matchingFair();
    const [a, b] = await threeRequests(fair);
    const other = await matchingFair();
    const [foreign] = await threeRequests(other);
    const unknown = await updateRequestStates(fair.db, fair.eventId, [a.id, 'req_01ks26c4008bdgc6wxk0ffw4hw'], '已拒绝');
    expect(unknown).toEqual({ ok: false, issues: [{ field: '', message: '有1条约谈申请不存在、已被删除或不属于本活动，未作任何更改' }] });
    await fair.db.meetingRequests.update(b.id, { deleted: true });
    expect((await updateRequestStates(fair.db, fair.eventId, [a.id, b.id], '已拒绝')).ok).toBe(false);
    // The other fair lives in its own database here, so put its request into this one to be sure the event is checked.
    await fair.db.meetingRequests.add(foreign);
    expect((await updateRequestStates(fair.db, fair.eventId, [a.id, foreign.id], '已拒绝')).ok).toBe(false);
    expect(await statesOf(fair, [a.id])).toEqual(['待确认']);
  });

  it('will not bring back declined requests while the same wish is active, and writes none of the batch', async () => {
    const fair = await matchingFair();
    const [a, b] = await threeRequests(fair);
    await updateRequestStates(fair.db, fair.eventId, [a.id, b.id], '已拒绝');
    const again = await createMeetingRequests(fair.db, fair.eventId, [about(fair, { fromId: fair.li.id, toId: fair.zhang.id })]);
    expect(again.ok && again.value.created).toHaveLength(1);
    const r = await updateRequestStates(fair.db, fair.eventId, [a.id, b.id], '待确认');
    expect(r).toEqual({
      ok: false,
      issues: [{ field: 'state', message: '李娜与张伟已有关于需求“锂电池正极材料”与成果“高镍正极材料”的约谈申请（待确认），不能重新启用' }],
    });
    expect(await statesOf(fair, [a.id, b.id])).toEqual(['已拒绝', '已拒绝']);
  });

  it('will not bring back two cancelled copies of the same wish together', async () => {
    const fair = await matchingFair();
    const [a] = await threeRequests(fair);
    await updateRequestState(fair.db, a.id, '已取消');
    const copy = await createMeetingRequests(fair.db, fair.eventId, [about(fair)]);
    if (!copy.ok || !copy.value.created[0]) throw new Error('copy');
    const b = copy.value.created[0];
    await updateRequestState(fair.db, b.id, '已取消');
    const r = await updateRequestStates(fair.db, fair.eventId, [a.id, b.id], '已接受');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.issues[0]?.message).toMatch(/不能重新启用$/);
    expect(await statesOf(fair, [a.id, b.id])).toEqual(['已取消', '已取消']);
  });

  it('names the pair when a returning request points at a deleted person', async () => {
    const fair = await matchingFair();
    const [, b] = await threeRequests(fair);
    await updateRequestState(fair.db, b.id, '已取消');
    await deleteRecord(fair.db, 'participants', fair.wang.id);
    const r = await updateRequestStates(fair.db, fair.eventId, [b.id], '已接受');
    expect(r).toEqual({ ok: false, issues: [{ field: 'toId', message: '张伟→（已删除的参会人）：约谈对象不存在或已被删除' }] });
  });
});

describe('updateRequest', () => {
  it('changes priority, mutual and slots, stamping only what changed', async () => {
    const fair = await matchingFair();
    const [a] = await threeRequests(fair);
    const r = await updateRequest(fair.db, a.id, { priority: '必须', mutual: true, allowedSlotIds: ['am#0', 'am#1', 'am#0'], afterRequestId: undefined });
    expect(r.ok && r.value).toMatchObject({ priority: '必须', mutual: true, allowedSlotIds: ['am#0', 'am#1'], state: '待确认', source: '组织者' });
    expect(r.ok && Object.keys(r.value.fieldStamps ?? {}).sort()).toEqual(['allowedSlotIds', 'mutual', 'priority']);
    expect((await fair.db.meetingRequests.get(a.id))?.priority).toBe('必须');
    const same = await updateRequest(fair.db, a.id, { priority: '必须' });
    expect(same.ok && same.value.updatedAt).toBe(r.ok && r.value.updatedAt);
  });

  it('sets and clears the request it follows, refusing itself, an unknown one and a loop', async () => {
    const fair = await matchingFair();
    const [a, b] = await threeRequests(fair);
    const set = await updateRequest(fair.db, b.id, { afterRequestId: a.id });
    expect(set.ok && set.value.afterRequestId).toBe(a.id);
    expect(await updateRequest(fair.db, a.id, { afterRequestId: b.id })).toEqual({
      ok: false,
      issues: [{ field: 'afterRequestId', message: '前序约谈不能形成循环（前序约谈又排在本约谈之后）' }],
    });
    expect(await updateRequest(fair.db, a.id, { afterRequestId: a.id })).toEqual({ ok: false, issues: [{ field: 'afterRequestId', message: '约谈申请不能排在自己之后' }] });
    expect(await updateRequest(fair.db, a.id, { afterRequestId: 'req_01ks26c4008bdgc6wxk0ffw4hw' })).toEqual({
      ok: false,
      issues: [{ field: 'afterRequestId', message: '前序约谈申请不存在或已被删除' }],
    });
    const cleared = await updateRequest(fair.db, b.id, { afterRequestId: null });
    expect(cleared.ok && 'afterRequestId' in cleared.value).toBe(false);
    expect(cleared.ok && Object.keys(cleared.value.fieldStamps ?? {})).toEqual(['afterRequestId']);
  });

  it('refuses slots the fair does not have, a bad priority and an unknown request, writing nothing', async () => {
    const fair = await matchingFair();
    const [a] = await threeRequests(fair);
    expect(await updateRequest(fair.db, a.id, { allowedSlotIds: ['pm#9'] })).toEqual({
      ok: false,
      issues: [{ field: 'allowedSlotIds', message: '可约时段不属于本活动：pm#9' }],
    });
    const bad = await updateRequest(fair.db, a.id, { priority: '紧急' as never });
    expect(bad).toEqual({ ok: false, issues: [{ field: 'priority', message: '优先级应为：必须、优先、一般' }] });
    expect(await updateRequest(fair.db, 'req_01ks26c4008bdgc6wxk0ffw4hw', { mutual: true })).toEqual({ ok: false, issues: [{ field: '', message: '该约谈申请不存在或已被删除' }] });
    expect(await fair.db.meetingRequests.get(a.id)).toEqual(a);
  });
});
