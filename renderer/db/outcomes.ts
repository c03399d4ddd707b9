import type { Transaction } from 'dexie';
import { checkInClock, sameLocalDay } from '@shared/checkin';
import { parseStamp } from '@shared/clock';
import {
  editorSchema,
  ID_PREFIX,
  outcomeDraftSchema,
  outcomeIdFor,
  validate,
  type Achievement,
  type Draft,
  type Editor,
  type Meeting,
  type MeetingRequest,
  type Need,
  type Outcome,
  type OutcomeDraft,
  type OutcomeRevision,
} from '@shared/model';
import type { DeskDatabase } from './database';
import { deskClock, LAST_STAMP_KEY } from './deskClock';
import { changedFields, newId } from './fieldChanges';
import { stampFields } from '@shared/sync/stampFields';
import { readOperator } from './operator';
import { runWrite, WriteRefused, type WriteResult } from './writeResult';

/**
 * 对接成果 writes. One outcome per meeting, edited in place; every save
 * appends a revision (who, when, which fields), so nothing recorded is ever
 * lost. A save names the version it was made on (`OutcomeBase`): when
 * another window or laptop saved in between, it is refused and the form
 * reloads, instead of silently overwriting the other save.
 */

/** What the form was opened on; null = a new outcome. */
export type OutcomeBase = { outcomeId: string; updatedAt: string } | null;

/** The `field` of a refusal because another save came first: the form reloads the stored outcome on it. */
export const OUTCOME_CONFLICT = 'conflict';

type OutcomeFields = Draft<Outcome>;

const outcomeTables = (db: DeskDatabase) => [db.outcomes, db.outcomeRevisions, db.meetings, db.meetingRequests, db.needs, db.achievements, db.meta];

const refuse = (message: string, field = ''): never => {
  throw new WriteRefused([{ field, message }]);
};

/** The meeting's live outcome (one per meeting; tombstones are not). */
const outcomeOfMeeting = async (tx: Transaction, meetingId: string): Promise<Outcome | undefined> => {
  const rows = await tx.table<Outcome, string>('outcomes').where('meetingId').equals(meetingId).toArray();
  return rows.find((o) => !o.deleted);
};

export const readMeetingOutcome = (db: DeskDatabase, meetingId: string): Promise<Outcome | undefined> =>
  db.transaction('r', db.outcomes, (tx) => outcomeOfMeeting(tx, meetingId));

/** Oldest first. */
const revisionsOf = async (tx: Transaction, outcomeId: string): Promise<OutcomeRevision[]> => {
  const rows = await tx.table<OutcomeRevision, string>('outcomeRevisions').where('outcomeId').equals(outcomeId).toArray();
  return rows.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
};

export const readOutcomeHistory = (db: DeskDatabase, outcomeId: string): Promise<OutcomeRevision[]> =>
  db.transaction('r', db.outcomeRevisions, (tx) => revisionsOf(tx, outcomeId));

/** Who saves from this laptop: the clock's device id and the operator's name, when one is set. */
export const currentEditor = async (db: DeskDatabase): Promise<Editor> => {
  const [clock, operator] = await Promise.all([deskClock(db), readOperator(db)]);
  return { deviceId: clock.deviceId, ...(operator ? { operator } : {}) };
};

/** “王芳（本机）”, “其他设备”: the saver as the organiser at this laptop (`here`, its device id) knows them. */
export const describeEditor = (editor: Editor, here: string): string => {
  const place = editor.deviceId === here ? '本机' : '其他设备';
  return editor.operator ? `${editor.operator}（${place}）` : place;
};

/** “10:42”, or “5月20日 10:42” for another day. */
export const stampTime = (stamp: string, nowMs = Date.now()): string => checkInClock(stamp, !sameLocalDay(stamp, nowMs));

/** The refusal when the stored outcome is not the one the form was opened on: who saved it, and when. */
const conflict = async (tx: Transaction, stored: Outcome, here: string, wasNew: boolean): Promise<never> => {
  const history = await revisionsOf(tx, stored.id);
  // A merged outcome may arrive without its revisions: the stamp still names the device.
  const last = history.find((r) => r.at === stored.updatedAt) ?? history.at(-1);
  const who = describeEditor(last?.editor ?? { deviceId: parseStamp(stored.updatedAt).deviceId }, here);
  const what = wasNew ? `该洽谈的成果已由 ${who}于 ${stampTime(stored.updatedAt)} 记录` : `该成果已被 ${who}于 ${stampTime(stored.updatedAt)} 修改`;
  return refuse(`${what}，已载入最新内容，请核对后再保存`, OUTCOME_CONFLICT);
};

