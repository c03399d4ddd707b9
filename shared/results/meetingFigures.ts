import { isHeld } from '../floor';
import { MEETING_STATES, type MeetingState } from '../model';
import type { ResultsMeeting } from './input';
import { share } from './tally';
import type { MeetingFigures } from './types';

/** The meetings' figures from their live states (`states`: meeting id → the state it shows now). */
export const meetingFigures = (meetings: readonly ResultsMeeting[], states: ReadonlyMap<string, MeetingState>): MeetingFigures => {
  const byState = Object.fromEntries(MEETING_STATES.map((s) => [s, 0])) as Record<MeetingState, number>;
  let planned = 0;
  for (const m of meetings) {
    const state = states.get(m.id) ?? m.state;
    byState[state] += 1;
    if (m.requestId !== undefined) planned += 1;
  }
  const held = byState['进行中'] + byState['已完成'];
  const noShow = byState['未到场'];
  return {
    total: meetings.length,
    planned,
    adHoc: meetings.length - planned,
    byState,
    held,
    noShow,
    cancelled: byState['已取消'],
    pending: byState['待开始'],
    attendanceRate: share(held, held + noShow),
  };
};

/** Ids of the meetings held by now. */
export const heldMeetingIds = (states: ReadonlyMap<string, MeetingState>): Set<string> => {
  const held = new Set<string>();
  for (const [id, state] of states) if (isHeld(state)) held.add(id);
  return held;
};
