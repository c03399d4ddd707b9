import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { GRID_LAYOUT } from './layout';

/**
 * The grid's own virtualiser: only the rows (and columns) inside the scroll
 * viewport, plus a margin, are in the DOM. Sizes are fixed (GRID_LAYOUT), so
 * the visible range follows from the scroll offsets by arithmetic.
 */

/** Half-open index ranges: rows `[rowStart, rowEnd)`, columns `[colStart, colEnd)`. */
export type VirtualRange = { rowStart: number; rowEnd: number; colStart: number; colEnd: number };

export type Viewport = { scrollTop: number; scrollLeft: number; height: number; width: number };

const clamp = (n: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, n));

export const visibleRange = (viewport: Viewport, rowCount: number, colCount: number, layout = GRID_LAYOUT): VirtualRange => {
  const bodyHeight = Math.max(0, viewport.height - layout.headerHeight);
  const firstRow = Math.floor(viewport.scrollTop / layout.rowHeight);
  const rowsShown = Math.ceil(bodyHeight / layout.rowHeight) + 1;
  const rowStart = clamp(firstRow - layout.overscanRows, 0, rowCount);
  const rowEnd = clamp(firstRow + rowsShown + layout.overscanRows, rowStart, rowCount);
  // Before the width is known (first paint, jsdom) every column is drawn: 24 slots are cheap, and a blank grid is worse.
  if (viewport.width <= 0) return { rowStart, rowEnd, colStart: 0, colEnd: colCount };
  const bodyWidth = Math.max(0, viewport.width - layout.firstColWidth);
  const firstCol = Math.floor(viewport.scrollLeft / layout.colWidth);
  const colsShown = Math.ceil(bodyWidth / layout.colWidth) + 1;
  const colStart = clamp(firstCol - layout.overscanCols, 0, colCount);
  const colEnd = clamp(firstCol + colsShown + layout.overscanCols, colStart, colCount);
  return { rowStart, rowEnd, colStart, colEnd };
};

const NOTHING: VirtualRange = { rowStart: 0, rowEnd: 0, colStart: 0, colEnd: 0 };

const sameRange = (a: VirtualRange, b: VirtualRange) => a.rowStart === b.rowStart && a.rowEnd === b.rowEnd && a.colStart === b.colStart && a.colEnd === b.colEnd;

/**
 * Tracks the visible range of the scroll container `ref`. Scrolling within
 * the same range sets no state, so a scroll that reveals no new row renders
 * nothing.
 */
export const useVirtualRange = (ref: RefObject<HTMLDivElement | null>, height: number, rowCount: number, colCount: number) => {
  // Nothing on the first render: the layout effect measures the width and sets the range before the first paint,
  // so the columns beyond the viewport are never built just to be thrown away.
  const [range, setRange] = useState<VirtualRange>(NOTHING);
  const width = useRef(0);
  const update = useCallback(() => {
    const el = ref.current;
    if (!el) return;
    const next = visibleRange({ scrollTop: el.scrollTop, scrollLeft: el.scrollLeft, height, width: width.current }, rowCount, colCount);
    setRange((prev) => (sameRange(prev, next) ? prev : next));
  }, [ref, height, rowCount, colCount]);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      width.current = el.clientWidth;
      update();
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, update]);

  /** Brings a cell to the middle of the viewport (定位). */
  const scrollToCell = useCallback(
    (row: number, col: number) => {
      const el = ref.current;
      if (!el) return;
      const { rowHeight, colWidth, headerHeight, firstColWidth } = GRID_LAYOUT;
      el.scrollTop = Math.max(0, row * rowHeight - (height - headerHeight - rowHeight) / 2);
      if (width.current > 0) el.scrollLeft = Math.max(0, col * colWidth - (width.current - firstColWidth - colWidth) / 2);
      // Setting the offsets fires `scroll` later (and never in jsdom): compute the range now.
      update();
    },
    [ref, height, update],
  );

  return { range, onScroll: update, scrollToCell };
};
