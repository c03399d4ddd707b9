import { parseStamp } from '@shared/clock';
import type { Editor, Outcome, OutcomeRevision } from '@shared/model';
import type { DeskDatabase } from '../../../db/database';

/** Who first recorded an outcome and who saved it last, as the workbook names them. */
export type OutcomeAuthors = { recordedBy: string; lastBy: string };

/**
 * The operator's name when one was set on that laptop; otherwise the
 * laptop, by the end of its device id, which tells two desks apart in a
 * file read far from the hall (“本机” would mean nothing there).
 */
export const editorName = (editor: Pick<Editor, 'deviceId' | 'operator'>): string => editor.operator ?? `未署名（设备 ${editor.deviceId.slice(-4)}）`;

/** Each outcome's first and last save. */
export type OutcomeHistory = ReadonlyMap<string, { first: OutcomeRevision; last: OutcomeRevision }>;

/** First and last save of each outcome, from its revisions (in any order). */
export const outcomeHistory = (revisions: readonly OutcomeRevision[]): OutcomeHistory => {
  const byOutcome = new Map<string, { first: OutcomeRevision; last: OutcomeRevision }>();
  for (const r of revisions) {
    const seen = byOutcome.get(r.outcomeId);
    if (!seen) byOutcome.set(r.outcomeId, { first: r, last: r });
    else {
      if (r.at < seen.first.at) seen.first = r;
      if (r.at > seen.last.at) seen.last = r;
    }
  }
  return byOutcome;
};

/** An outcome merged in without its history still names its laptops: the device is inside its stamps. */
export const authorsOf = (outcome: Pick<Outcome, 'id' | 'createdAt' | 'updatedAt'>, history: OutcomeHistory): OutcomeAuthors => {
  const saves = history.get(outcome.id);
  return {
    recordedBy: editorName(saves?.first.editor ?? { deviceId: parseStamp(outcome.createdAt).deviceId }),
    lastBy: editorName(saves?.last.editor ?? { deviceId: parseStamp(outcome.updatedAt).deviceId }),
  };
};

/** The event's outcome revisions, read when the workbook is made (the dashboard does not show them). */
export const readOutcomeRevisions = async (db: DeskDatabase, eventId: string): Promise<OutcomeRevision[]> => db.outcomeRevisions.where('eventId').equals(eventId).toArray();
