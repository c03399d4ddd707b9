import { useCallback, useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The board's virtualiser: rows have one fixed height, so the rows in view
 * follow from the scroll offset by arithmetic, and only those (plus a
 * margin) are in the DOM, whether the hall has 50 tables or 250.
 */
export type RowWindow = { start: number; end: number };

/** Before the viewport is measured (first paint, jsdom): a screenful. */
const FALLBACK_HEIGHT = 720;
const OVERSCAN = 6;

export const rowWindow = (scrollTop: number, height: number, rowHeight: number, rowCount: number): RowWindow => {
  const first = Math.floor(scrollTop / rowHeight);
  const shown = Math.ceil((height > 0 ? height : FALLBACK_HEIGHT) / rowHeight) + 1;
  const start = Math.max(0, Math.min(rowCount, first - OVERSCAN));
  return { start, end: Math.max(start, Math.min(rowCount, first + shown + OVERSCAN)) };
};

/** Tracks the rows in view of the scroll container `ref`; a scroll that reveals no new row sets no state. */
export const useRowWindow = (ref: RefObject<HTMLDivElement | null>, rowHeight: number, rowCount: number) => {
  const [range, setRange] = useState<RowWindow>(() => rowWindow(0, 0, rowHeight, rowCount));
  const update = useCallback(() => {
    const el = ref.current;
    if (!el) return;
    const next = rowWindow(el.scrollTop, el.clientHeight, rowHeight, rowCount);
    setRange((prev) => (prev.start === next.start && prev.end === next.end ? prev : next));
  }, [ref, rowHeight, rowCount]);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    update();
    const observer = new ResizeObserver(update);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, update]);
  return { range, onScroll: update };
};
