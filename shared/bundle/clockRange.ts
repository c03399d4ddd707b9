import { isStamp, type HlcStamp } from '../clock/hlc';
import type { SyncState } from '../sync/kinds';

/** Where a record keeps HLC stamps of its own writes. */
const stampsOf = (record: Readonly<Record<string, unknown>>): unknown[] => [
  record.createdAt,
  record.updatedAt,
  record.at,
  ...(typeof record.fieldStamps === 'object' && record.fieldStamps !== null ? Object.values(record.fieldStamps) : []),
];

/**
 * The smallest and largest stamp of the records' writes (creation, last
 * change, each field's write, a revision's save): the stretch of history the
 * bundle covers. Undefined when there is no record.
 */
export const clockRange = (state: SyncState): { from: HlcStamp; to: HlcStamp } | undefined => {
  let from: HlcStamp | undefined;
  let to: HlcStamp | undefined;
  for (const records of Object.values(state)) {
    for (const record of records ?? []) {
      for (const stamp of stampsOf(record)) {
        if (typeof stamp !== 'string' || !isStamp(stamp)) continue;
        if (from === undefined || stamp < from) from = stamp;
        if (to === undefined || stamp > to) to = stamp;
      }
    }
  }
  return from === undefined || to === undefined ? undefined : { from, to };
};
