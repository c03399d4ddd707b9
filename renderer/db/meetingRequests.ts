import {
  ID_PREFIX,
  isActiveRequest,
  meetingRequestDraftSchema,
  meetingRequestSchema,
  REQUEST_STATES,
  requestTopicKey,
  validate,
  type DockingEvent,
  type FieldIssue,
  type MeetingRequest,
  type MeetingRequestDraft,
  type RequestPriority,
  type RequestState,
} from '@shared/model';
import type { DeskDatabase } from './database';
import { deskClock, LAST_STAMP_KEY } from './deskClock';
import { changedFields, newId } from './fieldChanges';
import { stampFields } from '@shared/sync/stampFields';
import { activeByTopic, duplicateReason, loadRequestContext, placementIssues, referenceIssues, type RequestContext } from './requestIntegrity';
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
      const record: MeetingRequest = { ...next, updatedAt: stamp, ...stampFields(current, ['state'], stamp) };
      await tx.table<MeetingRequest, string>('meetingRequests').put(record);
      await tx.table('meta').put({ key: LAST_STAMP_KEY, value: stamp });
      return record;
    }),
  );
};

/** What a bulk state change did: the records it moved, and how many were already there. */
export type StatesUpdated = { updated: MeetingRequest[]; unchanged: number };

/** Names a request in a bulk refusal, so the organiser can find the row among the selected ones. */
const describePair = (context: RequestContext, request: MeetingRequest): string => {
  const name = (id: string) => context.people.get(id)?.name ?? '（已删除的参会人）';
  return `${name(request.fromId)}→${name(request.toId)}`;
};

/**
 * Moves many requests of one event to the same state in one transaction: the
 * list's 接受 / 拒绝 / 取消 on the selected rows. Any unknown, deleted or
 * other event's id refuses the whole batch, as does any request brought back
 * into play (→ 待确认 / 已接受) while an active duplicate exists, on record or
 * earlier in the same batch. Requests already in the state are left as they
 * are and counted.
 */
export const updateRequestStates = async (db: DeskDatabase, eventId: string, ids: readonly string[], state: RequestState): Promise<WriteResult<StatesUpdated>> => {
  if (!REQUEST_STATES.includes(state)) return refused('state', `约谈状态应为：${REQUEST_STATES.join('、')}`);
  const clock = await deskClock(db);
  return runWrite(() =>
    db.transaction('rw', requestTables(db), async (tx) => {
      const event = await liveEvent(db, eventId);
      const unique = [...new Set(ids)];
      const found = await tx.table<MeetingRequest, string>('meetingRequests').bulkGet(unique);
      const current = found.filter((r): r is MeetingRequest => r !== undefined && !r.deleted && r.eventId === eventId);
      const missing = unique.length - current.length;
      if (missing > 0) throw new WriteRefused([{ field: '', message: `有${missing}条约谈申请不存在、已被删除或不属于本活动，未作任何更改` }]);

      const moving = current.filter((r) => r.state !== state);
      const reactivated = moving.filter((r) => !isActiveRequest(r) && isActiveRequest({ state, deleted: false }));
      if (reactivated.length > 0) {
        const context = await loadRequestContext(tx, event, reactivated);
        const active = activeByTopic(context);
        const issues = reactivated.flatMap((request): FieldIssue[] => {
          const broken = referenceIssues(context, request).map((i) => ({ ...i, message: `${describePair(context, request)}：${i.message}` }));
          if (broken.length > 0) return broken;
          const key = requestTopicKey(request);
          const existing = active.get(key);
          if (existing) return [{ field: 'state', message: `${duplicateReason(context, existing)}，不能重新启用` }];
          active.set(key, { ...request, state });
          return [];
        });
        if (issues.length > 0) throw new WriteRefused(issues);
      }

      const updated = moving.map((r): MeetingRequest => {
        const stamp = clock.next();
        return { ...r, state, updatedAt: stamp, ...stampFields(r, ['state'], stamp) };
      });
      const last = updated.at(-1);
      if (last) {
        await tx.table<MeetingRequest, string>('meetingRequests').bulkPut(updated);
        await tx.table('meta').put({ key: LAST_STAMP_KEY, value: last.updatedAt });
      }
      return { updated, unchanged: current.length - moving.length };
    }),
  );
};

/** What the organiser may change on a request after it is made; `afterRequestId: null` clears the order. */
export type RequestPatch = {
  priority?: RequestPriority;
  mutual?: boolean;
  allowedSlotIds?: string[];
  afterRequestId?: string | null;
};

/** True when following `afterRequestId` from `startId` comes back to `id`: the scheduler could never place such a chain. */
const closesLoop = (requests: ReadonlyMap<string, MeetingRequest>, id: string, startId: string | undefined): boolean => {
  const seen = new Set<string>();
  for (let at = startId; at !== undefined && !seen.has(at); at = requests.get(at)?.afterRequestId) {
    if (at === id) return true;
    seen.add(at);
  }
  return false;
};

/**
 * Edits a request's scheduling wishes: priority, mutual, allowed slots, the
 * request it follows. Validated with the record schema and against the fair
 * (slots it has, a predecessor it holds, no loop of predecessors); only the
 * fields that changed get a new field stamp.
 */
export const updateRequest = async (db: DeskDatabase, id: string, patch: RequestPatch): Promise<WriteResult<MeetingRequest>> => {
  const clock = await deskClock(db);
  return runWrite(() =>
    db.transaction('rw', requestTables(db), async (tx) => {
      const current = await tx.table<MeetingRequest, string>('meetingRequests').get(id);
      if (!current || current.deleted) throw new WriteRefused([{ field: '', message: '该约谈申请不存在或已被删除' }]);
      const { afterRequestId, ...rest } = patch;
      const { afterRequestId: _previous, ...kept } = current;
      // A field given as undefined is left alone, like a field left out.
      const given = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
      const after = afterRequestId === undefined ? current.afterRequestId : (afterRequestId ?? undefined);
      const parsed = validate(meetingRequestSchema, { ...kept, ...given, ...(after === undefined ? {} : { afterRequestId: after }) });
      if (!parsed.ok) throw new WriteRefused(parsed.issues);
      const value = parsed.value;
      const context = await loadRequestContext(tx, await liveEvent(db, current.eventId), [value]);
      const issues = placementIssues(context, value);
      if (closesLoop(context.requests, id, value.afterRequestId)) issues.push({ field: 'afterRequestId', message: '前序约谈不能形成循环（前序约谈又排在本约谈之后）' });
      if (issues.length > 0) throw new WriteRefused(issues);
      const changed = changedFields(current, value);
      if (changed.length === 0) return current;
      const stamp = clock.next();
      const record: MeetingRequest = { ...value, updatedAt: stamp, ...stampFields(current, changed, stamp) };
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
