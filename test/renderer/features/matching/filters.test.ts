import { describe, expect, it } from 'vitest';
import type { MatchDoc } from '@shared/matching';
import { filterSuggestions, NO_FILTERS, regionsOf } from '../../../../renderer/features/matching/filters';
import { suggestion } from './fakeMatchClient';

const docs = new Map<string, MatchDoc>([
  ['a', { id: 'a', title: 'A', field: '新能源', maturity: '中试', cooperationModes: ['技术转让'], region: '北京' }],
  ['b', { id: 'b', title: 'B', field: '新材料', maturity: '小试', cooperationModes: ['合作开发', '技术许可'], region: '天津' }],
  ['c', { id: 'c', title: 'C', field: '新能源', region: '北京' }],
]);
const ranked = ['a', 'b', 'c'].map((id, i) => suggestion(id, 1 - i / 10, []));
const ids = (list: { id: string }[]) => list.map((s) => s.id);

describe('suggestion filters', () => {
  it('keeps rank order and needs every active filter to pass', () => {
    expect(ids(filterSuggestions(ranked, docs, NO_FILTERS, 'achievements'))).toEqual(['a', 'b', 'c']);
    expect(ids(filterSuggestions(ranked, docs, { ...NO_FILTERS, field: ['新能源'] }, 'achievements'))).toEqual(['a', 'c']);
    expect(ids(filterSuggestions(ranked, docs, { ...NO_FILTERS, field: ['新能源'], maturity: ['中试'] }, 'achievements'))).toEqual(['a']);
    expect(ids(filterSuggestions(ranked, docs, { ...NO_FILTERS, mode: ['技术许可', '技术转让'] }, 'achievements'))).toEqual(['a', 'b']);
  });

  it('ignores filters that do not apply to the kind suggested (experts have no stage)', () => {
    expect(ids(filterSuggestions(ranked, docs, { ...NO_FILTERS, maturity: ['中试'], region: ['北京'] }, 'experts'))).toEqual(['a', 'c']);
  });

  it('offers the regions the records are in', () => {
    expect(regionsOf(docs).sort()).toEqual(['北京', '天津'].sort());
  });
});
