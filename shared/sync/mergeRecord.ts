import { compareStamps, type HlcStamp } from '../clock/hlc';
import { RECORD_BASE_KEYS } from '../model/record';
import { canonicalJson } from './canonicalJson';
import { SYNC_KINDS, type FieldConflict, type FieldRecord, type SyncKind, type SyncRecord } from './kinds';

/**
 * 合并: how two laptops' versions of one record become one.
 *
 * A field's history is a set of writes. `seen` makes them comparable: a write
 * supersedes every write whose stamp is at most its `seen`, so the writes
 * still standing are exactly those stamped after the field's largest `seen`
 * (call it the field's horizon). Of those, one write per distinct value is
 * kept (the latest); the latest of all wins and the others are conflicts.
 *
 * A merged record stores just enough to rebuild that result from the union of
 * any histories: the standing writes and the horizon, carried as the winner's
 * `seen`. That makes the merge commutative, associative and idempotent, so
 * laptops that exchange bundles in any order, any number of times, agree.
 */
type Write = { readonly value: unknown; readonly stamp: HlcStamp; readonly seen?: HlcStamp };

const BOOKKEEPING: ReadonlySet<string> = new Set(RECORD_BASE_KEYS.filter((key) => key !== 'deleted'));

const later = (a: HlcStamp, b: HlcStamp): HlcStamp => (compareStamps(a, b) >= 0 ? a : b);

/** `undefined` (a cleared field) and `null` stay distinct; key order does not matter. */
const valueKey = (value: unknown): string => canonicalJson({ value });

/**
 * A `seen` at or after its own stamp can only come from a clock that never
 * observed the record; it would make the write supersede itself, so it counts
 * as having seen nothing.
 */
const write = (value: unknown, stamp: HlcStamp, seen: HlcStamp | undefined): Write =>
  seen !== undefined && compareStamps(seen, stamp) < 0 ? { value, stamp, seen } : { value, stamp };

/**
 * The fields a record says anything about. A field it never mentions is not
 * a write of "nothing" at its creation: reading it so would give a record
 * created on two laptops a phantom write whose stamp depends on which
 * creation the merge happened to keep.
 */
const mentionedFields = (record: FieldRecord): Set<string> => {
  const names = new Set<string>();
  for (const [key, value] of Object.entries(record)) if (!BOOKKEEPING.has(key) && value !== undefined) names.add(key);
  for (const key of Object.keys(record.fieldStamps ?? {})) names.add(key);
  for (const key of Object.keys(record.fieldSeen ?? {})) names.add(key);
  for (const [key, list] of Object.entries(record.conflicts ?? {})) if (list.length > 0) names.add(key);
  return names;
};

/**
 * `deleted` is always stored as a boolean, so a write that cleared it reads
 * as false: kept as "cleared", it would come out as false with a stamp the
 * next merge drops, and merging would not be idempotent.
 */
const fieldValue = (field: string, value: unknown): unknown => (field === 'deleted' ? value === true : value);

const writesOf = (record: FieldRecord, field: string): Write[] => [
  write(fieldValue(field, record[field]), record.fieldStamps?.[field] ?? record.createdAt, record.fieldSeen?.[field]),
  ...(record.conflicts?.[field] ?? []).map((c) => write(fieldValue(field, c.value), c.stamp, c.seen)),
];

type Settled = { readonly winner: Write; readonly horizon?: HlcStamp; readonly others: readonly Write[] };

const settle = (writes: readonly Write[]): Settled => {
  let horizon: HlcStamp | undefined;
  for (const w of writes) if (w.seen !== undefined) horizon = horizon === undefined ? w.seen : later(horizon, w.seen);
  const latestByValue = new Map<string, Write>();
  for (const w of writes) {
    if (horizon !== undefined && compareStamps(w.stamp, horizon) <= 0) continue;
    const key = valueKey(w.value);
    const kept = latestByValue.get(key);
    if (!kept || compareStamps(w.stamp, kept.stamp) > 0) latestByValue.set(key, w);
  }
  // Two values under one stamp never come from the app; ordering them by content keeps every laptop's pick the same.
  const standing = [...latestByValue.entries()]
    .sort(([ka, a], [kb, b]) => compareStamps(a.stamp, b.stamp) || (ka < kb ? -1 : ka > kb ? 1 : 0))
    .map(([, w]) => w);
  const winner = standing.pop();
  // The write carrying the horizon is stamped after it, so something always stands.
  if (!winner) throw new Error('字段没有可用的写入');
  return { winner, horizon, others: standing };
};

const conflictOf = (w: Write): FieldConflict => (w.value === undefined ? { stamp: w.stamp } : { value: w.value, stamp: w.stamp });

