import {
  ID_PREFIX,
  isActiveRequest,
  meetingRequestDraftSchema,
  REQUEST_STATES,
  requestTopicKey,
  validate,
  type DockingEvent,
  type FieldIssue,
  type MeetingRequest,
  type MeetingRequestDraft,
  type RequestState,
} from '@shared/model';
import type { DeskDatabase } from './database';
import { deskClock, LAST_STAMP_KEY } from './deskClock';
import { newId, stampFields } from './fieldChanges';
import { activeByTopic, duplicateReason, loadRequestContext, placementIssues, referenceIssues } from './requestIntegrity';
import { refused, runWrite, WriteRefused, type WriteResult } from './writeResult';

/**
 * 约谈申请 writes. Each is one transaction that validates, checks references
 * and duplicates against the database as it is now, stamps and stores, so a
 * refused write leaves the database as it was.
 */

/** A draft that was not created because the same wish is already on record. */
export type SkippedRequest = { index: number; reason: string; existingId: string };
export type RequestsCreated = { created: MeetingRequest[]; skipped: SkippedRequest[] };

const requestTables = (db: DeskDatabase) => [db.events, db.participants, db.needs, db.achievements, db.meetingRequests, db.meta];

/** Names the draft an issue is about: the batch may come from a list of suggestions. */
const numbered = (index: number, issues: readonly FieldIssue[]): FieldIssue[] => issues.map((issue) => ({ ...issue, message: `第${index + 1}条：${issue.message}` }));

const liveEvent = async (db: DeskDatabase, eventId: string): Promise<DockingEvent> => {
  const event = await db.events.get(eventId);
  if (!event || event.deleted) throw new WriteRefused([{ field: '', message: '该活动不存在或已被删除' }]);
  return event;
};

/**
 * Creates meeting requests, all in one transaction. Any invalid draft or
 * broken reference refuses the whole batch (each issue names its draft:
 * “第3条：…”). A draft repeating an active request (same two people in either
 * direction, same need and achievement), on record or earlier in the batch,
 * is not created and comes back in `skipped` with the reason.
 */
export const createMeetingRequests = async (db: DeskDatabase, eventId: string, drafts: readonly MeetingRequestDraft[]): Promise<WriteResult<RequestsCreated>> => {
  const clock = await deskClock(db);
  return runWrite(() =>
    db.transaction('rw', requestTables(db), async (tx) => {
      const event = await liveEvent(db, eventId);
      const parsed = drafts.map((draft) => validate(meetingRequestDraftSchema, draft));
      const invalid = parsed.flatMap((result, i) => (result.ok ? [] : numbered(i, result.issues)));
      if (invalid.length > 0) throw new WriteRefused(invalid);
      const values = parsed.flatMap((result) => (result.ok ? [result.value] : []));
      const context = await loadRequestContext(tx, event, values);
      const broken = values.flatMap((value, i) => numbered(i, [...referenceIssues(context, value), ...placementIssues(context, value)]));
      if (broken.length > 0) throw new WriteRefused(broken);

      const active = activeByTopic(context);
      const created: MeetingRequest[] = [];
      const skipped: SkippedRequest[] = [];
      let stamp = '';
      values.forEach((value, index) => {
        const existing = active.get(requestTopicKey(value));
        if (existing && isActiveRequest({ state: value.state, deleted: false })) {
          skipped.push({ index, reason: `${duplicateReason(context, existing)}，未重复创建`, existingId: existing.id });
          return;
        }
        stamp = clock.next();
        const record: MeetingRequest = { ...value, id: newId(ID_PREFIX.meetingRequest), eventId, createdAt: stamp, updatedAt: stamp, deleted: false };
        if (isActiveRequest(record)) active.set(requestTopicKey(record), record);
        created.push(record);
      });
      await tx.table<MeetingRequest, string>('meetingRequests').bulkAdd(created);
      if (stamp !== '') await tx.table('meta').put({ key: LAST_STAMP_KEY, value: stamp });
      return { created, skipped };
    }),
  );
};

/**
 * Moves a request to another state. Bringing a refused or cancelled request
 * back into play is refused while an active duplicate exists, or when one of
 * its people or records has been deleted since.
 */
export const updateRequestState = async (db: DeskDatabase, id: string, state: RequestState): Promise<WriteResult<MeetingRequest>> => {
  if (!REQUEST_STATES.includes(state)) return refused('state', `约谈状态应为：${REQUEST_STATES.join('、')}`);
  const clock = await deskClock(db);
  return runWrite(() =>
    db.transaction('rw', requestTables(db), async (tx) => {
      const current = await db.meetingRequests.get(id);
      if (!current || current.deleted) throw new WriteRefused([{ field: '', message: '该约谈申请不存在或已被删除' }]);
      if (current.state === state) return current;
      const next: MeetingRequest = { ...current, state };
      if (isActiveRequest(next) && !isActiveRequest(current)) {
        const context = await loadRequestContext(tx, await liveEvent(db, current.eventId), [current]);
        const issues = referenceIssues(context, current);
        if (issues.length > 0) throw new WriteRefused(issues);
        const existing = activeByTopic(context, id).get(requestTopicKey(current));
        if (existing) throw new WriteRefused([{ field: 'state', message: `${duplicateReason(context, existing)}，不能重新启用` }]);
      }
      const stamp = clock.next();
      const record: MeetingRequest = { ...next, updatedAt: stamp, fieldStamps: stampFields(current.fieldStamps, ['state'], stamp) };
      await tx.table<MeetingRequest, string>('meetingRequests').put(record);
      await tx.table('meta').put({ key: LAST_STAMP_KEY, value: stamp });
      return record;
    }),
  );
};

/** The event's requests that are not deleted, in creation order: for lists and for exclusions. */
export const readMeetingRequests = (db: DeskDatabase, eventId: string): Promise<MeetingRequest[]> =>
  db.meetingRequests
    .where('eventId')
    .equals(eventId)
    .filter((r) => !r.deleted)
    .toArray();
