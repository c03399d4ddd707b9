import { describe, expect, it } from 'vitest';
import { isActiveRequest, meetingRequestDraftSchema, meetingRequestSchema, requestTopicKey, validate } from '@shared/model';

const zhang = 'ppl_01ks26c400s722gf25xb1jphcy';
const li = 'ppl_01ks26c400pjdk09w88kgrve0p';
const need = 'need_01ks26c4008bdgc6wxk0ffw4hw';

const draft = { fromId: zhang, toId: li, needId: need, priority: '优先', source: '匹配推荐' };

describe('约谈申请', () => {
  it('fills in a draft’s defaults: not mutual, 待确认, any slot', () => {
    const r = validate(meetingRequestDraftSchema, draft);
    expect(r).toEqual({ ok: true, value: { ...draft, mutual: false, state: '待确认', allowedSlotIds: [] } });
  });

  it('refuses a request to oneself, bad vocabulary and bad ids in Chinese', () => {
    const r = validate(meetingRequestDraftSchema, { ...draft, toId: zhang, priority: '紧急', source: '电话', state: '已完成', needId: 'n1' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toEqual(
      expect.arrayContaining([
        { field: 'priority', message: '优先级应为：必须、优先、一般' },
        { field: 'source', message: '约谈来源应为：匹配推荐、组织者、报名意向、导入' },
        { field: 'state', message: '约谈状态应为：待确认、已接受、已拒绝、已取消' },
        { field: 'needId', message: '所涉需求的记录标识格式无效' },
      ]),
    );
    const self = validate(meetingRequestDraftSchema, { ...draft, toId: zhang });
    expect(self).toEqual({ ok: false, issues: [{ field: 'toId', message: '发起人和约谈对象不能是同一人' }] });
    expect(validate(meetingRequestDraftSchema, { ...draft, fromId: undefined })).toEqual({ ok: false, issues: [{ field: 'fromId', message: '请选择发起人' }] });
  });

  it('keeps each allowed slot once', () => {
    const r = validate(meetingRequestDraftSchema, { ...draft, allowedSlotIds: ['am#0', 'am#0', 'am#1'] });
    expect(r.ok && r.value.allowedSlotIds).toEqual(['am#0', 'am#1']);
  });

  it('validates a stored request, which cannot follow itself', () => {
    const id = 'req_01ks26c400s722gf25xb1jphcy';
    const stamp = '2026-05-20T08:00:00.000Z_0000_demo';
    const stored = { ...draft, id, eventId: 'evt_01ks26c4008bdgc6wxk0ffw4hw', createdAt: stamp, updatedAt: stamp, deleted: false, mutual: false, state: '待确认', allowedSlotIds: [] };
    expect(validate(meetingRequestSchema, stored).ok).toBe(true);
    expect(validate(meetingRequestSchema, { ...stored, afterRequestId: id })).toEqual({ ok: false, issues: [{ field: 'afterRequestId', message: '约谈申请不能排在自己之后' }] });
  });

  it('keys a request by the unordered pair and its topic, and knows which ones are still in play', () => {
    expect(requestTopicKey({ fromId: zhang, toId: li, needId: need })).toBe(requestTopicKey({ fromId: li, toId: zhang, needId: need }));
    expect(requestTopicKey({ fromId: zhang, toId: li, needId: need })).not.toBe(requestTopicKey({ fromId: zhang, toId: li }));
    expect(isActiveRequest({ state: '已接受', deleted: false })).toBe(true);
    expect(isActiveRequest({ state: '已取消', deleted: false })).toBe(false);
    expect(isActiveRequest({ state: '待确认', deleted: true })).toBe(false);
  });
});
