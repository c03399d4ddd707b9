import { createBoard, Held, orderOk, place, type Board } from './replanBoard';
import type { ReplanModel } from './replanModel';
import { sortByKey } from './replanSort';
import type { DropReason, ReplanChange, ReplanInput } from './replanTypes';
import type { PlannedMeeting } from './types';

export type Start = {
  bd: Board;
  /** The meeting `current` had for each request (its first, if it listed one twice). */
  origin: (PlannedMeeting | undefined)[];
  /** Its slot, −1 for none (or one the instance lacks). */
  originSlot: Int32Array;
  changes: ReplanChange[];
  /** Open meetings of `current` that break a rule now, heaviest first: to move, else drop. */
  displaced: number[];
  notices: { requestId: string; message: string }[];
  /** Frozen and locked meetings, as they stand. */
  fixed: PlannedMeeting[];
};

/**
 * Seats the plan on the floor: locked meetings where the instance locks them
 * (the organiser's word beats a stale `current`), frozen meetings exactly as
 * they are, then every open meeting that is still wanted and still fits,
 * heaviest first so that when a lowered limit or a new lock forces a choice
 * the lighter meeting is the one that has to move. Absent people's and
 * cancelled open meetings are dropped here.
 */
export const seatCurrent = (m: ReplanModel, input: ReplanInput): Start => {
  const bd = createBoard(m);
  const start: Start = { bd, origin: new Array<PlannedMeeting | undefined>(m.R), originSlot: new Int32Array(m.R).fill(-1), changes: [], displaced: [], notices: [], fixed: [] };
  seatLocked(start, m);
  const candidates: number[] = [];
  for (const meeting of input.current) {
    const r = m.requestIndex.get(meeting.requestId);
    if (r === undefined) {
      drop(start, meeting, 'withdrawn');
      continue;
    }
    if (start.origin[r] !== undefined) continue;
    start.origin[r] = meeting;
    const s = m.slotIndex.get(meeting.slotId) ?? -1;
    const t = m.tableIndex.get(meeting.tableId) ?? -1;
    start.originSlot[r] = s;
    if (bd.held[r] === Held.locked) {
      const lockedAt = { slotId: m.instance.slots[bd.slotOf[r] ?? 0]?.id ?? '', tableId: m.instance.tables[bd.tableOf[r] ?? 0]?.id ?? '' };
      if (lockedAt.slotId !== meeting.slotId || lockedAt.tableId !== meeting.tableId) start.changes.push({ kind: 'moved', requestId: meeting.requestId, from: cellOf(meeting), to: lockedAt });
    } else if (s >= 0 && s < m.open) {
      seatFrozen(start, m, r, s, t, meeting);
    } else if (m.cancelled[r]) {
      drop(start, meeting, 'cancelled');
    } else if (m.absent[m.a[r] ?? 0] || m.absent[m.b[r] ?? 0]) {
      drop(start, meeting, 'absent');
    } else {
      candidates.push(r);
    }
  }
  for (const r of candidates) {
    bd.origSlot[r] = start.originSlot[r] ?? -1;
    bd.origTable[r] = m.tableIndex.get(start.origin[r]?.tableId ?? '') ?? -1;
  }
  for (const r of heaviestFirst(bd, candidates)) {
    const s = bd.origSlot[r] ?? -1;
    const t = bd.origTable[r] ?? -1;
    if (fitsAt(bd, r, s, t)) place(bd, r, s, t, Held.kept);
    else start.displaced.push(r);
  }
  return start;
};

/** Heaviest first, then by slot (unknown slots last), then as listed. */
const heaviestFirst = (bd: Board, list: readonly number[]): number[] => {
  const { m } = bd;
  const span = m.S + 1;
  return sortByKey(list, 3 * span, (r) => (3 - (m.w[r] ?? 3)) * span + ((bd.origSlot[r] ?? -1) < 0 ? m.S : (bd.origSlot[r] ?? 0)));
};

const cellOf = (meeting: PlannedMeeting) => ({ slotId: meeting.slotId, tableId: meeting.tableId });

const drop = (start: Start, meeting: PlannedMeeting, reason: DropReason) => {
  start.changes.push({ kind: 'dropped', requestId: meeting.requestId, from: cellOf(meeting), reason });
};

/** Locks were validated against each other by parseInstance; one that still collides is skipped rather than double-booked. */
const seatLocked = (start: Start, m: ReplanModel) => {
  const { bd } = start;
  for (const lock of m.instance.locked ?? []) {
    const r = m.requestIndex.get(lock.requestId);
    const s = m.slotIndex.get(lock.slotId);
    const t = m.tableIndex.get(lock.tableId);
    if (r === undefined || s === undefined || t === undefined || bd.held[r] !== Held.none || !cellFree(bd, r, s, t)) continue;
    place(bd, r, s, t, Held.locked);
    start.fixed.push({ requestId: lock.requestId, slotId: lock.slotId, tableId: lock.tableId });
    if (s < m.open) continue;
    const gone = [m.a[r] ?? 0, m.b[r] ?? 0].find((p) => m.absent[p]);
    if (m.cancelled[r]) start.notices.push({ requestId: lock.requestId, message: `约谈“${lock.requestId}”已锁定，取消后仍保留在排期中；解锁后才会移出` });
    else if (gone !== undefined) {
      start.notices.push({ requestId: lock.requestId, message: `“${m.instance.participants[gone]?.id ?? ''}”已离场，但约谈“${lock.requestId}”已锁定，仍保留在排期中；解锁后才会移出` });
    }
  }
};

/**
 * A past or running meeting is history: it stays whatever the instance says
 * now. Only one that collides with a locked or another frozen meeting (which
 * a plan that passed checkPlan never has) cannot be seated.
 */
const seatFrozen = (start: Start, m: ReplanModel, r: number, s: number, t: number, meeting: PlannedMeeting) => {
  if (t < 0 || !cellFree(start.bd, r, s, t)) {
    drop(start, meeting, 'no-longer-fits');
    return;
  }
  place(start.bd, r, s, t, Held.frozen);
  start.fixed.push({ requestId: meeting.requestId, slotId: meeting.slotId, tableId: meeting.tableId });
  if (m.cancelled[r]) start.notices.push({ requestId: meeting.requestId, message: `约谈“${meeting.requestId}”已开始或已结束，取消不改变排期` });
};

const cellFree = (bd: Board, r: number, s: number, t: number): boolean => {
  const { S, T } = bd.m;
  return bd.cell[s * T + t] === 0 && bd.occ[(bd.m.a[r] ?? 0) * S + s] === 0 && bd.occ[(bd.m.b[r] ?? 0) * S + s] === 0;
};

/** Whether an open meeting of `current` keeps every rule of the instance as it is now, beside what is already seated. */
const fitsAt = (bd: Board, r: number, s: number, t: number): boolean => {
  const { m } = bd;
  if (s < m.open || t < 0 || m.hostsDiffer[r] || !m.inDom[r * m.S + s]) return false;
  const h = m.need[r] ?? -1;
  if (h >= 0 && h !== t) return false;
  const pa = m.a[r] ?? 0;
  const pb = m.b[r] ?? 0;
  if ((bd.nMeet[pa] ?? 0) >= (m.cap[pa] ?? 0) || (bd.nMeet[pb] ?? 0) >= (m.cap[pb] ?? 0)) return false;
  return cellFree(bd, r, s, t) && orderOk(bd, r, s, -1, -1);
};
