import { afterPaint, waitForDom } from '../registry/frames';
import { cellInfo, dragEvent, regions, renderedFrame, type CellInfo } from './gridDom';
import type { HoverSample } from './protocol';

/**
 * A card dragged across the grid: each dragover on a new cell asks the move
 * check (for a free cell) and redraws the cell left and the cell entered and
 * the status line above the grid. The dragover is dispatched at the start of
 * a frame, where Chromium delivers input, and the clock stops when that
 * frame has been rendered with the verdict or, if the verdict missed it, the
 * next one.
 *
 * The plan leaves few cells free, so the drag goes region by region: in each
 * view a card is picked up and taken over every free cell in view and every
 * third occupied one, in a snake order.
 */
const TIMEOUT_MS = 5_000;
const OCCUPIED_EVERY = 3;

const snake = (cells: readonly CellInfo[]): CellInfo[] => {
  const rows = new Map<string, CellInfo[]>();
  for (const c of cells) (rows.get(c.tableId) ?? rows.set(c.tableId, []).get(c.tableId))?.push(c);
  return [...rows.values()].flatMap((row, i) => (i % 2 === 0 ? row : [...row].reverse()));
};

const hoverOnce = async (grid: HTMLElement, target: CellInfo, data: DataTransfer): Promise<HoverSample> => {
  let dom: Promise<number> | undefined;
  const frame = await renderedFrame(() => {
    dom = waitForDom(grid, () => target.el.dataset.drop !== undefined, TIMEOUT_MS, `the verdict on ${target.tableId} ${target.slotId}`);
    target.el.dispatchEvent(dragEvent('dragover', target.el, data));
  });
  const domAt = await (dom as Promise<number>);
  // Committed after the frame's rendering: it shows in a later frame.
  const rendered = domAt <= frame.rendered ? frame.rendered : (await renderedFrame()).rendered;
  return { domMs: domAt - frame.start, paintedMs: rendered - frame.start, ok: target.el.dataset.drop === 'ok', occupied: target.meetingId !== undefined };
};

export const dragHover = async (grid: HTMLElement, count: number): Promise<HoverSample[]> => {
  const samples: HoverSample[] = [];
  for await (const view of regions(grid)) {
    const cells = snake(view.map(cellInfo));
    const card = cells.find((c) => c.meetingId !== undefined && !c.locked);
    const cardEl = card?.el.querySelector<HTMLElement>('[data-meeting]');
    if (!card || !cardEl) continue;
    const path = cells.filter((c, i) => c !== card && (c.meetingId === undefined || i % OCCUPIED_EVERY === 0));
    const data = new DataTransfer();
    cardEl.dispatchEvent(dragEvent('dragstart', cardEl, data));
    await afterPaint();
    for (const target of path) {
      if (samples.length >= count) break;
      samples.push(await hoverOnce(grid, target, data));
    }
    cardEl.dispatchEvent(dragEvent('dragend', cardEl, data));
    await afterPaint();
    if (grid.querySelector('[data-drop]')) throw new Error('a drop hint stayed after the drag ended');
    if (samples.length >= count) return samples;
  }
  throw new Error(`only ${samples.length} of ${count} hovers: the grid ran out`);
};
