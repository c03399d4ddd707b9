import { deriveSlots } from '@shared/model';
import { GRID_LAYOUT } from '../../../renderer/features/schedule/grid/layout';
import { afterPaint, longTasks, nextFrame, now } from '../registry/frames';
import { GRID_EVENT } from './seed';
import type { ScrollParams, ScrollRun, ScrollSample } from './protocol';

/**
 * Scrolls the grid as an organiser drags its scrollbars, one step per
 * animation frame: down through all 250 tables, across all 24 slots, and
 * back diagonally to the top-left corner. Keeps the frame-to-frame times
 * and, at each step, whether the frame about to be painted has every row
 * and column of the viewport in the DOM: the offset set in a frame is
 * painted in that frame, while the grid only hears of it by the scroll
 * event of the next one, so its overscan must cover the gap.
 */
const TAIL_FRAMES = 10;
const { rowHeight, colWidth, headerHeight, firstColWidth } = GRID_LAYOUT;
const slotIds = deriveSlots(GRID_EVENT).map((s) => s.id);

type Position = { top: number; left: number };

/** Rows and columns the viewport shows at the grid's current offsets. */
const inView = (grid: HTMLElement) => {
  const rowFirst = Math.floor(grid.scrollTop / rowHeight);
  const rowLast = Math.floor((grid.scrollTop + grid.clientHeight - headerHeight - 1) / rowHeight);
  const colFirst = Math.floor(grid.scrollLeft / colWidth);
  const colLast = Math.min(slotIds.length - 1, Math.floor((grid.scrollLeft + grid.clientWidth - firstColWidth - 1) / colWidth));
  return { rowFirst, rowLast, colFirst, colLast };
};

const covered = (grid: HTMLElement, v: ReturnType<typeof inView>, rows: number) => {
  for (const r of [v.rowFirst, Math.min(rows - 1, v.rowLast)]) {
    const row = grid.querySelector(`[role="row"][aria-rowindex="${r + 2}"]`);
    if (!row) return false;
    for (const c of [v.colFirst, v.colLast]) if (!row.querySelector(`[data-slot="${slotIds[c] ?? ''}"]`)) return false;
  }
  return true;
};

const sweep = async (grid: HTMLElement, tasks: ReturnType<typeof longTasks>, from: Position, to: Position, steps: number, rows: number): Promise<ScrollRun> => {
  grid.scrollTop = from.top;
  grid.scrollLeft = from.left;
  for (let i = 0; i < 3; i++) await afterPaint();
  const frameMs: number[] = [];
  let blankFrames = 0;
  let maxCells = 0;
  const seenRows: [number, number] = [Infinity, -Infinity];
  const seenCols: [number, number] = [Infinity, -Infinity];
  const started = now();
  let last = await nextFrame();
  for (let i = 1; i <= steps + TAIL_FRAMES; i++) {
    const at = await nextFrame();
    frameMs.push(at - last);
    last = at;
    const k = Math.min(i, steps) / steps;
    grid.scrollTop = Math.round(from.top + (to.top - from.top) * k);
    grid.scrollLeft = Math.round(from.left + (to.left - from.left) * k);
    const v = inView(grid);
    if (!covered(grid, v, rows)) blankFrames++;
    seenRows[0] = Math.min(seenRows[0], v.rowFirst);
    seenRows[1] = Math.max(seenRows[1], Math.min(rows - 1, v.rowLast));
    seenCols[0] = Math.min(seenCols[0], v.colFirst);
    seenCols[1] = Math.max(seenCols[1], v.colLast);
    maxCells = Math.max(maxCells, grid.querySelectorAll('[data-cell]').length);
  }
  await afterPaint();
  return { frameMs, blankFrames, maxCells, longTasksMs: tasks.between(started, now()), rowsSeen: seenRows, colsSeen: seenCols };
};

export const scrollGrid = async (grid: HTMLElement, tasks: ReturnType<typeof longTasks>, params: ScrollParams, rows: number): Promise<ScrollSample> => {
  const bottom = grid.scrollHeight - grid.clientHeight;
  const right = grid.scrollWidth - grid.clientWidth;
  const vertical = await sweep(grid, tasks, { top: 0, left: 0 }, { top: bottom, left: 0 }, params.verticalSteps, rows);
  const horizontal = await sweep(grid, tasks, { top: Math.round(bottom / 2), left: 0 }, { top: Math.round(bottom / 2), left: right }, params.horizontalSteps, rows);
  const diagonal = await sweep(grid, tasks, { top: bottom, left: right }, { top: 0, left: 0 }, params.diagonalSteps, rows);
  return { vertical, horizontal, diagonal, viewport: { width: grid.clientWidth, height: grid.clientHeight } };
};
