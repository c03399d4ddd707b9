import { create } from 'zustand';
import type { Meeting } from '@shared/model';

/**
 * Meetings this window has just written, as their transaction committed
 * them. The schedule's live query re-reads every meeting of the fair after
 * each write (several hundred ms at 6,000 meetings); until it has, the model
 * takes the committed rows from here, so a moved card is drawn in its new
 * cell as soon as the write is done. Never a guess: only rows a write
 * returned, and the stored row wins as soon as a read has it or a later
 * version of it (say another window's).
 */
type Pending = { meeting: Meeting; misses: number };

export type CommittedMeetings = {
  rows: ReadonlyMap<string, Pending>;
  add(meeting: Meeting): void;
  /** Called with every read of the live query: drops the rows it has caught up with. */
  settle(stored: readonly Meeting[]): void;
};

/**
 * A read that started before the write committed can still arrive after it,
 * without the row; the read Dexie starts on the commit has it. A row missing
 * from two reads in a row was deleted since (tombstones are not read).
 */
const MISSES_BEFORE_GONE = 2;

export const useCommittedMeetings = create<CommittedMeetings>()((set, get) => ({
  rows: new Map(),
  add: (meeting) => set({ rows: new Map(get().rows).set(meeting.id, { meeting, misses: 0 }) }),
  settle: (stored) => {
    const { rows } = get();
    if (rows.size === 0) return;
    const byId = new Map(stored.map((m) => [m.id, m]));
    const next = new Map<string, Pending>();
    for (const [id, p] of rows) {
      const read = byId.get(id);
      if (read) {
        if (read.updatedAt < p.meeting.updatedAt) next.set(id, p);
      } else if (!p.meeting.deleted && p.misses + 1 < MISSES_BEFORE_GONE) next.set(id, { ...p, misses: p.misses + 1 });
    }
    set({ rows: next });
  },
}));

/** The stored meetings with the committed rows a read has not caught up with in their place; the same array when there are none. */
export const withCommitted = (stored: Meeting[], rows: ReadonlyMap<string, Pending>, eventId: string): Meeting[] => {
  if (rows.size === 0) return stored;
  let changed = false;
  const seen = new Set<string>();
  const merged = stored.flatMap((m) => {
    seen.add(m.id);
    const mine = rows.get(m.id)?.meeting;
    if (!mine || mine.updatedAt <= m.updatedAt) return [m];
    changed = true;
    return mine.deleted ? [] : [mine];
  });
  for (const [id, { meeting }] of rows) {
    if (seen.has(id) || meeting.deleted || meeting.eventId !== eventId) continue;
    changed = true;
    merged.push(meeting);
  }
  return changed ? merged : stored;
};
