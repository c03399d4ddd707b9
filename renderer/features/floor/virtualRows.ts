import { useCallback, useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The board's virtualiser: rows have one fixed height, so the rows in view
 * follow from the scroll offset by arithmetic, and only those (plus a
 * margin) are in the DOM, whether the hall has 50 tables or 250.
 */
export type RowWindow = { start: number; end: number };

const OVERSCAN = 6;

export const rowWindow = (scrollTop: number, height: number, rowHeight: number, rowCount: number): RowWindow => {
  const first = Math.floor(scrollTop / rowHeight);
  const shown = Math.ceil(height / rowHeight) + 1;
  const start = Math.max(0, Math.min(rowCount, first - OVERSCAN));
  return { start, end: Math.max(start, Math.min(rowCount, first + shown + OVERSCAN)) };
};

/**
 * Tracks the rows in view of the scroll container `ref`; a scroll that reveals no new row sets no state.
 * The first render uses `expectedHeight` (what the container's CSS makes its height), and the container
 * is first measured by a ResizeObserver, after the browser's own layout: reading its size while
 * mounting would force a second layout of the whole page (60 ms when 现场 opens).
 */
export const useRowWindow = (ref: RefObject<HTMLDivElement | null>, rowHeight: number, rowCount: number, expectedHeight: number) => {
  const [range, setRange] = useState<RowWindow>(() => rowWindow(0, expectedHeight, rowHeight, rowCount));
  const update = useCallback(() => {
    const el = ref.current;
    if (!el) return;
    const next = rowWindow(el.scrollTop, el.clientHeight, rowHeight, rowCount);
    setRange((prev) => (prev.start === next.start && prev.end === next.end ? prev : next));
  }, [ref, rowHeight, rowCount]);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver(update);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, update]);
  return { range, onScroll: update };
};
