import { describe, expect, it } from 'vitest';
import { ID_PATTERN } from '@shared/ids';
import { ID_PREFIX, matchFeedbackDraftSchema, validate } from '@shared/model';

describe('匹配反馈', () => {
  const verdict = { needId: 'need_01ks26c4008bdgc6wxk0ffw4hw', targetKind: 'expert', targetId: 'ppl_01ks26c400s722gf25xb1jphcy', verdict: '不合适' };

  it('accepts a verdict on an achievement or an expert', () => {
    expect(validate(matchFeedbackDraftSchema, verdict)).toEqual({ ok: true, value: verdict });
    expect(validate(matchFeedbackDraftSchema, { ...verdict, targetKind: 'achievement', verdict: '推荐' }).ok).toBe(true);
  });

  it('refuses other verdicts and targets in Chinese', () => {
    const r = validate(matchFeedbackDraftSchema, { ...verdict, targetKind: 'need', verdict: '一般' });
    expect(r).toEqual({
      ok: false,
      issues: [
        { field: 'targetKind', message: '反馈对象应为成果或专家' },
        { field: 'verdict', message: '反馈应为：推荐、不合适' },
      ],
    });
  });

  it('has an id prefix that fits the id pattern', () => {
    expect(`${ID_PREFIX.matchFeedback}_01ks26c4008bdgc6wxk0ffw4hw`).toMatch(ID_PATTERN);
  });
});
