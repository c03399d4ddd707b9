import { ID_PREFIX, matchFeedbackDraftSchema, validate, type MatchFeedback, type MatchFeedbackDraft } from '@shared/model';
import type { DeskDatabase } from './database';
import { deskClock, LAST_STAMP_KEY } from './deskClock';
import { changedFields, newId } from './fieldChanges';
import { stampFields } from '@shared/sync/stampFields';
import { runWrite, WriteRefused, type WriteResult } from './writeResult';

/**
 * 匹配反馈 writes: at most one verdict per need and target. Setting a verdict
 * again edits that record (and revives it if it was cleared) rather than
 * adding another, so two laptops' verdicts on the same pair merge by field.
 */

const feedbackTables = (db: DeskDatabase) => [db.needs, db.achievements, db.participants, db.matchFeedback, db.meta];

/** The pair's record, live or cleared: clearing keeps a tombstone for sync, so it is reused. */
const recordFor = (db: DeskDatabase, needId: string, targetId: string): Promise<MatchFeedback | undefined> =>
  db.matchFeedback
    .where('needId')
    .equals(needId)
    .filter((f) => f.targetId === targetId)
    .first();

const isLiveIn = (eventId: string, record: { eventId: string; deleted: boolean } | undefined): boolean => record !== undefined && !record.deleted && record.eventId === eventId;

/** Records or changes the organiser's verdict (推荐 / 不合适) on one suggestion for a need. */
export const setMatchVerdict = async (db: DeskDatabase, eventId: string, input: MatchFeedbackDraft): Promise<WriteResult<MatchFeedback>> => {
  const clock = await deskClock(db);
  return runWrite(() =>
    db.transaction('rw', feedbackTables(db), async () => {
      const result = validate(matchFeedbackDraftSchema, input);
      if (!result.ok) throw new WriteRefused(result.issues);
      const value = result.value;
      if (!isLiveIn(eventId, await db.needs.get(value.needId))) throw new WriteRefused([{ field: 'needId', message: '该需求不存在或已被删除' }]);
      const target = value.targetKind === 'achievement' ? await db.achievements.get(value.targetId) : await db.participants.get(value.targetId);
      if (!isLiveIn(eventId, target)) throw new WriteRefused([{ field: 'targetId', message: `该${value.targetKind === 'achievement' ? '成果' : '专家'}不存在或已被删除` }]);

      const current = await recordFor(db, value.needId, value.targetId);
      const changed = current ? changedFields(current, value) : [];
      if (current && !current.deleted && changed.length === 0) return current;
      const stamp = clock.next();
      const record: MatchFeedback = current
        ? { ...current, ...value, deleted: false, updatedAt: stamp, ...stampFields(current, current.deleted ? [...changed, 'deleted'] : changed, stamp) }
        : { ...value, id: newId(ID_PREFIX.matchFeedback), eventId, createdAt: stamp, updatedAt: stamp, deleted: false };
      await db.matchFeedback.put(record);
      await db.meta.put({ key: LAST_STAMP_KEY, value: stamp });
      return record;
    }),
  );
};

/** Withdraws the verdict on a pair (a tombstone); nothing to do when there is none. */
export const clearMatchVerdict = async (db: DeskDatabase, needId: string, targetId: string): Promise<WriteResult<MatchFeedback | undefined>> => {
  const clock = await deskClock(db);
  return runWrite(() =>
    db.transaction('rw', feedbackTables(db), async () => {
      const current = await recordFor(db, needId, targetId);
      if (!current || current.deleted) return undefined;
      const stamp = clock.next();
      const record: MatchFeedback = { ...current, deleted: true, updatedAt: stamp, ...stampFields(current, ['deleted'], stamp) };
      await db.matchFeedback.put(record);
      await db.meta.put({ key: LAST_STAMP_KEY, value: stamp });
      return record;
    }),
  );
};

/** The event's live verdicts. */
export const listMatchFeedback = (db: DeskDatabase, eventId: string): Promise<MatchFeedback[]> =>
  db.matchFeedback
    .where('eventId')
    .equals(eventId)
    .filter((f) => !f.deleted)
    .toArray();
