import { Held, totalBreaks, type Board } from './replanBoard';
import { explainReplan } from './replanExplain';
import type { Start } from './replanStart';
import type { ReplanChange, ReplanResult } from './replanTypes';
import type { PlannedMeeting } from './types';

/**
 * Breaks of the plan on the floor, counted as breaks.ts counts them from the
 * slots `seatCurrent` read (meetings of requests or slots the instance lacks
 * are ignored, as there).
 */
export const breaksOfCurrent = (start: Start): number => {
  const { m } = start.bd;
  const { S } = m;
  const on = new Uint8Array(m.P * S);
  for (let r = 0; r < m.R; r++) {
    const s = start.originSlot[r] ?? -1;
    if (s < 0) continue;
    on[(m.a[r] ?? 0) * S + s] = 1;
    on[(m.b[r] ?? 0) * S + s] = 1;
  }
  let total = 0;
  for (let p = 0; p < m.P; p++) {
    let runs = 0;
    for (let s = 0; s < S; s++) if (on[p * S + s] && (s === 0 || !on[p * S + s - 1])) runs++;
    if (runs > 1) total += runs - 1;
  }
  return total;
};

/**
 * The re-made plan as the desk reads it: the meetings by slot then table,
 * the changes (drops first, then moves, then additions, each in time order
 * so they read like the day), a reason for every request left out, and the
 * figures.
 */
export const assemble = (start: Start, breaksBefore: number, ms: () => number): ReplanResult => {
  const { bd } = start;
  const { m } = bd;
  const { instance } = m;
  // The table grid is already in slot-then-table order.
  const held: number[] = [];
  for (const r of bd.cell) if (r > 0) held.push(r - 1);
  // A meeting that stays where it was is handed back as the same object: most of a large plan does.
  const meetingOf = (r: number): PlannedMeeting => {
    const slotId = instance.slots[bd.slotOf[r] ?? 0]?.id ?? '';
    const tableId = instance.tables[bd.tableOf[r] ?? 0]?.id ?? '';
    const from = start.origin[r];
    return from !== undefined && from.slotId === slotId && from.tableId === tableId ? from : { requestId: instance.requests[r]?.id ?? '', slotId, tableId };
  };
  const meetings = held.map(meetingOf);

  const moved: ReplanChange[] = [];
  const added: ReplanChange[] = [];
  let weight = 0;
  for (const [k, r] of held.entries()) {
    weight += m.w[r] ?? 0;
    const meeting = meetings[k] ?? meetingOf(r);
    if (bd.held[r] === Held.added) added.push({ kind: 'added', meeting });
    const from = start.origin[r];
    if (bd.held[r] === Held.kept && from !== undefined && (from.slotId !== meeting.slotId || from.tableId !== meeting.tableId)) {
      moved.push({ kind: 'moved', requestId: meeting.requestId, from: { slotId: from.slotId, tableId: from.tableId }, to: { slotId: meeting.slotId, tableId: meeting.tableId } });
    }
  }
  const dropped = start.changes.filter((c) => c.kind === 'dropped');
  const changes = [...dropped, ...start.changes.filter((c) => c.kind === 'moved'), ...moved, ...added];
  const unscheduled = [];
  for (let r = 0; r < m.R; r++) if ((bd.slotOf[r] ?? -1) < 0) unscheduled.push(explainReplan(bd, r));
  const breaks = totalBreaks(bd);
  return {
    meetings,
    changes,
    unscheduled,
    notices: start.notices,
    fixedMeetings: start.fixed,
    stats: {
      held: held.length,
      weight,
      added: added.length,
      moved: changes.length - added.length - dropped.length,
      dropped: dropped.length,
      breaks,
      breakChange: breaks - breaksBefore,
      ms: ms(),
    },
  };
};

/** A kept meeting that no longer fits anywhere leaves the plan, with the cell it had. */
export const dropDisplaced = (start: Start, bd: Board, r: number): void => {
  const from = start.origin[r];
  if (from === undefined) return;
  start.changes.push({ kind: 'dropped', requestId: from.requestId, from: { slotId: from.slotId, tableId: from.tableId }, reason: 'no-longer-fits' });
  bd.origSlot[r] = -1;
};
