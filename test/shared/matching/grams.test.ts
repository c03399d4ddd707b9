import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { characterBigrams, createAnalyzer, createMatcher, type MatchDoc } from '../../../shared/matching';

const analyzer = createAnalyzer({ segment: (t) => t.split(/\s+/) });

describe('character bigrams', () => {
  it('cut each run of letters and digits, never across spaces or punctuation, one-character runs kept whole', () => {
    expect(characterBigrams('锂电池，正极 A')).toEqual(['锂电', '电池', '正极', 'a']);
    expect(characterBigrams('ＣＡＲ-Ｔ')).toEqual(['ca', 'ar', 't']);
    expect(characterBigrams('')).toEqual([]);
  });

  it('let partly shared compounds meet when no word is shared, without naming a bigram as a reason', () => {
    const m = createMatcher(analyzer);
    m.add([{ id: 'a', title: '高镍三元电池' }, { id: 'b', title: '光伏组件' }]);
    const [hit, ...rest] = m.rank({ id: 'n', title: '锂电池' });
    expect(hit?.id).toBe('a');
    expect(hit?.parts.text).toBeGreaterThan(0);
    expect(hit?.sharedTerms).toEqual([]);
    expect(rest).toEqual([]);
  });
});

const WORDS = ['锂电池', '正极材料', '储能', '光伏组件', '芯片', '传感器', '细胞治疗', '机器人', '无人机'];
const doc = fc.record({
  title: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }).map((w) => w.join(' ')),
  description: fc.option(fc.array(fc.constantFrom(...WORDS), { maxLength: 12 }).map((w) => w.join('，')), { nil: undefined }),
});
/** add a record (by index into a pool) or remove one. */
const step = fc.oneof(fc.record({ add: fc.integer({ min: 0, max: 11 }), doc }), fc.record({ remove: fc.integer({ min: 0, max: 11 }) }));

describe('incremental index', () => {
  it('after any sequence of adds, replacements and removals, ranks exactly like an index built from scratch', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), doc, (steps, query) => {
        const live = new Map<string, MatchDoc>();
        const incremental = createMatcher(analyzer);
        const need = { ...query, id: 'need' };
        for (const s of steps) {
          if ('add' in s) {
            const record = { ...s.doc, id: `d${s.add}` };
            live.set(record.id, record);
            incremental.add([record]);
          } else {
            live.delete(`d${s.remove}`);
            incremental.remove(`d${s.remove}`);
          }
          // Ranking between edits makes the index cache norms that a later edit must refresh.
          incremental.rank(need, { top: 3 });
        }
        const rebuilt = createMatcher(analyzer);
        rebuilt.add([...live.values()]);
        expect(incremental.rank(need)).toEqual(rebuilt.rank(need));
      }),
      { numRuns: 200 },
    );
  });
});
