import { describe, expect, it } from 'vitest';
import { requestDraftFromSuggestion, type Achievement, type Need, type Participant } from '@shared/model';

const base = { eventId: 'evt_01ks26c4008bdgc6wxk0ffw4hw', createdAt: '2026-05-20T08:00:00.000Z_0000_demo', updatedAt: '2026-05-20T08:00:00.000Z_0000_demo', deleted: false };
const id = (prefix: string, n: number) => `${prefix}_01ks26c400s722gf25xb1jph${String(n).padStart(2, '0')}`;
const enterprise = id('org', 1);
const university = id('org', 2);

const person = (n: number, name: string, roles: Participant['roles'], organisationId: string, deleted = false): Participant => ({
  ...base,
  id: id('ppl', n),
  name,
  roles,
  organisationId,
  badgeCode: `B${n}000`,
  checkIn: { state: '未签到' },
  availability: { sessionIds: [], unavailableSlotIds: [] },
  deleted,
});

const zhang = person(1, '张伟', ['需求方'], enterprise);
const wang = person(2, '王芳', ['需求方'], enterprise);
const li = person(3, '李教授', ['成果方', '专家'], university);
const zhao = person(4, '赵老师', ['成果方'], university);

const need: Need = { ...base, id: id('need', 1), ownerId: enterprise, contactId: wang.id, title: '锂电池正极材料', field: '新能源', keywords: [], cooperationModes: [] };
const achievement: Achievement = { ...base, id: id('ach', 1), ownerId: university, title: '高镍正极材料', field: '新能源', keywords: [], maturity: '中试', patents: [], cooperationModes: [] };

describe('requestDraftFromSuggestion', () => {
  it('asks from the need’s contact to the achievement’s owner, about both', () => {
    const r = requestDraftFromSuggestion(need, { kind: 'achievement', achievement }, [zhang, wang, li, zhao], '优先');
    expect(r).toEqual({
      ok: true,
      value: { fromId: wang.id, toId: li.id, needId: need.id, achievementId: achievement.id, priority: '优先', mutual: false, state: '待确认', allowedSlotIds: [], source: '匹配推荐' },
    });
  });

  it('prefers the achievement’s contact, and falls back past deleted contacts to the owner’s first person of that side', () => {
    const withContact = requestDraftFromSuggestion(need, { kind: 'achievement', achievement: { ...achievement, contactId: zhao.id } }, [zhang, wang, li, zhao], '一般');
    expect(withContact.ok && withContact.value.toId).toBe(zhao.id);
    const goneContact = requestDraftFromSuggestion(need, { kind: 'achievement', achievement }, [zhang, { ...wang, deleted: true }, li], '一般');
    expect(goneContact.ok && goneContact.value.fromId).toBe(zhang.id);
  });

  it('asks an expert directly, without an achievement', () => {
    const r = requestDraftFromSuggestion(need, { kind: 'expert', expert: li }, [zhang, wang, li], '必须');
    expect(r.ok && r.value).toMatchObject({ fromId: wang.id, toId: li.id, needId: need.id, priority: '必须' });
    expect(r.ok && 'achievementId' in r.value).toBe(false);
  });

  it('says what to do when a side has nobody to meet', () => {
    const noFrom = requestDraftFromSuggestion({ ...need, contactId: undefined }, { kind: 'achievement', achievement }, [li], '一般');
    expect(noFrom).toEqual({
      ok: false,
      issues: [{ field: 'fromId', message: '需求“锂电池正极材料”没有联系人：请为该需求指定联系人，或为需求单位登记一位“需求方”参会人' }],
    });
    const noTo = requestDraftFromSuggestion(need, { kind: 'achievement', achievement }, [wang], '一般');
    expect(!noTo.ok && noTo.issues[0]?.message).toBe('成果“高镍正极材料”没有联系人：请为该成果指定联系人，或为成果单位登记一位“成果方”参会人');
    const goneExpert = requestDraftFromSuggestion(need, { kind: 'expert', expert: { ...li, deleted: true } }, [wang], '一般');
    expect(!goneExpert.ok && goneExpert.issues[0]?.message).toBe('专家“李教授”已被删除，无法约谈');
    const self = requestDraftFromSuggestion({ ...need, contactId: li.id }, { kind: 'expert', expert: li }, [li], '一般');
    expect(!self.ok && self.issues[0]?.message).toBe('李教授同时是需求和专家一方，无需约谈自己');
  });
});
