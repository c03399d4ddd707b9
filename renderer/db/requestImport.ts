import type { RequestImportContext, RequestImportPlan } from '@shared/import';
import type { FieldIssue } from '@shared/model';
import type { DeskDatabase } from './database';
import { readLiveRegistry } from './liveRegistry';
import { createMeetingRequests, readMeetingRequests, type RequestsCreated } from './meetingRequests';
import type { WriteResult } from './writeResult';

/**
 * The 约谈申请 import's two touches of the database: the snapshot its plan
 * is made against, and the commit of the plan's rows as one batch.
 */

/** The event's live records, only the keys the plan reads: the snapshot is copied into the import worker. */
export const loadRequestImportContext = async (db: DeskDatabase, eventId: string): Promise<RequestImportContext | undefined> => {
  const [event, registry, requests] = await Promise.all([db.events.get(eventId), readLiveRegistry(db, eventId), readMeetingRequests(db, eventId)]);
  if (!event || event.deleted) return undefined;
  const topic = ({ id, title, ownerId, contactId }: RequestImportContext['needs'][number]) => ({ id, title, ownerId, contactId });
  return {
    event: { sessions: event.sessions, slotMinutes: event.slotMinutes, breakMinutes: event.breakMinutes },
    organisations: registry.organisations.map(({ id, name }) => ({ id, name })),
    participants: registry.participants.map(({ id, name, organisationId, mobile, badgeCode }) => ({ id, name, organisationId, mobile, badgeCode })),
    needs: registry.needs.map(topic),
    achievements: registry.achievements.map(topic),
    requests: requests.map(({ fromId, toId, needId, achievementId, state, deleted }) => ({ fromId, toId, needId, achievementId, state, deleted })),
  };
};

/** The repository numbers a batch's drafts (“第3条：”); the organiser knows them by spreadsheet row. */
const byRow = (issues: readonly FieldIssue[], rowNumbers: readonly number[]): FieldIssue[] =>
  issues.map((issue) => ({
    ...issue,
    message: issue.message.replace(/^第(\d+)条：/, (whole, n: string) => {
      const row = rowNumbers[Number(n) - 1];
      return row === undefined ? whole : `第${row}行：`;
    }),
  }));

export type RequestImportCommitted = RequestsCreated & { skippedRows: { rowNumber: number; reason: string }[] };

/**
 * Creates the plan's accepted rows in one transaction through the requests
 * repository, which checks everything again against the database as it is
 * now: a refusal writes nothing and names the spreadsheet rows; a request
 * made elsewhere since the preview is skipped as a duplicate, by row.
 */
export const commitRequestImport = async (db: DeskDatabase, eventId: string, plan: RequestImportPlan): Promise<WriteResult<RequestImportCommitted>> => {
  const rowNumbers = plan.accepted.map((a) => a.rowNumber);
  const result = await createMeetingRequests(
    db,
    eventId,
    plan.accepted.map((a) => a.draft),
  );
  if (!result.ok) return { ok: false, issues: byRow(result.issues, rowNumbers) };
  const skippedRows = result.value.skipped.map((s) => ({ rowNumber: rowNumbers[s.index] ?? s.index + 1, reason: s.reason }));
  return { ok: true, value: { ...result.value, skippedRows } };
};
