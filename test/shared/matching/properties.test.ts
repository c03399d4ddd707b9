import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAnalyzer, createMatcher, DEFAULT_WEIGHTS, type MatchDoc } from '../../../shared/matching';
import { signalBound } from '../../../shared/matching/signals';

/** Words are drawn from two disjoint pools so that an "unrelated" record really shares nothing. */
const WORDS = ['电池', '正极', '储能', '光伏', '芯片', '传感器', '细胞', '疫苗', '机器人', '无人机', '算法', '催化剂', 'mems', '5g'];
const OTHER_WORDS = ['茶叶', '陶瓷', '丝绸', '古籍'];
const FIELDS = ['新能源', '生物医药', '新材料'];
const MODES = ['技术转让', '技术许可', '合作开发'];

const analyzer = createAnalyzer({ segment: (t) => t.split(/\s+/) });

const text = (pool: string[], min: number, max: number) => fc.array(fc.constantFrom(...pool), { minLength: min, maxLength: max }).map((w) => w.join(' '));

/** Records as the CLI takes them: texts, field and cooperation modes. */
const record = (pool: string[]) =>
  fc.record({
    title: text(pool, 1, 5),
    description: fc.option(text(pool, 0, 20), { nil: undefined }),
    keywords: fc.option(fc.array(text(pool, 1, 2), { maxLength: 3 }), { nil: undefined }),
    field: fc.option(fc.constantFrom(...FIELDS), { nil: undefined }),
    cooperationModes: fc.option(fc.uniqueArray(fc.constantFrom(...MODES), { maxLength: 3 }), { nil: undefined }),
  });

/** With every structured signal in play, for the properties that must hold whatever the signals say. */
const fullRecord = fc.record({
  title: text(WORDS, 1, 5),
  description: fc.option(text(WORDS, 0, 20), { nil: undefined }),
  field: fc.option(fc.constantFrom(...FIELDS), { nil: undefined }),
  cooperationModes: fc.option(fc.uniqueArray(fc.constantFrom(...MODES), { maxLength: 3 }), { nil: undefined }),
  maturity: fc.option(fc.constantFrom('研发中', '小试', '中试', '可量产'), { nil: undefined }),
  budgetWan: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: undefined }),
  priceWan: fc.option(fc.integer({ min: 0, max: 3000 }), { nil: undefined }),
  region: fc.option(fc.constantFrom('北京', '上海'), { nil: undefined }),
});

const corpus = fc.array(record(WORDS), { maxLength: 25 }).map((docs) => docs.map((d, i): MatchDoc => ({ ...d, id: `doc-${String(i).padStart(3, '0')}` })));

describe('matching properties', () => {
  it('a record always ranks itself first against a copy of itself among others', () => {
    fc.assert(
      fc.property(corpus, record(WORDS), (others, query) => {
        const matcher = createMatcher(analyzer);
        // The copy's id sorts first, so an exact tie with another record still puts it first.
        matcher.add([...others, { ...query, id: '!copy' }]);
        expect(matcher.rank({ ...query, id: 'need' })[0]?.id).toBe('!copy');
      }),
      { numRuns: 200 },
    );
  });

  it('adding an unrelated record never changes the order or scores of the others', () => {
    fc.assert(
      fc.property(corpus, record(WORDS), record(OTHER_WORDS), fc.boolean(), (docs, query, unrelated, withCandidates) => {
        const matcher = createMatcher(analyzer);
        matcher.add(docs);
        const options = withCandidates ? { candidates: docs.map((d) => d.id) } : {};
        const before = matcher.rank({ ...query, id: 'need' }, options);
        matcher.add([{ ...unrelated, id: 'unrelated' }]);
        const after = matcher.rank({ ...query, id: 'need' }, options).filter((s) => s.id !== 'unrelated');
        expect(after).toEqual(before);
      }),
      { numRuns: 200 },
    );
  });

  it('the top n are exactly the first n of the full ranking (the shortcut that skips hopeless records is safe)', () => {
    fc.assert(
      fc.property(fc.array(fullRecord, { maxLength: 30 }), fullRecord, fc.integer({ min: 1, max: 8 }), (docs, query, top) => {
        const matcher = createMatcher(analyzer);
        matcher.add(docs.map((d, i) => ({ ...d, id: `doc-${i}` })));
        const need = { ...query, id: 'need' };
        expect(matcher.rank(need, { top })).toEqual(matcher.rank(need).slice(0, top));
      }),
      { numRuns: 300 },
    );
  });

  it('walking postings and scoring given candidates give the same scores to the last bit', () => {
    fc.assert(
      fc.property(fc.array(fullRecord, { maxLength: 30 }), fullRecord, fc.integer({ min: 1, max: 8 }), (docs, query, top) => {
        const matcher = createMatcher(analyzer);
        const ids = docs.map((_, i) => `doc-${i}`);
        matcher.add(docs.map((d, i) => ({ ...d, id: ids[i] as string })));
        const need = { ...query, id: 'need' };
        const viaCandidates = matcher.rank(need, { candidates: ids }).filter((s) => s.parts.text > 0);
        expect(matcher.rank(need, { top })).toEqual(viaCandidates.slice(0, top));
      }),
      { numRuns: 300 },
    );
  });

  it('the signals never lift a score above text × (1 + the bound the ranking prunes with)', () => {
    fc.assert(
      fc.property(fc.array(fullRecord, { minLength: 1, maxLength: 20 }), fullRecord, (docs, query) => {
        const matcher = createMatcher(analyzer);
        matcher.add(docs.map((d, i) => ({ ...d, id: `doc-${i}` })));
        const need = { ...query, id: 'need' };
        const bound = signalBound(need, DEFAULT_WEIGHTS, false);
        for (const s of matcher.rank(need)) expect(s.score).toBeLessThanOrEqual(s.parts.text * (1 + bound) + 1e-12);
      }),
      { numRuns: 200 },
    );
  });
});
