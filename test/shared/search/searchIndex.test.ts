import { describe, expect, it } from 'vitest';
import { buildSearchEntry, search } from '@shared/search';

const people = [
  { id: 'a', primary: '张伟', isPersonName: true, digits: '13800138000', secondary: ['北京智感科技有限公司', 'ZGC0001'] },
  { id: 'b', primary: '单田芳', isPersonName: true, digits: '13900001234', secondary: ['中国农业科学院作物科学研究所'] },
  { id: 'c', primary: '曾志伟', isPersonName: true, digits: '13700005678', secondary: ['清华大学'] },
  { id: 'd', primary: '王张伟', isPersonName: true, digits: '', secondary: [] },
].map(buildSearchEntry);

describe('search-as-you-type', () => {
  it('finds a person by pinyin initials, full pinyin and name', () => {
    expect(search(people, 'zw')).toEqual(['a']);
    expect(search(people, 'zhangwei')).toEqual(['a', 'd']);
    expect(search(people, '张伟')).toEqual(['a', 'd']);
  });

  it('reads polyphonic surnames as surnames', () => {
    expect(search(people, 'stf')).toEqual(['b']);
    expect(search(people, 'shantian')).toEqual(['b']);
    expect(search(people, 'zzw')).toEqual(['c']);
  });

  it('finds by the tail of a mobile', () => {
    expect(search(people, '1234')).toEqual(['b']);
    expect(search(people, '8000')).toEqual(['a']);
  });

  it('finds by organisation text and organisation initials from their start only', () => {
    expect(search(people, '清华')).toEqual(['c']);
    expect(search(people, 'qhdx')).toEqual(['c']);
    // 作物 sits inside 中国农业科学院作物科学研究所: its initials "zw" must not match there.
    expect(search(people, 'zw')).not.toContain('b');
  });

  it('needs every token of a query to match', () => {
    expect(search(people, 'zw 智感')).toEqual(['a']);
    expect(search(people, 'zw 清华')).toEqual([]);
  });

  it('matches nothing for an empty query and respects the limit', () => {
    expect(search(people, '  ')).toEqual([]);
    expect(search(people, 'z', 1)).toHaveLength(1);
  });
});
