import { describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS } from '@shared/matching';
import { eventDraftSchema, matchSettingsOf, matchSettingsSchema, validate } from '@shared/model';

const settings = { weights: { ...DEFAULT_WEIGHTS }, dictionary: ['特高压', ' 钠电 ', '特高压'], synonyms: [['储能电站', '储能站', '储能站']] };

describe('匹配设置', () => {
  it('trims and de-duplicates words', () => {
    expect(validate(matchSettingsSchema, settings)).toEqual({ ok: true, value: { weights: DEFAULT_WEIGHTS, dictionary: ['特高压', '钠电'], synonyms: [['储能电站', '储能站']] } });
  });

  it('refuses weights out of bounds, words with spaces and one-word synonym groups, in Chinese', () => {
    const r = validate(matchSettingsSchema, {
      weights: { ...DEFAULT_WEIGHTS, field: -0.1, b: 2, title: Number.NaN },
      dictionary: ['固态 电池', ''],
      synonyms: [['锂电', '锂电']],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toEqual(
      expect.arrayContaining([
        { field: 'weights.field', message: '领域加分不能为负数' },
        { field: 'weights.b', message: '长度归一化系数b不能超过1' },
        { field: 'weights.title', message: '标题权重必须是数字' },
        { field: 'dictionary.0', message: '词条不能包含空格' },
        { field: 'dictionary.1', message: '词条不能为空' },
        { field: 'synonyms.0', message: '每组同义词至少需要两个不同的词' },
      ]),
    );
  });

  it('refuses weights that leave the text nothing to count', () => {
    const r = validate(matchSettingsSchema, { ...settings, weights: { ...DEFAULT_WEIGHTS, title: 0, keywords: 0, description: 0 } });
    expect(r).toEqual({ ok: false, issues: [{ field: 'weights.title', message: '标题、关键词、描述的权重不能全为0' }] });
  });

  it('gives the defaults to a fair without settings, and the fair’s own otherwise', () => {
    expect(matchSettingsOf({})).toEqual({ weights: DEFAULT_WEIGHTS, dictionary: [], synonyms: [] });
    const own = { weights: { ...DEFAULT_WEIGHTS, region: 0 }, dictionary: ['钠电'], synonyms: [] };
    expect(matchSettingsOf({ matching: own })).toBe(own);
  });

  it('is an optional field of the event', () => {
    const event = {
      name: '对接会',
      venue: '中关村',
      startDate: '2026-05-20',
      endDate: '2026-05-20',
      slotMinutes: 20,
      breakMinutes: 5,
      sessions: [{ id: 'am', label: '上午', date: '2026-05-20', start: '09:00', end: '12:00' }],
      tables: [],
    };
    expect(validate(eventDraftSchema, event).ok).toBe(true);
    const bad = validate(eventDraftSchema, { ...event, matching: { ...settings, weights: { ...DEFAULT_WEIGHTS, k1: 50 } } });
    expect(bad).toEqual({ ok: false, issues: [{ field: 'matching.weights.k1', message: '词频饱和度k1不能超过5' }] });
  });
});