/** The meeting the outcome is for, as stored now: it must be of this event and not marked as not held. */
const heldMeeting = async (tx: Transaction, eventId: string, meetingId: string): Promise<Meeting> => {
  const meeting = await tx.table<Meeting, string>('meetings').get(meetingId);
  if (!meeting || meeting.deleted || meeting.eventId !== eventId) return refuse('该洽谈不存在或已被删除', 'meetingId');
  if (meeting.state === '未到场') return refuse('该洽谈已标记为未到场，不能记录成果；如双方实际已洽谈，请先在现场页改回', 'meetingId');
  if (meeting.state === '已取消') return refuse('该洽谈已取消，不能记录成果', 'meetingId');
  return meeting;
};

/** The need and achievement the outcome concerns: as the draft gives them, else the meeting's request's; each must still exist. */
const withTopic = async (tx: Transaction, eventId: string, fields: OutcomeFields, meeting: Meeting): Promise<OutcomeFields> => {
  const request = meeting.requestId ? await tx.table<MeetingRequest, string>('meetingRequests').get(meeting.requestId) : undefined;
  const needId = fields.needId ?? request?.needId;
  const achievementId = fields.achievementId ?? request?.achievementId;
  if (needId) {
    const need = await tx.table<Need, string>('needs').get(needId);
    if (!need || need.deleted || need.eventId !== eventId) refuse('所涉需求不存在或已被删除', 'needId');
  }
  if (achievementId) {
    const achievement = await tx.table<Achievement, string>('achievements').get(achievementId);
    if (!achievement || achievement.deleted || achievement.eventId !== eventId) refuse('所涉成果不存在或已被删除', 'achievementId');
  }
  return { ...fields, ...(needId ? { needId } : {}), ...(achievementId ? { achievementId } : {}) };
};

/** An emptied text box counts as missing, so clearing a field removes it rather than storing ''. */
const withoutBlanks = (fields: OutcomeFields): OutcomeFields =>
  Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined && v !== '')) as OutcomeFields;

const parseOutcome = (draft: OutcomeDraft): OutcomeFields => {
  const result = validate(outcomeDraftSchema, draft);
  if (!result.ok) throw new WriteRefused(result.issues);
  return withoutBlanks(result.value);
};

const parseEditor = (editor: Editor): Editor => {
  const result = validate(editorSchema, editor);
  if (!result.ok) throw new WriteRefused(result.issues);
  return result.value.operator ? result.value : { deviceId: result.value.deviceId };
};

/**
 * Records or edits the outcome of a meeting, in one transaction: the draft
 * is validated (refused per field), the meeting must be held or holdable,
 * and the stored outcome must be the one `base` names. The outcome, its
 * revision and, for a meeting still 待开始 or 进行中, the meeting's state
 * 已完成 are written together; a save that changes nothing writes nothing.
 */
export const saveOutcome = async (db: DeskDatabase, eventId: string, draft: OutcomeDraft, base: OutcomeBase, editor: Editor): Promise<WriteResult<Outcome>> => {
  const clock = await deskClock(db);
  return runWrite(() =>
    db.transaction('rw', outcomeTables(db), async (tx) => {
      const parsed = parseOutcome(draft);
      const by = parseEditor(editor);
      const meeting = await heldMeeting(tx, eventId, parsed.meetingId);
      const fields = await withTopic(tx, eventId, parsed, meeting);
      const stored = await outcomeOfMeeting(tx, meeting.id);
      if (stored && (!base || base.outcomeId !== stored.id || base.updatedAt !== stored.updatedAt)) return conflict(tx, stored, clock.deviceId, !base);
      if (!stored && base) return refuse('该成果已被删除，请关闭后重新记录');

      const changed = changedFields(stored ?? {}, fields);
      if (stored && changed.length === 0) return stored;
      const stamp = clock.next();
      const outcome: Outcome = stored
        ? { ...fields, id: stored.id, eventId, createdAt: stored.createdAt, updatedAt: stamp, deleted: false, ...stampFields(stored, changed, stamp) }
        : { ...fields, id: outcomeIdFor(meeting.id), eventId, createdAt: stamp, updatedAt: stamp, deleted: false };
      const revision: OutcomeRevision = { id: newId(ID_PREFIX.outcomeRevision), eventId, outcomeId: outcome.id, at: stamp, editor: by, changed, values: fields };
      await tx.table<Outcome, string>('outcomes').put(outcome);
      await tx.table<OutcomeRevision, string>('outcomeRevisions').add(revision);
      // Recording an outcome means the two sides met: the floor and the results then count it as held.
      if (meeting.state === '待开始' || meeting.state === '进行中') {
        await tx
          .table<Meeting, string>('meetings')
          .put({ ...meeting, state: '已完成', updatedAt: stamp, ...stampFields(meeting, ['state'], stamp) });
      }
      await tx.table('meta').put({ key: LAST_STAMP_KEY, value: stamp });
      return outcome;
    }),
  );
};
