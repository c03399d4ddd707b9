import { listConflicts } from '@shared/sync/conflicts';
import { SYNC_KIND_NAMES, SYNC_KINDS, type FieldConflict, type FieldRecord, type SyncKind } from '@shared/sync/kinds';
import { stampFields } from '@shared/sync/stampFields';
import type { DeskDatabase } from './database';
import { deskClock, LAST_STAMP_KEY } from './deskClock';
import { syncTable } from './eventState';
import { runWrite, WriteRefused, type WriteResult } from './writeResult';

/** 待处理冲突: one field two laptops changed without seeing each other's edit. */
export type OpenConflict = {
  kind: SyncKind;
  record: FieldRecord;
  field: string;
  winner: { value?: unknown; stamp: string };
  others: readonly FieldConflict[];
};

const FIELD_KINDS = SYNC_KIND_NAMES.filter((kind) => SYNC_KINDS[kind].policy === 'fields');

/** Every open conflict of an event, by kind then record. */
export const readConflicts = async (db: DeskDatabase, eventId: string): Promise<OpenConflict[]> => {
  const found: OpenConflict[] = [];
  for (const kind of FIELD_KINDS) {
    const rows = (kind === 'events' ? [await syncTable(db, kind).get(eventId)] : await syncTable(db, kind).where('eventId').equals(eventId).toArray()) as (FieldRecord | undefined)[];
    for (const record of rows) {
      if (!record?.conflicts) continue;
      for (const c of listConflicts(kind, record)) found.push({ kind, record, field: c.field, winner: c.winner, others: c.others });
    }
  }
  return found;
};

/**
 * Settles a conflict with the value the organiser picked (the current one or
 * a kept one) by an ordinary edit: it supersedes every kept value, here and
 * on every laptop it reaches. Refused when the field changed since the list
 * was read, or when the picked value no longer fits the record.
 */
export const resolveConflict = async (
  db: DeskDatabase,
  conflict: Pick<OpenConflict, 'kind' | 'field' | 'winner'> & { id: string },
  chosen: { value?: unknown },
): Promise<WriteResult<FieldRecord>> => {
  const clock = await deskClock(db);
  const table = syncTable(db, conflict.kind);
  return runWrite(() =>
    db.transaction('rw', table, db.meta, async () => {
      const current = (await table.get(conflict.id)) as FieldRecord | undefined;
      if (!current) throw new WriteRefused([{ field: '', message: '该记录已不存在' }]);
      const stamp = current.fieldStamps?.[conflict.field] ?? current.createdAt;
      if (stamp !== conflict.winner.stamp || !current.conflicts?.[conflict.field]) {
        throw new WriteRefused([{ field: conflict.field, message: '该字段在此期间已被修改，请刷新冲突列表后重新选择' }]);
      }
      const at = clock.next();
      const edited: Record<string, unknown> = { ...current, [conflict.field]: chosen.value, updatedAt: at, ...stampFields(current, [conflict.field], at) };
      // A cleared field and a settled `conflicts` are absent keys, as every other write leaves them.
      const next = Object.fromEntries(Object.entries(edited).filter(([, value]) => value !== undefined));
      const checked = SYNC_KINDS[conflict.kind].schema.safeParse(next);
      if (!checked.success) throw new WriteRefused([{ field: conflict.field, message: `所选的值与该记录的其他字段不一致：${checked.error.issues[0]?.message ?? ''}` }]);
      await table.put(next as FieldRecord);
      await db.meta.put({ key: LAST_STAMP_KEY, value: at });
      return next as FieldRecord;
    }),
  );
};
