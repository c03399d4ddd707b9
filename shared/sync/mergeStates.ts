import { compareStamps, type HlcStamp } from '../clock/hlc';
import { canonicalJson } from './canonicalJson';
import { SYNC_KIND_NAMES, SYNC_KINDS, type FieldConflict, type SyncKind, type SyncRecord, type SyncState } from './kinds';
import { isFieldRecord, mergeSyncRecords, normalizeSyncRecord } from './mergeRecord';

const byId = (a: SyncRecord, b: SyncRecord): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** One record per id (copies of an id merged, single ones normalised), sorted by id. */
const mergeRecords = (kind: SyncKind, records: readonly SyncRecord[]): SyncRecord[] => {
  const merged = new Map<string, SyncRecord>();
  for (const record of records) {
    const kept = merged.get(record.id);
    merged.set(record.id, kept ? mergeSyncRecords(kind, kept, record) : normalizeSyncRecord(kind, record));
  }
  return [...merged.values()].sort(byId);
};

/** Two laptops' states as one: kinds without records are left out. */
export const mergeStates = (a: SyncState, b: SyncState): SyncState => {
  const merged: { [K in SyncKind]?: SyncRecord[] } = {};
  for (const kind of SYNC_KIND_NAMES) {
    const records = mergeRecords(kind, [...(a[kind] ?? []), ...(b[kind] ?? [])]);
    if (records.length > 0) merged[kind] = records;
  }
  return merged;
};

export type MergeCounts = { readonly added: number; readonly changed: number; readonly unchanged: number; readonly conflicted: number };

/** `before` is the local record the write replaces (absent for a record new to this laptop). */
export type MergeWrite = { readonly kind: SyncKind; readonly record: SyncRecord; readonly before?: SyncRecord };

export type NewConflict = { readonly kind: SyncKind; readonly id: string; readonly field: string };

/**
 * 导入预览: what importing a bundle would change, and the writes that commit
 * it. `conflicted` counts the records (added or changed) with a new conflict.
 */
export type MergePlan = {
  readonly counts: Readonly<Record<SyncKind, MergeCounts>>;
  readonly writes: readonly MergeWrite[];
  readonly newConflicts: readonly NewConflict[];
};

const conflictsOf = (record: SyncRecord | undefined): Readonly<Record<string, readonly FieldConflict[]>> =>
  (record !== undefined && isFieldRecord(record) && record.conflicts) || {};

/** Fields where the merge keeps a losing value the local record did not keep. */
const newConflictFields = (before: SyncRecord | undefined, merged: SyncRecord): string[] => {
  const old = conflictsOf(before);
  return Object.entries(conflictsOf(merged))
    .filter(([field, list]) => {
      const known = new Set((old[field] ?? []).map((c) => canonicalJson(c)));
      return list.some((c) => !known.has(canonicalJson(c)));
    })
    .map(([field]) => field)
    .sort();
};

/**
 * Whether two copies of a record are the same version, judged by their
 * bookkeeping alone. A stamp names one write on one laptop, so equal stamps
 * everywhere mean equal values: a re-imported bundle is recognised without
 * merging or serialising its records (the common case, and the costly one).
 */
const sameVersion = (kind: SyncKind, a: SyncRecord, b: SyncRecord): boolean => {
  if (SYNC_KINDS[kind].policy === 'immutable') return a.at === b.at && a.at !== undefined;
  if (!isFieldRecord(a) || !isFieldRecord(b)) return false;
  return (
    a.createdAt === b.createdAt &&
    a.updatedAt === b.updatedAt &&
    a.conflicts === undefined &&
    b.conflicts === undefined &&
    sameStamps(a.fieldStamps, b.fieldStamps) &&
    sameStamps(a.fieldSeen, b.fieldSeen)
  );
};

const sameStamps = (a: Readonly<Record<string, HlcStamp>> | undefined, b: Readonly<Record<string, HlcStamp>> | undefined): boolean => {
  const keys = Object.keys(a ?? {});
  return keys.length === Object.keys(b ?? {}).length && keys.every((key) => a?.[key] === b?.[key]);
};

/**
 * Plans the import of `incoming` into the local database, read through
 * `local`. Writes come kind by kind in `SYNC_KINDS` order (records before the
 * records that point at them), each record only when the merge changes it.
 */
export const planMerge = (local: (kind: SyncKind, id: string) => SyncRecord | undefined, incoming: SyncState): MergePlan => {
  // Filled for every kind by the loop below.
  const counts = {} as Record<SyncKind, MergeCounts>;
  const writes: MergeWrite[] = [];
  const newConflicts: NewConflict[] = [];
  for (const kind of SYNC_KIND_NAMES) {
    let added = 0;
    let changed = 0;
    let unchanged = 0;
    let conflicted = 0;
    for (const record of mergeRecords(kind, incoming[kind] ?? [])) {
      const before = local(kind, record.id);
      if (before && sameVersion(kind, before, record)) {
        unchanged++;
        continue;
      }
      const merged = before ? mergeSyncRecords(kind, before, record) : record;
      if (before && canonicalJson(merged) === canonicalJson(before)) {
        unchanged++;
        continue;
      }
      if (before) changed++;
      else added++;
      writes.push(before ? { kind, record: merged, before } : { kind, record: merged });
      const fields = newConflictFields(before, merged);
      if (fields.length > 0) conflicted++;
      for (const field of fields) newConflicts.push({ kind, id: record.id, field });
    }
    counts[kind] = { added, changed, unchanged, conflicted };
  }
  return { counts, writes, newConflicts };
};

const stampsOf = (kind: SyncKind, record: SyncRecord): unknown[] => {
  if (SYNC_KINDS[kind].policy === 'immutable') return [record.at];
  if (!isFieldRecord(record)) return [];
  const conflicts = Object.values(record.conflicts ?? {}).flatMap((list) => list.flatMap((c) => [c.stamp, c.seen]));
  return [record.createdAt, record.updatedAt, ...Object.values(record.fieldStamps ?? {}), ...Object.values(record.fieldSeen ?? {}), ...conflicts];
};

/**
 * The latest stamp in a state. The importer moves its clock past it first, so
 * that every later local edit is stamped after, and supersedes, what it saw.
 */
export const maxStamp = (state: SyncState): HlcStamp | undefined => {
  let max: HlcStamp | undefined;
  for (const kind of SYNC_KIND_NAMES) {
    for (const record of state[kind] ?? []) {
      for (const stamp of stampsOf(kind, record)) {
        if (typeof stamp === 'string' && (max === undefined || compareStamps(stamp, max) > 0)) max = stamp;
      }
    }
  }
  return max;
};
