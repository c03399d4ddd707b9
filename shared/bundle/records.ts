import type { z } from 'zod';
import { SYNC_KINDS, type SyncKind, type SyncRecord } from '../sync/kinds';
import { bundleFailure, type BundleFailure } from './errors';
import { firstIssue } from './issues';

/** Where a record sits, in both languages: “参会人文件第 12 行” / “participants.ndjson line 12”. */
export type RecordPlace = (index: number) => { zh: string; en: string };

/**
 * The records of one kind checked as a bundle must hold them: each passes
 * its kind's schema, belongs to the event (the event record is the event) and
 * has an id no other record of the kind has. The values come back as they
 * were, not as zod outputs them, so fields of a newer minor version survive.
 */
export const checkRecords = (kind: SyncKind, values: readonly unknown[], eventId: string, place: RecordPlace): { ok: true; records: SyncRecord[] } | BundleFailure => {
  const schema: z.ZodType = SYNC_KINDS[kind].schema;
  const firstLine = new Map<string, number>();
  for (const [index, value] of values.entries()) {
    const where = place(index);
    const issue = firstIssue(schema, value);
    if (issue) {
      return bundleFailure('BAD_RECORD', `${where.zh}的记录无效：${issue.zh}（字段 ${issue.field}）`, `${where.en}: invalid record: ${issue.en} (field ${issue.field})`);
    }
    const record = value as SyncRecord;
    const owner = kind === 'events' ? record.id : record.eventId;
    if (owner !== eventId) {
      return bundleFailure(
        'BAD_RECORD',
        `${where.zh}的记录（${record.id}）属于另一个活动（${String(owner)}），不属于本数据包的活动（${eventId}）`,
        `${where.en}: record ${record.id} belongs to event ${String(owner)}, not to this bundle’s event ${eventId}`,
      );
    }
    const earlier = firstLine.get(record.id);
    if (earlier !== undefined) {
      const first = place(earlier);
      return bundleFailure(
        'DUPLICATE_RECORD',
        `记录 ${record.id} 出现了两次（${first.zh}和${where.zh}）`,
        `record ${record.id} appears twice (${first.en} and ${where.en})`,
      );
    }
    firstLine.set(record.id, index);
  }
  // Every value passed its kind's schema above, which requires an id.
  return { ok: true, records: values as SyncRecord[] };
};
