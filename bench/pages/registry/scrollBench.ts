import { afterPaint, nextFrame } from './frames';
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

const run = async (list: Element, steps: number, step: (i: number) => void): Promise<ScrollRun> => {
  const holder = holderOf(list);
  const frameMs: number[] = [];
  let maxRows = rowsIn(list);
  let last = await nextFrame();
  for (let i = 1; i <= steps + TAIL_FRAMES; i++) {
    if (i <= steps) step(i);
    const at = await nextFrame();
    frameMs.push(at - last);
    last = at;
    maxRows = Math.max(maxRows, rowsIn(list));
  }
  await afterPaint();
  return { frameMs, maxRows, endTop: holder.scrollTop, maxTop: holder.scrollHeight - holder.clientHeight };
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

export const scrollBench = async (list: Element, params: { jumpSteps: number; wheelFrames: number; wheelDeltaPx: number }): Promise<ScrollSample> => {
  await scrollToTop(list);
  const holder = holderOf(list);
  const firstRow = list.querySelector<HTMLElement>('.ant-table-row');
  if (!firstRow) throw new Error('no rows to scroll');
  const rowHeight = firstRow.getBoundingClientRect().height;
  const fits = Math.ceil(holder.clientHeight / rowHeight);

  const maxTop = holder.scrollHeight - holder.clientHeight;
  const jump = await run(list, params.jumpSteps, (i) => {
    holder.scrollTop = Math.round((maxTop * i) / params.jumpSteps);
  });
  const rows = list.querySelectorAll('.ant-table-row');
  const lastRowText = rows[rows.length - 1]?.querySelector('.ant-table-cell')?.textContent ?? '';

  await scrollToTop(list);
  const wheel = await run(list, params.wheelFrames, () => {
    holder.dispatchEvent(new WheelEvent('wheel', { deltaY: params.wheelDeltaPx, deltaMode: WheelEvent.DOM_DELTA_PIXEL, bubbles: true, cancelable: true }));
  });
  await scrollToTop(list);
  return { rowHeight, fits, jump, wheel, lastRowText };
};
