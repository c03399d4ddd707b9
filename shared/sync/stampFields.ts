import type { HlcStamp } from '../clock/hlc';
import type { RecordBase } from '../model/record';

/** The bookkeeping an edit touches, generic in how the kept conflicts are typed (stored records, sync records). */
type Bookkeeping<C> = {
  createdAt: HlcStamp;
  fieldStamps?: Readonly<Record<string, HlcStamp>>;
  fieldSeen?: Readonly<Record<string, HlcStamp>>;
  conflicts?: Readonly<Record<string, C>>;
};

/**
 * The bookkeeping of a record after a local edit of `changed` at `stamp`.
 *
 * Each changed field records the stamp of the value it replaced (`fieldSeen`):
 * that value and every conflict kept beside it are older, so the edit
 * supersedes them all, on this laptop and on every laptop it reaches. An edit
 * therefore also resolves the field's open conflict. `conflicts` comes back as
 * `undefined` when none is left so that spreading this over the stored record
 * clears it.
 */
export const stampFields = <C = NonNullable<RecordBase['conflicts']>[string]>(
  current: Bookkeeping<C>,
  changed: readonly string[],
  stamp: HlcStamp,
): { fieldStamps: Record<string, HlcStamp>; fieldSeen: Record<string, HlcStamp>; conflicts: Record<string, C> | undefined } => {
  const fieldStamps: Record<string, HlcStamp> = { ...current.fieldStamps };
  const fieldSeen: Record<string, HlcStamp> = { ...current.fieldSeen };
  for (const field of changed) {
    fieldSeen[field] = current.fieldStamps?.[field] ?? current.createdAt;
    fieldStamps[field] = stamp;
  }
  const conflicts: Record<string, C> = Object.fromEntries(Object.entries(current.conflicts ?? {}).filter(([field]) => !changed.includes(field)));
  return { fieldStamps, fieldSeen, conflicts: Object.keys(conflicts).length > 0 ? conflicts : undefined };
};
