import type { Transaction } from 'dexie';
import { deriveSlots, isActiveRequest, requestTopicKey, type Achievement, type DockingEvent, type FieldIssue, type MeetingRequest, type Need, type Participant } from '@shared/model';

/**
 * What a meeting request points at, loaded once per write inside its
 * transaction: the live records of the event that the requests name, and
 * every request of the event (for duplicates and `afterRequestId`).
 */
export type RequestContext = {
  slotIds: ReadonlySet<string>;
  people: ReadonlyMap<string, Participant>;
  needs: ReadonlyMap<string, Need>;
  achievements: ReadonlyMap<string, Achievement>;
  /** Live requests of the event by id. */
  requests: ReadonlyMap<string, MeetingRequest>;
};

type Refs = Pick<MeetingRequest, 'fromId' | 'toId' | 'needId' | 'achievementId'>;

const liveIn = <T extends { id: string; eventId: string; deleted: boolean }>(eventId: string, rows: readonly (T | undefined)[]): Map<string, T> =>
  new Map(rows.filter((r): r is T => r !== undefined && !r.deleted && r.eventId === eventId).map((r) => [r.id, r]));

const present = (ids: readonly (string | undefined)[]): string[] => [...new Set(ids.filter((id): id is string => id !== undefined))];

/** Reads through the transaction's own tables: see `BatchOptions.tx` in registry.ts for why. */
export const loadRequestContext = async (tx: Transaction, event: DockingEvent, refs: readonly Refs[]): Promise<RequestContext> => {
  const [people, needs, achievements, requests] = await Promise.all([
    tx.table<Participant, string>('participants').bulkGet(present(refs.flatMap((r) => [r.fromId, r.toId]))),
    tx.table<Need, string>('needs').bulkGet(present(refs.map((r) => r.needId))),
    tx.table<Achievement, string>('achievements').bulkGet(present(refs.map((r) => r.achievementId))),
    tx.table<MeetingRequest, string>('meetingRequests').where('eventId').equals(event.id).toArray(),
  ]);
  return {
    slotIds: new Set(deriveSlots(event).map((s) => s.id)),
    people: liveIn(event.id, people),
    needs: liveIn(event.id, needs),
    achievements: liveIn(event.id, achievements),
    requests: liveIn(event.id, requests),
  };
};

/** The people, need and achievement a request names that are missing, deleted or of another fair. */
export const referenceIssues = (context: RequestContext, request: Refs): FieldIssue[] => {
  const issues: FieldIssue[] = [];
  if (!context.people.has(request.fromId)) issues.push({ field: 'fromId', message: '发起人不存在或已被删除' });
  if (!context.people.has(request.toId)) issues.push({ field: 'toId', message: '约谈对象不存在或已被删除' });
  if (request.needId !== undefined && !context.needs.has(request.needId)) issues.push({ field: 'needId', message: '所涉需求不存在或已被删除' });
  if (request.achievementId !== undefined && !context.achievements.has(request.achievementId))
    issues.push({ field: 'achievementId', message: '所涉成果不存在或已被删除' });
  return issues;
};

/** Scheduling hints that do not fit the fair: a slot it does not have, a predecessor it does not hold. */
export const placementIssues = (context: RequestContext, request: Pick<MeetingRequest, 'allowedSlotIds' | 'afterRequestId'>): FieldIssue[] => {
  const issues: FieldIssue[] = [];
  if (request.afterRequestId !== undefined && !context.requests.has(request.afterRequestId))
    issues.push({ field: 'afterRequestId', message: '前序约谈申请不存在或已被删除' });
  const unknownSlots = request.allowedSlotIds.filter((id) => !context.slotIds.has(id));
  if (unknownSlots.length > 0) issues.push({ field: 'allowedSlotIds', message: `可约时段不属于本活动：${unknownSlots.join('、')}` });
  return issues;
};

/** The event's active requests by topic, to find a duplicate in one lookup. */
export const activeByTopic = (context: RequestContext, exceptId?: string): Map<string, MeetingRequest> =>
  new Map([...context.requests.values()].filter((r) => isActiveRequest(r) && r.id !== exceptId).map((r) => [requestTopicKey(r), r]));

/** “张伟与李娜已有关于需求“…”的约谈申请（待确认）”: names the people and the topic so the organiser can find it. */
export const duplicateReason = (context: RequestContext, existing: MeetingRequest): string => {
  const name = (id: string) => context.people.get(id)?.name ?? '（已删除的参会人）';
  const need = existing.needId === undefined ? undefined : context.needs.get(existing.needId)?.title;
  const achievement = existing.achievementId === undefined ? undefined : context.achievements.get(existing.achievementId)?.title;
  const topic = [need === undefined ? '' : `需求“${need}”`, achievement === undefined ? '' : `成果“${achievement}”`].filter((t) => t !== '').join('与');
  return `${name(existing.fromId)}与${name(existing.toId)}已有${topic === '' ? '' : `关于${topic}的`}约谈申请（${existing.state}）`;
};
