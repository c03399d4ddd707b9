import { SYNC_KIND_NAMES, type SyncKind, type SyncRecord, type SyncState } from './kinds';

/**
 * JSON with object keys sorted at every depth and undefined-valued keys left
 * out, so that equal data gives equal text however it was built, packed or
 * merged: the basis of content comparison, signatures and `export-json`.
 */
export const canonicalJson = (value: unknown): string => JSON.stringify(sortKeys(value));

const sortKeys = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map((item) => (item === undefined ? null : sortKeys(item)));
  if (value === null || typeof value !== 'object') return value;
  const source = value as Record<string, unknown>;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(source).sort()) {
    if (source[key] !== undefined) sorted[key] = sortKeys(source[key]);
  }
  return sorted;
};

/** Every kind present (empty when it has no records), records sorted by id: the shape of `bundle export-json`. */
export const canonicalState = (state: SyncState): Record<SyncKind, SyncRecord[]> =>
  Object.fromEntries(
    SYNC_KIND_NAMES.map((kind) => [kind, [...(state[kind] ?? [])].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))]),
  ) as Record<SyncKind, SyncRecord[]>;
