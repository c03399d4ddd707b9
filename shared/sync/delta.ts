import type { HlcStamp } from '../clock/hlc';
import { SYNC_KIND_NAMES, SYNC_KINDS, type SyncKind, type SyncRecord, type SyncState } from './kinds';

/** The stamp of a record's newest write: `updatedAt`, or `at` for an outcome revision. */
export const recordStamp = (kind: SyncKind, record: SyncRecord): HlcStamp =>
  String(SYNC_KINDS[kind].policy === 'immutable' ? record.at : record.updatedAt);

/**
 * What a delta bundle carries: every record written after `since` on this
 * laptop's clock, and the records imports changed since then (`carried`),
 * whose own stamps may be older because another laptop wrote them.
 */
export const deltaState = (state: SyncState, since: HlcStamp, carried: Partial<Record<SyncKind, ReadonlySet<string>>>): SyncState =>
  Object.fromEntries(
    SYNC_KIND_NAMES.map((kind) => [kind, (state[kind] ?? []).filter((r) => recordStamp(kind, r) > since || carried[kind]?.has(r.id) === true)]),
  );

/** How many records of each kind a state holds. */
export const stateCounts = (state: SyncState): Record<SyncKind, number> =>
  Object.fromEntries(SYNC_KIND_NAMES.map((kind) => [kind, state[kind]?.length ?? 0])) as Record<SyncKind, number>;
