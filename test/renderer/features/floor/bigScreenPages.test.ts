import { describe, expect, it } from 'vitest';
import { pageCount, pageGrid, pageOf } from '../../../../renderer/features/floor/bigScreenPages';

describe('big screen pages', () => {
  it('fits as many columns and rows as the projector allows, at least one of each', () => {
    expect(pageGrid(1920, 900)).toEqual({ columns: 4, rows: 9, perPage: 36 });
    expect(pageGrid(300, 50)).toEqual({ columns: 1, rows: 1, perPage: 1 });
    // Not measured yet (jsdom, first paint): a 1080p projector.
    expect(pageGrid(0, 0).perPage).toBeGreaterThan(20);
  });

  it('pages through every table and wraps around', () => {
    const tables = Array.from({ length: 250 }, (_, i) => i + 1);
    expect(pageCount(250, 36)).toBe(7);
    expect(pageCount(0, 36)).toBe(1);
    expect(pageOf(tables, 36, 0)).toEqual(tables.slice(0, 36));
    expect(pageOf(tables, 36, 6)).toEqual(tables.slice(216));
    expect(pageOf(tables, 36, 7)).toEqual(tables.slice(0, 36));
    expect(Array.from({ length: 7 }, (_, p) => pageOf(tables, 36, p)).flat()).toEqual(tables);
  });
});
