/**
 * 多机合并: the records every laptop keeps, how two laptops' versions of them
 * merge, and what an import would change.
 */
export { SYNC_KINDS, SYNC_KIND_NAMES, isSyncKind, type FieldConflict, type FieldRecord, type MergePolicy, type SyncKind, type SyncRecord, type SyncState } from './kinds';
export { canonicalJson, canonicalState } from './canonicalJson';
export { stampFields } from './stampFields';
export { isFieldRecord, mergeFieldRecords, mergeImmutableRecords, mergeSyncRecords, normalizeFieldRecord, normalizeSyncRecord } from './mergeRecord';
export { maxStamp, mergeStates, planMerge, type MergeCounts, type MergePlan, type MergeWrite, type NewConflict } from './mergeStates';
export { listConflicts, type FieldConflictEntry } from './conflicts';
