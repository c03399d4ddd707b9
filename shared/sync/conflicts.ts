import type { HlcStamp } from '../clock/hlc';
import { SYNC_KINDS, type FieldConflict, type SyncKind, type SyncRecord } from './kinds';
import { isFieldRecord } from './mergeRecord';

/** 冲突: a field two laptops changed at the same time, with the value shown now and the ones kept beside it. */
export type FieldConflictEntry = {
  readonly field: string;
  readonly winner: { readonly value: unknown; readonly stamp: HlcStamp };
  readonly others: readonly FieldConflict[];
};

/**
 * The open conflicts of a record, by field name, for the conflict review.
 * Picking a value is an ordinary local edit of the field (`stampFields`),
 * which supersedes every value listed here.
 */
export const listConflicts = (kind: SyncKind, record: SyncRecord): FieldConflictEntry[] => {
  if (SYNC_KINDS[kind].policy !== 'fields' || !isFieldRecord(record)) return [];
  return Object.entries(record.conflicts ?? {})
    .filter(([, others]) => others.length > 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([field, others]) => ({ field, winner: { value: record[field], stamp: record.fieldStamps?.[field] ?? record.createdAt }, others }));
};
