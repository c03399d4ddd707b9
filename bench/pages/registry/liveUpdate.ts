import type { DeskDatabase } from '../../../renderer/db/database';
import { updateRecord } from '../../../renderer/db/registry';
import { afterPaint, longTasks, now, waitForDom } from './frames';
import type { LiveUpdateSample } from './protocol';
import { scrollToTop } from './scrollBench';

/**
 * A change made elsewhere while the list is on screen (the check-in desk, an
 * edit in the drawer): the title (职务) of the first person in view goes
 * through the app's own `updateRecord`, and the clock runs until that row
 * shows it. Dexie's live query then re-reads the registry and the list
 * re-renders, which is what the time measures beyond the write.
 */
const TIMEOUT_MS = 30_000;

/** What each person's title was before the first change, to put it back. */
const original = new Map<string, string | undefined>();

export const liveUpdate = async (db: DeskDatabase, list: Element, tasks: ReturnType<typeof longTasks>, marker: string | undefined): Promise<LiveUpdateSample> => {
  await scrollToTop(list);
  const row = list.querySelector<HTMLElement>('.ant-table-row[data-row-key]');
  const id = row?.dataset.rowKey;
  if (!id) throw new Error('no row with a key in view');
  const current = await db.participants.get(id);
  if (!current) throw new Error(`participant ${id} not in the database`);
  if (!original.has(id)) original.set(id, current.title);
  const title = marker ?? original.get(id);
  const { id: _id, eventId: _e, createdAt: _c, updatedAt: _u, deleted: _d, fieldStamps: _f, ...fields } = current;
  const before = current.title ?? '';
  if (marker === undefined ? before === '' : before.includes(marker)) throw new Error(`nothing to change: the title is “${before}”`);
  const shows = () => {
    const text = list.querySelector(`.ant-table-row[data-row-key="${id}"]`)?.textContent ?? '';
    return text !== '' && (marker !== undefined ? text.includes(marker) : !text.includes(before));
  };

  const t0 = now();
  const visible = waitForDom(list, shows, TIMEOUT_MS, `the row of ${id} to show its new title`);
  const result = await updateRecord(db, 'participants', id, { ...fields, title });
  const written = now();
  if (!result.ok) throw new Error(`updateRecord refused: ${result.issues[0]?.message ?? ''}`);
  const dom = await visible;
  const painted = await afterPaint();
  return { writeMs: written - t0, domMs: dom - t0, paintedMs: painted - t0, longTasksMs: tasks.between(t0, painted) };
};
