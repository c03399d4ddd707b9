import { describe, expect, it } from 'vitest';
import {
  attributeProfile,
  decodeMappings,
  frameSummary,
  groupOf,
  searchAlonePerStroke,
  segmentAt,
  vsyncs,
  type BundleMap,
  type CpuProfile,
} from '../../../bench/suites/registryReport';

describe('registry report helpers', () => {
  it('summarises frame times and counts the long ones', () => {
    const frames = [...Array.from({ length: 18 }, () => 16.7), 66.7, 100];
    expect(frameSummary(frames)).toEqual({ n: 20, median: 16.7, p95: 66.7, max: 100, long: 2 });
  });

  it('counts frame times in vsync intervals, jitter rounded away', () => {
    expect([16.2, 16.9, 33.2, 33.5, 50.1, 3].map(vsyncs)).toEqual([1, 1, 2, 2, 3, 1]);
  });

  it('takes, per planned stroke, the median of search on its own over the rounds', () => {
    expect(searchAlonePerStroke([
      [1, 10],
      [3, 30],
      [2, 20],
    ])).toEqual([2, 20]);
  });

  it('decodes source map VLQ mappings, relative fields carried across segments and lines', () => {
    // Line 0: [0,0,0,0] and [1,0,0,1]; line 1: [0,0,1,1]; line 2: column 16, one line back, column 0, name 0.
    expect(decodeMappings('AAAA,CAAC;AACA;gBADDA')).toEqual([
      [
        [0, 0, 0, 0, -1],
        [1, 0, 0, 1, -1],
      ],
      [[0, 0, 1, 1, -1]],
      [[16, 0, 0, 0, 0]],
    ]);
  });

  it('finds the segment at or before a generated column', () => {
    const lines = decodeMappings('AAAA,KAAK,KAAK');
    expect(segmentAt(lines, 0, 0)?.[0]).toBe(0);
    expect(segmentAt(lines, 0, 7)?.[0]).toBe(5);
    expect(segmentAt(lines, 0, 99)?.[0]).toBe(10);
    expect(segmentAt(lines, 3, 0)).toBeUndefined();
  });

  it('groups sources by package, antd tables apart, and project files by folder', () => {
    expect(groupOf('node_modules/react-dom/cjs/react-dom-client.production.js')).toBe('react-dom');
    expect(groupOf('node_modules/@rc-component/table/es/Table.js')).toBe('@rc-component/table');
    expect(groupOf('node_modules/antd/es/table/hooks/useSelection.js')).toBe('antd/es/table');
    expect(groupOf('node_modules/antd/es/input/Input.js')).toBe('antd');
    expect(groupOf('shared/search/searchIndex.ts')).toBe('shared/search');
  });

  it('attributes self time through the source map, leaving idle time out', () => {
    const map: BundleMap = { sources: ['shared/search/searchIndex.ts', 'node_modules/react-dom/index.js'], names: ['search'], mappings: 'AAAAA,UCAA' };
    const maps = new Map([['main-abc.js', { map, lines: decodeMappings(map.mappings) }]]);
    const frame = (functionName: string, url: string, columnNumber: number) => ({ functionName, url, lineNumber: 0, columnNumber });
    const profile: CpuProfile = {
      nodes: [
        { id: 1, callFrame: frame('(root)', '', -1) },
        { id: 2, callFrame: frame('(idle)', '', -1) },
        { id: 3, callFrame: frame('a', 'http://127.0.0.1/assets/main-abc.js', 3) },
        { id: 4, callFrame: frame('b', 'http://127.0.0.1/assets/main-abc.js', 12) },
        { id: 5, callFrame: frame('(garbage collector)', '', -1) },
      ],
      samples: [2, 3, 3, 4, 5, 2],
      timeDeltas: [0, 1000, 1000, 1000, 1000, 1000],
    };
    const a = attributeProfile(profile, maps);
    expect(a.busyMs).toBe(4);
    expect(Object.fromEntries(a.groups)).toEqual({ 'shared/search': 2, 'react-dom': 1, '(garbage collector)': 1 });
    expect(a.functions.get('search (shared/search/searchIndex.ts:1)')).toBe(2);
  });
});
