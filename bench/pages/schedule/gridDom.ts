import { GRID_LAYOUT } from '../../../renderer/features/schedule/grid/layout';
import { nextFrame, now } from '../registry/frames';

/** Finding things in the drawn grid, by the attributes the grid itself sets (data-cell, data-table, data-slot, data-meeting). */
export const gridOf = (root: ParentNode): HTMLElement => {
  const grid = root.querySelector<HTMLElement>('[data-testid="schedule-grid"]');
  if (!grid) throw new Error('the schedule grid is not on screen');
  return grid;
};

export const cellAt = (grid: Element, tableId: string, slotId: string) => grid.querySelector<HTMLElement>(`[data-cell][data-table="${tableId}"][data-slot="${slotId}"]`);

/** The cell's box lies wholly inside the scroll viewport, right of the sticky 桌号 column and below the sticky header. */
const inView = (grid: HTMLElement, el: Element) => {
  const g = grid.getBoundingClientRect();
  const r = el.getBoundingClientRect();
  return r.left >= g.left + GRID_LAYOUT.firstColWidth && r.right <= g.left + grid.clientWidth && r.top >= g.top + GRID_LAYOUT.headerHeight && r.bottom <= g.top + grid.clientHeight;
};

/** The cells an organiser can see, row by row. */
export const visibleCells = (grid: HTMLElement): HTMLElement[] => [...grid.querySelectorAll<HTMLElement>('[data-cell]')].filter((c) => inView(grid, c));

export type CellInfo = { el: HTMLElement; tableId: string; slotId: string; meetingId: string | undefined; locked: boolean };

export const cellInfo = (el: HTMLElement): CellInfo => {
  const card = el.querySelector<HTMLElement>('[data-meeting]');
  return { el, tableId: el.dataset.table ?? '', slotId: el.dataset.slot ?? '', meetingId: card?.dataset.meeting, locked: card?.dataset.locked === 'true' };
};

/**
 * Resolves once the frame that begins now has been rendered: a task posted
 * from a requestAnimationFrame callback runs after that frame's style,
 * layout and paint. `during` runs inside the callback, at the start of the
 * frame, where Chromium delivers input events.
 */
export const renderedFrame = (during?: () => void): Promise<{ start: number; rendered: number }> =>
  new Promise((resolve) => {
    requestAnimationFrame(() => {
      const start = now();
      during?.();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve({ start, rendered: now() });
      channel.port2.postMessage(null);
    });
  });

/** A drag event as the browser sends it, with a DataTransfer, at the middle of `el`. */
export const dragEvent = (type: string, el: Element, data: DataTransfer): DragEvent => {
  const r = el.getBoundingClientRect();
  return new DragEvent(type, { bubbles: true, cancelable: true, composed: true, dataTransfer: data, clientX: r.left + r.width / 2, clientY: r.top + r.height / 2 });
};

export { nextFrame };

/**
 * Scrolls the grid a viewport at a time (down the tables, alternately at the
 * left and the right end of the slots) and hands over each region once it
 * is drawn: a nearly full grid has only a few free cells in any one view.
 */
export async function* regions(grid: HTMLElement): AsyncGenerator<HTMLElement[]> {
  const step = grid.clientHeight - GRID_LAYOUT.headerHeight;
  const right = grid.scrollWidth - grid.clientWidth;
  for (let top = 0, k = 0; top < grid.scrollHeight - GRID_LAYOUT.headerHeight; top += step, k++) {
    for (const left of k % 2 === 0 ? [0, right] : [right, 0]) {
      grid.scrollTop = top;
      grid.scrollLeft = left;
      await nextFrame();
      await nextFrame();
      await nextFrame();
      yield visibleCells(grid);
    }
  }
}