/** The normal form of the union of the versions' histories (all of the same id). */
const combine = (versions: readonly [FieldRecord, ...FieldRecord[]]): FieldRecord => {
  const [first] = versions;
  const createdAt = versions.map((v) => v.createdAt).reduce((a, b) => (compareStamps(a, b) <= 0 ? a : b));
  const mentioned = versions.map(mentionedFields);
  const fields = [...new Set(mentioned.flatMap((names) => [...names]))].sort();
  const values: Record<string, unknown> = {};
  const fieldStamps: Record<string, HlcStamp> = {};
  const fieldSeen: Record<string, HlcStamp> = {};
  const conflicts: Record<string, FieldConflict[]> = {};
  let updatedAt = createdAt;
  for (const field of fields) {
    const { winner, horizon, others } = settle(versions.flatMap((v, i) => (mentioned[i]?.has(field) ? writesOf(v, field) : [])));
    if (winner.value !== undefined) values[field] = winner.value;
    // A cleared field keeps its stamp even at creation time, or it would read back as never mentioned.
    if (winner.stamp !== createdAt || winner.value === undefined) fieldStamps[field] = winner.stamp;
    if (horizon !== undefined) fieldSeen[field] = horizon;
    if (others.length > 0) conflicts[field] = others.map(conflictOf);
    updatedAt = later(updatedAt, winner.stamp);
  }
  return {
    ...values,
    id: first.id,
    ...(first.eventId === undefined ? {} : { eventId: first.eventId }),
    createdAt,
    updatedAt,
    deleted: values.deleted === true,
    ...(Object.keys(fieldStamps).length > 0 ? { fieldStamps } : {}),
    ...(Object.keys(fieldSeen).length > 0 ? { fieldSeen } : {}),
    ...(Object.keys(conflicts).length > 0 ? { conflicts } : {}),
  };
};

const assertSameRecord = (a: SyncRecord, b: SyncRecord): void => {
  if (a.id !== b.id) throw new Error(`不能合并不同的记录: ${a.id} 与 ${b.id}`);
  if (a.eventId !== b.eventId) throw new Error(`记录 ${a.id} 属于不同的活动，不能合并`);
};

/**
 * Field by field: concurrent writes of different values are all kept (the
 * latest wins, the rest go to `conflicts`); a write made after seeing the
 * others replaces them without a conflict.
 */
export const mergeFieldRecords = (a: FieldRecord, b: FieldRecord): FieldRecord => {
  assertSameRecord(a, b);
  return combine([a, b]);
};

/** The stamps of a map as `[field, stamp]`, or undefined when one is not a string or names bookkeeping (left to `combine`). */
const stampEntries = (stamps: Readonly<Record<string, unknown>>): [string, string][] | undefined => {
  const entries = Object.entries(stamps);
  for (const [field, stamp] of entries) if (typeof stamp !== 'string' || BOOKKEEPING.has(field)) return undefined;
  return entries as [string, string][];
};

/**
 * Whether `combine([record])` would give back the record itself (keys that
 * hold `undefined` aside): no kept conflicts, no empty map, no stamp at
 * creation time for a field that has a value, every seen stamp before its
 * field's write, a stamp for every field seen but without a value, and
 * `updatedAt` the latest write. Records the app writes are in this form, and
 * a few string comparisons tell it, where rebuilding costs a bundle import
 * most of its merge.
 */
const inNormalForm = (record: FieldRecord): boolean => {
  const { createdAt, fieldStamps, fieldSeen } = record;
  if (record.conflicts !== undefined) return false;
  const stamps = fieldStamps === undefined ? [] : stampEntries(fieldStamps);
  const seen = fieldSeen === undefined ? [] : stampEntries(fieldSeen);
  if (!stamps || !seen || (fieldStamps !== undefined && stamps.length === 0) || (fieldSeen !== undefined && seen.length === 0)) return false;
  let latest = createdAt;
  for (const [field, stamp] of stamps) {
    if (stamp === createdAt && record[field] !== undefined) return false;
    latest = later(latest, stamp);
  }
  for (const [field, stamp] of seen) {
    const own = fieldStamps?.[field];
    if (own === undefined && record[field] === undefined) return false;
    if (compareStamps(stamp, own ?? createdAt) >= 0) return false;
  }
  return record.updatedAt === latest;
};

/**
 * The form every merge returns: stamps, seen stamps and conflicts only where
 * they say something, losing values superseded or repeated dropped. Records
 * the app writes are already in it and come back as they are (the same
 * object), so merging a record with itself gives it back.
 */
export const normalizeFieldRecord = (record: FieldRecord): FieldRecord => (inNormalForm(record) ? record : combine([record]));

/**
 * Immutable records are written once, so both copies should be equal; if they
 * are not, both laptops still keep the same one.
 */
export const mergeImmutableRecords = <T extends SyncRecord>(a: T, b: T): T => {
  assertSameRecord(a, b);
  const ja = canonicalJson(a);
  const jb = canonicalJson(b);
  return ja >= jb ? a : b;
};

/** Whether a record carries the bookkeeping of the `fields` policy (data from a bundle is only as good as its sender). */
export const isFieldRecord = (record: SyncRecord): record is FieldRecord =>
  typeof record.createdAt === 'string' && typeof record.updatedAt === 'string' && typeof record.deleted === 'boolean';

const asFieldRecord = (kind: SyncKind, record: SyncRecord): FieldRecord => {
  if (!isFieldRecord(record)) throw new Error(`${SYNC_KINDS[kind].label}记录 ${record.id} 缺少同步字段 (createdAt/updatedAt/deleted)`);
  return record;
};

export const mergeSyncRecords = (kind: SyncKind, a: SyncRecord, b: SyncRecord): SyncRecord =>
  SYNC_KINDS[kind].policy === 'fields' ? mergeFieldRecords(asFieldRecord(kind, a), asFieldRecord(kind, b)) : mergeImmutableRecords(a, b);

export const normalizeSyncRecord = (kind: SyncKind, record: SyncRecord): SyncRecord =>
  SYNC_KINDS[kind].policy === 'fields' ? normalizeFieldRecord(asFieldRecord(kind, record)) : record;
