import { describe, expect, it } from 'vitest';
import type { MeetingRequestDraft } from '@shared/model';
import { createMeetingRequests, readMeetingRequests, updateRequestState } from '../../../renderer/db/meetingRequests';
import { deleteRecord } from '../../../renderer/db/registry';
import { matchingFair, type MatchingFair } from './matchingFixture';

const about = (fair: MatchingFair, extra: Partial<MeetingRequestDraft> = {}): MeetingRequestDraft => ({
  fromId: fair.zhang.id,
  toId: fair.li.id,
  needId: fair.need.id,
  achievementId: fair.achievement.id,
  priority: '优先',
  source: '匹配推荐',
  ...extra,
});

const created = async (fair: MatchingFair, drafts: MeetingRequestDraft[]) => {
  const r = await createMeetingRequests(fair.db, fair.eventId, drafts);
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('；'));
  return r.value;
};

describe('createMeetingRequests', () => {
  it('creates stamped requests with global ids and defaults', async () => {
    const fair = await matchingFair();
    const { created: [request], skipped } = await created(fair, [about(fair)]);
    expect(skipped).toEqual([]);
    expect(request).toMatchObject({ fromId: fair.zhang.id, toId: fair.li.id, state: '待确认', mutual: false, allowedSlotIds: [], eventId: fair.eventId, deleted: false });
    expect(request?.id).toMatch(/^req_/);
    expect(request?.createdAt).toMatch(/_dev-[0-9a-f]{12}$/);
    expect(await fair.db.meetingRequests.where('needId').equals(fair.need.id).count()).toBe(1);
  });

  it('skips a request already on record for the same pair and topic, in either direction, with the reason', async () => {
    const fair = await matchingFair();
    const first = await created(fair, [about(fair)]);
    const again = await created(fair, [about(fair, { fromId: fair.li.id, toId: fair.zhang.id, source: '组织者' }), about(fair, { toId: fair.wang.id, achievementId: undefined })]);
    expect(again.created.map((r) => r.toId)).toEqual([fair.wang.id]);
    expect(again.skipped).toEqual([
      { index: 0, existingId: first.created[0]?.id, reason: '张伟与李娜已有关于需求“锂电池正极材料”与成果“高镍正极材料”的约谈申请（待确认），未重复创建' },
    ]);
    expect(await fair.db.meetingRequests.count()).toBe(2);
  });

  it('skips a repeat within the same batch, and a different topic for the same pair is not a repeat', async () => {
    const fair = await matchingFair();
    const r = await created(fair, [about(fair), about(fair), about(fair, { achievementId: undefined })]);
    expect(r.created).toHaveLength(2);
    expect(r.skipped.map((s) => s.index)).toEqual([1]);
  });

  it('asks again once the earlier request was refused or cancelled', async () => {
    const fair = await matchingFair();
    const { created: [first] } = await created(fair, [about(fair)]);
    if (!first) throw new Error('create');
    await updateRequestState(fair.db, first.id, '已拒绝');
    const again = await created(fair, [about(fair)]);
    expect(again.created).toHaveLength(1);
    expect(again.skipped).toEqual([]);
  });

  it('refuses the whole batch, naming each draft, when one is invalid or points at a deleted record', async () => {
    const fair = await matchingFair();
    await deleteRecord(fair.db, 'participants', fair.wang.id);
    const r = await createMeetingRequests(fair.db, fair.eventId, [about(fair), about(fair, { toId: fair.wang.id }), about(fair, { allowedSlotIds: ['pm#9'] })]);
    expect(r).toEqual({
      ok: false,
      issues: [
        { field: 'toId', message: '第2条：约谈对象不存在或已被删除' },
        { field: 'allowedSlotIds', message: '第3条：可约时段不属于本活动：pm#9' },
      ],
    });
    const invalid = await createMeetingRequests(fair.db, fair.eventId, [about(fair), about(fair, { toId: fair.zhang.id })]);
    expect(invalid).toEqual({ ok: false, issues: [{ field: 'toId', message: '第2条：发起人和约谈对象不能是同一人' }] });
    expect(await fair.db.meetingRequests.count()).toBe(0);
  });

  it('refuses references to another fair’s records and to an unknown event', async () => {
    const fair = await matchingFair();
    const other = await matchingFair();
    const r = await createMeetingRequests(fair.db, fair.eventId, [about(fair, { needId: other.need.id })]);
    expect(r).toEqual({ ok: false, issues: [{ field: 'needId', message: '第1条：所涉需求不存在或已被删除' }] });
    expect(await createMeetingRequests(fair.db, 'evt_01ks26c4008bdgc6wxk0ffw4hw', [about(fair)])).toEqual({
      ok: false,
      issues: [{ field: '', message: '该活动不存在或已被删除' }],
    });
  });
});

describe('updateRequestState', () => {
  it('stamps the state change and lists the request', async () => {
    const fair = await matchingFair();
    const { created: [request] } = await created(fair, [about(fair)]);
    if (!request) throw new Error('create');
    const r = await updateRequestState(fair.db, request.id, '已接受');
    expect(r.ok && r.value.state).toBe('已接受');
    expect(r.ok && Object.keys(r.value.fieldStamps ?? {})).toEqual(['state']);
    expect((await readMeetingRequests(fair.db, fair.eventId)).map((q) => q.state)).toEqual(['已接受']);
  });

  it('will not bring back a cancelled request while another one for the same pair and topic is in play', async () => {
    const fair = await matchingFair();
    const { created: [first] } = await created(fair, [about(fair)]);
    if (!first) throw new Error('create');
    await updateRequestState(fair.db, first.id, '已取消');
    await created(fair, [about(fair)]);
    const r = await updateRequestState(fair.db, first.id, '待确认');
    expect(r).toEqual({
      ok: false,
      issues: [{ field: 'state', message: '张伟与李娜已有关于需求“锂电池正极材料”与成果“高镍正极材料”的约谈申请（待确认），不能重新启用' }],
    });
  });

  it('refuses an unknown request or state', async () => {
    const fair = await matchingFair();
    expect(await updateRequestState(fair.db, 'req_01ks26c4008bdgc6wxk0ffw4hw', '已接受')).toEqual({ ok: false, issues: [{ field: '', message: '该约谈申请不存在或已被删除' }] });
    const { created: [request] } = await created(fair, [about(fair)]);
    // A state from outside the vocabulary, as an untyped caller could send it.
    const bad = await updateRequestState(fair.db, request?.id ?? '', '已完成' as never);
    expect(bad).toEqual({ ok: false, issues: [{ field: 'state', message: '约谈状态应为：待确认、已接受、已拒绝、已取消' }] });
  });
});
