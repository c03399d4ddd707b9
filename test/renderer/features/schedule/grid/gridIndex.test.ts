import { describe, expect, it } from 'vitest';
import { buildGridIndex, cellKey } from '../../../../../renderer/features/schedule/grid/gridIndex';
import { GRID_LAYOUT } from '../../../../../renderer/features/schedule/grid/layout';
import { visibleRange } from '../../../../../renderer/features/schedule/grid/virtualRange';
import { fairEvent, li, scheduleView, smallView, wang, zhang } from './fixture';

describe('the grid index', () => {
  it('finds each meeting by its cell, groups the slots by session and lists the people', () => {
    const index = buildGridIndex(smallView());
    expect(index.cells.get(cellKey('T3', 'am#1'))?.id).toBe('m3');
    expect(index.cells.has(cellKey('T4', 'am#0'))).toBe(false);
    expect(index.sessions).toEqual([
      { sessionId: 'am', label: '上午', date: '2025-05-20', first: 0, count: 3 },
      { sessionId: 'pm', label: '下午', date: '2025-05-20', first: 3, count: 3 },
    ]);
    expect(index.columns.filter((c) => c.sessionStart).map((c) => c.slot.id)).toEqual(['am#0', 'pm#0']);
    expect(index.people.find((p) => p.name === '张伟')?.meetingIds).toEqual(['m1', 'm3']);
  });

  it('draws a live meeting over a cancelled one in the same cell, counts the extra, and counts meetings whose place is gone', () => {
    const view = scheduleView(fairEvent(2, 2), [
      { id: 'old', tableId: 'T1', slotId: 'am#0', people: [zhang, li], state: '已取消' },
      { id: 'new', tableId: 'T1', slotId: 'am#0', people: [zhang, wang] },
      { id: 'gone', tableId: 'T9', slotId: 'am#0', people: [li, wang] },
    ]);
    const index = buildGridIndex(view);
    expect(index.cells.get(cellKey('T1', 'am#0'))?.id).toBe('new');
    expect(index.extra.get(cellKey('T1', 'am#0'))).toBe(1);
    expect(index.orphans).toBe(1);
  });
});

describe('the visible range', () => {
  const { rowHeight, colWidth, headerHeight, firstColWidth, overscanRows, overscanCols } = GRID_LAYOUT;

  it('covers the viewport and a margin, clamped to the grid', () => {
    const height = headerHeight + 10 * rowHeight;
    expect(visibleRange({ scrollTop: 0, scrollLeft: 0, height, width: 0 }, 250, 24)).toEqual({ rowStart: 0, rowEnd: 11 + overscanRows, colStart: 0, colEnd: 24 });
    const middle = visibleRange({ scrollTop: 100 * rowHeight, scrollLeft: 0, height, width: 0 }, 250, 24);
    expect(middle.rowStart).toBe(100 - overscanRows);
    expect(middle.rowEnd).toBe(111 + overscanRows);
    expect(visibleRange({ scrollTop: 245 * rowHeight, scrollLeft: 0, height, width: 0 }, 250, 24).rowEnd).toBe(250);
  });

  it('draws only the columns in view once the width is known', () => {
    const width = firstColWidth + 5 * colWidth;
    const range = visibleRange({ scrollTop: 0, scrollLeft: 50 * colWidth, height: 400, width }, 250, 240);
    expect(range.colStart).toBe(50 - overscanCols);
    expect(range.colEnd).toBe(56 + overscanCols);
  });
});
