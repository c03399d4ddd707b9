import { describe, expect, it } from 'vitest';
import { rowWindow } from '../../../../renderer/features/floor/virtualRows';

describe('rowWindow', () => {
  it('puts only the rows in view, and a margin, in the DOM', () => {
    expect(rowWindow(0, 460, 46, 250)).toEqual({ start: 0, end: 17 });
    expect(rowWindow(46 * 100, 460, 46, 250)).toEqual({ start: 94, end: 117 });
    expect(rowWindow(46 * 245, 460, 46, 250)).toEqual({ start: 239, end: 250 });
  });
  it('draws nothing for no rows', () => {
    expect(rowWindow(0, 460, 46, 0)).toEqual({ start: 0, end: 0 });
  });
});
