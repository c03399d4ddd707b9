import { deriveSlots } from '@shared/model';
import { checkIn } from '../../../renderer/db/checkIns';
import type { DeskDatabase } from '../../../renderer/db/database';
import { markMeeting } from '../../../renderer/db/floorMarks';
import { currentEditor, saveOutcome } from '../../../renderer/db/outcomes';
import type { WriteResult } from '../../../renderer/db/writeResult';
import { now } from '../registry/frames';
import { EVENTDAY_EVENT, FAIR_NOW } from '../eventday/seed';

/**
 * The divergence of the merge step: about 200 edits on each laptop through
 * the app's repository functions, as two desks make them on the fair's day
 * while apart. B cancels later meetings, A marks later meetings 未到场, and
 * 20 of them are the same meetings (a real conflict on `state`, kept on both
 * sides); each records outcomes for held meetings without one and checks in
 * people who had not come yet, never the same ones.
 */
const MARKS = 80;
const OVERLAP = 20;
const OUTCOMES = 60;
const CHECK_INS = 60;

export type EditPlan = { laterMeetings: string[]; heldWithoutOutcome: string[]; notCheckedIn: string[] };

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** What both laptops hold after B imported A's bundle, read on A: meetings and people to edit, in id order. */
export const planEdits = async (db: DeskDatabase, eventId: string): Promise<EditPlan> => {
  const slotIndex = new Map(deriveSlots(EVENTDAY_EVENT).map((s, i) => [s.id, i]));
  const meetings = (await db.meetings.where('eventId').equals(eventId).toArray()).filter((m) => !m.deleted && m.state === '待开始').sort(byId);
  const recorded = new Set((await db.outcomes.where('eventId').equals(eventId).toArray()).map((o) => o.meetingId));
  const people = (await db.participants.where('eventId').equals(eventId).toArray()).filter((p) => !p.deleted && p.checkIn.state === '未签到').sort(byId);
  const slotOf = (slotId: string) => slotIndex.get(slotId) ?? -1;
  const plan = {
    laterMeetings: meetings.filter((m) => slotOf(m.slotId) > FAIR_NOW.slot).map((m) => m.id),
    heldWithoutOutcome: meetings.filter((m) => slotOf(m.slotId) >= 0 && slotOf(m.slotId) < FAIR_NOW.slot && !recorded.has(m.id)).map((m) => m.id),
    notCheckedIn: people.map((p) => p.id),
  };
  if (plan.laterMeetings.length < 2 * MARKS || plan.heldWithoutOutcome.length < 2 * OUTCOMES || plan.notCheckedIn.length < 2 * CHECK_INS) {
    throw new Error('the seeded fair has too few meetings or people left to edit');
  }
  return plan;
};

type Edit = { what: string; run: () => Promise<WriteResult<unknown>> };

const written = async <T>(what: string, write: Promise<WriteResult<T>>): Promise<void> => {
  const result = await write;
  if (!result.ok) throw new Error(`${what} refused: ${result.issues.map((i) => i.message).join('；')}`);
};

/** The edits of one laptop, each timed; B takes the first slices of the plan, A the next ones, overlapping on OVERLAP meetings. */
export const applyEdits = async (db: DeskDatabase, eventId: string, side: 'A' | 'B', plan: EditPlan): Promise<number[]> => {
  const markFrom = side === 'B' ? 0 : MARKS - OVERLAP;
  const others = side === 'B' ? 0 : 1;
  const editor = await currentEditor(db);
  const edits: Edit[] = [
    ...plan.laterMeetings.slice(markFrom, markFrom + MARKS).map((id): Edit => ({ what: `mark ${id}`, run: () => markMeeting(db, id, side === 'B' ? '已取消' : '未到场', '待开始') })),
    ...plan.heldWithoutOutcome
      .slice(others * OUTCOMES, (others + 1) * OUTCOMES)
      .map((id): Edit => ({ what: `outcome of ${id}`, run: () => saveOutcome(db, eventId, { meetingId: id, result: '保持联系', cooperationModes: [] }, null, editor) })),
    ...plan.notCheckedIn.slice(others * CHECK_INS, (others + 1) * CHECK_INS).map((id): Edit => ({ what: `check-in of ${id}`, run: () => checkIn(db, id) })),
  ];
  const ms: number[] = [];
  for (const { what, run } of edits) {
    const t0 = now();
    await written(what, run());
    ms.push(now() - t0);
  }
  return ms;
};
