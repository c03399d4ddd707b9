import { afterPaint, longTasks, nextFrame, now } from './frames';
import type { ScrollRun, ScrollSample } from './protocol';

/**
 * Scrolls the participants table the two ways an organiser does, one step
 * per animation frame, and keeps the frame-to-frame times: dragging the
 * scrollbar from top to bottom (scrollTop in fixed steps), and turning the
 * mouse wheel (wheel events on the virtual list's holder, which handles them
 * itself: it prevents the native scroll and moves its own offset).
 */
const TAIL_FRAMES = 10;

const rowsIn = (list: Element) => list.querySelectorAll('.ant-table-row').length;

/**
 * `step(i)` for i = 1…steps, one per frame, then 10 more frames; with
 * `hold`, the last step is repeated in those, as a hand holding the thumb
 * at the bottom keeps it there: the virtual list writes back the scrollTop
 * of each scroll event it handles, so a frame that lags can put back the
 * previous step after the last one was set.
 */
const run = async (list: Element, tasks: ReturnType<typeof longTasks>, steps: number, hold: boolean, step: (i: number) => void): Promise<ScrollRun> => {
  const holder = holderOf(list);
  const frameMs: number[] = [];
  let maxRows = rowsIn(list);
  const started = now();
  let last = await nextFrame();
  for (let i = 1; i <= steps + TAIL_FRAMES; i++) {
    if (i <= steps || hold) step(Math.min(i, steps));
    const at = await nextFrame();
    frameMs.push(at - last);
    last = at;
    maxRows = Math.max(maxRows, rowsIn(list));
  }
  await afterPaint();
  return { frameMs, maxRows, endTop: holder.scrollTop, maxTop: holder.scrollHeight - holder.clientHeight, longTasksMs: tasks.between(started, now()) };
};

export const holderOf = (list: Element): HTMLElement => {
  const holder = list.querySelector<HTMLElement>('.ant-table-tbody-virtual-holder');
  if (!holder) throw new Error('no virtual table holder: is the table still virtual?');
  return holder;
};

/** Back to the top, and wait until the list has rendered it. */
export const scrollToTop = async (list: Element): Promise<void> => {
  const holder = holderOf(list);
  holder.scrollTop = 0;
  for (let i = 0; i < 3; i++) await afterPaint();
  if (holder.scrollTop !== 0) throw new Error(`could not scroll back to the top (scrollTop ${holder.scrollTop})`);
};

export const scrollBench = async (list: Element, tasks: ReturnType<typeof longTasks>, params: { jumpSteps: number; wheelFrames: number; wheelDeltaPx: number }): Promise<ScrollSample> => {
  await scrollToTop(list);
  const holder = holderOf(list);
  const firstRow = list.querySelector<HTMLElement>('.ant-table-row');
  if (!firstRow) throw new Error('no rows to scroll');
  const rowHeight = firstRow.getBoundingClientRect().height;
  const fits = Math.ceil(holder.clientHeight / rowHeight);

  // The virtual list measures the rows it renders, so the scroll height moves as it goes: each step aims at
  // its share of the height as it is now, the last one at the very bottom.
  const jump = await run(list, tasks, params.jumpSteps, true, (i) => {
    holder.scrollTop = i === params.jumpSteps ? holder.scrollHeight : Math.round(((holder.scrollHeight - holder.clientHeight) * i) / params.jumpSteps);
  });
  const rows = list.querySelectorAll('.ant-table-row');
  const lastRowText = rows[rows.length - 1]?.querySelector('.ant-table-cell')?.textContent ?? '';

  await scrollToTop(list);
  const wheel = await run(list, tasks, params.wheelFrames, false, () => {
    holder.dispatchEvent(new WheelEvent('wheel', { deltaY: params.wheelDeltaPx, deltaMode: WheelEvent.DOM_DELTA_PIXEL, bubbles: true, cancelable: true }));
  });
  await scrollToTop(list);
  return { rowHeight, fits, jump, wheel, lastRowText };
};
