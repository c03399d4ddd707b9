import Dexie from 'dexie';
import { afterPaint, longTasks, now, sleep, waitForDom } from '../registry/frames';
import { cellAt, cellInfo, dragEvent, regions, renderedFrame, type CellInfo } from './gridDom';
import type { MoveSample } from './protocol';

/**
 * A move committed by drag and drop: drop → `moveMeeting` (one transaction
 * that re-reads the fair and checks the move) → Dexie's live query re-reads
 * meetings and requests → the model is derived again → the card is drawn in
 * its new cell. Each card goes to a free table in its own round (allowed
 * unless a side is bound to a booth), then back.
 */
const TIMEOUT_MS = 30_000;
const QUIET_MS = 300;

/** Resolves when Dexie reports a committed write to the meetings table. */
const meetingsWritten = (): Promise<number> =>
  new Promise((resolve) => {
    const listener = (parts: Record<string, unknown>) => {
      if (!Object.keys(parts).some((k) => k.includes('/meetings/'))) return;
      Dexie.on.storagemutated.unsubscribe(listener);
      resolve(now());
    };
    Dexie.on.storagemutated.subscribe(listener);
  });

/** Hovers the cell first, as a drop is always preceded by a hover: the verdict tells whether the move is allowed. */
const allowed = async (grid: HTMLElement, card: HTMLElement, target: CellInfo): Promise<boolean> => {
  const data = new DataTransfer();
  card.dispatchEvent(dragEvent('dragstart', card, data));
  target.el.dispatchEvent(dragEvent('dragover', target.el, data));
  await afterPaint();
  const ok = target.el.dataset.drop === 'ok';
  card.dispatchEvent(dragEvent('dragend', card, data));
  await afterPaint();
  return ok && grid.contains(card);
};

const drop = async (grid: HTMLElement, tasks: ReturnType<typeof longTasks>, meetingId: string, to: { tableId: string; slotId: string }): Promise<MoveSample> => {
  const card = grid.querySelector<HTMLElement>(`[data-meeting="${meetingId}"]`);
  const target = cellAt(grid, to.tableId, to.slotId);
  if (!card || !target) throw new Error(`card ${meetingId} or cell ${to.tableId} ${to.slotId} not drawn`);
  const data = new DataTransfer();
  card.dispatchEvent(dragEvent('dragstart', card, data));
  target.dispatchEvent(dragEvent('dragover', target, data));
  await afterPaint();
  const written = meetingsWritten();
  const there = () => cellAt(grid, to.tableId, to.slotId)?.querySelector(`[data-meeting="${meetingId}"]`) != null;
  let dom: Promise<number> | undefined;
  const t0 = (
    await renderedFrame(() => {
      dom = waitForDom(grid, there, TIMEOUT_MS, `meeting ${meetingId} in ${to.tableId} ${to.slotId}`);
      target.dispatchEvent(dragEvent('drop', target, data));
      card.dispatchEvent(dragEvent('dragend', card, data));
    })
  ).start;
  const domAt = await (dom as Promise<number>);
  const writeAt = await written;
  const painted = await afterPaint();
  return { writeMs: writeAt - t0, domMs: domAt - t0, paintedMs: painted - t0, longTasksMs: tasks.between(t0, painted) };
};

export const moveRoundTrips = async (grid: HTMLElement, tasks: ReturnType<typeof longTasks>, count: number): Promise<MoveSample[]> => {
  const samples: MoveSample[] = [];
  for await (const view of regions(grid)) {
    const cells = view.map(cellInfo);
    for (const free of cells.filter((c) => c.meetingId === undefined)) {
      const card = cells.find((c) => c.slotId === free.slotId && c.meetingId !== undefined && !c.locked);
      const cardEl = card?.el.querySelector<HTMLElement>('[data-meeting]');
      if (!card || !cardEl || !(await allowed(grid, cardEl, free))) continue;
      const id = card.meetingId as string;
      samples.push(await drop(grid, tasks, id, free));
      await sleep(QUIET_MS);
      samples.push(await drop(grid, tasks, id, card));
      await sleep(QUIET_MS);
      if (samples.length >= count) return samples;
    }
  }
  throw new Error(`only ${samples.length} of ${count} moves found a free cell`);
};
