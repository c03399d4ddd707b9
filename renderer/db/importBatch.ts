import type { ExistingRecords, ImportKind, ImportPlan, OrgRef } from '@shared/import';
import type { Organisation } from '@shared/model';
import type { DeskDatabase } from './database';
import { deskClock, LAST_STAMP_KEY } from './deskClock';
import { snapshotLookup } from './integrity';
import { readLiveRegistry } from './liveRegistry';
import type { InputOf, RecordOf } from './recordKinds';
import { addRecordsInTransaction, registryTables, type BulkProgress } from './registry';
import { runWrite, WriteRefused, type WriteResult } from './writeResult';

/** The event's live records as the import planner compares against them. */
export const loadImportExisting = async (db: DeskDatabase, eventId: string): Promise<ExistingRecords> => {
  const [{ organisations, participants, needs, achievements }, event] = await Promise.all([readLiveRegistry(db, eventId), db.events.get(eventId)]);
  // Only the keys the planner compares: the snapshot is copied into the import worker.
  return {
    tables: (event?.tables ?? []).map(({ id, number }) => ({ id, number })),
    organisations: organisations.map(({ id, name, kind, usci }) => ({ id, name, kind, usci })),
    participants: participants.map(({ id, name, mobile, organisationId, badgeCode }) => ({ id, name, mobile, organisationId, badgeCode })),
    needs: needs.map(({ title, ownerId }) => ({ title, ownerId })),
    achievements: achievements.map(({ title, ownerId }) => ({ title, ownerId })),
  };
};

export type ImportCommitted<K extends ImportKind> = { records: RecordOf[K][]; organisations: Organisation[] };

const resolve = (ref: OrgRef, created: ReadonlyMap<string, string>): string => {
  const id = 'id' in ref ? ref.id : created.get(ref.newName);
  if (id === undefined) throw new WriteRefused([{ field: 'organisationId', message: `机构“${'newName' in ref ? ref.newName : ''}”未能创建` }]);
  return id;
};

/** An accepted row as the repository's input, its organisation reference turned into an id. */
const inputOf = <K extends ImportKind>(plan: ImportPlan<K>, index: number, created: ReadonlyMap<string, string>): InputOf<K> => {
  const row = plan.accepted[index];
  if (!row) throw new Error(`No accepted row ${index}`);
  const orgId = row.organisation ? resolve(row.organisation, created) : undefined;
  // Each branch builds the input of the plan's kind; TS cannot narrow K from `plan.kind`.
  if (plan.kind === 'organisations') return row.draft as InputOf<K>;
  if (plan.kind === 'participants') return { ...row.draft, ...(orgId ? { organisationId: orgId } : {}) } as InputOf<K>;
  if (orgId === undefined) throw new WriteRefused([{ field: 'ownerId', message: `第${row.rowNumber}行：缺少所属单位` }]);
  return { ...row.draft, ownerId: orgId, ...(row.contactId ? { contactId: row.contactId } : {}) } as InputOf<K>;
};

/**
 * Commits an import plan in ONE transaction: first the organisations the plan
 * creates, then the rows, which may point at them. Every row is validated and
 * checked again against the database as it is now (another window may have
 * added the same mobile since the preview); if anything is refused, nothing
 * at all is stored and the refusal names the spreadsheet row.
 */
export const commitImport = async <K extends ImportKind>(
  db: DeskDatabase,
  eventId: string,
  plan: ImportPlan<K>,
  onProgress?: BulkProgress,
): Promise<WriteResult<ImportCommitted<K>>> => {
  const clock = await deskClock(db);
  const total = plan.newOrganisations.length + plan.accepted.length;
  return runWrite(() =>
    db.transaction('rw', registryTables(db), async (tx) => {
      const lookup = await snapshotLookup(db, eventId);
      const orgs = await addRecordsInTransaction(
        'organisations',
        eventId,
        plan.newOrganisations.map((o) => ({ name: o.name, kind: o.kind })),
        { tx, lookup, clock, nameOf: (i) => `新建机构“${plan.newOrganisations[i]?.name ?? ''}”`, onChunk: (done) => onProgress?.(done, total) },
      );
      const created = new Map(orgs.records.map((o) => [o.name, o.id]));
      const inputs = plan.accepted.map((_, i) => inputOf(plan, i, created));
      const rows = await addRecordsInTransaction(plan.kind, eventId, inputs, {
        tx,
        lookup,
        clock,
        nameOf: (i) => `第${plan.accepted[i]?.rowNumber ?? i + 1}行`,
        onChunk: (done) => onProgress?.(orgs.records.length + done, total),
      });
      const lastStamp = rows.lastStamp || orgs.lastStamp;
      // Through tx, not db.meta: see BatchOptions.tx.
      if (lastStamp) await tx.table('meta').put({ key: LAST_STAMP_KEY, value: lastStamp });
      return { records: rows.records, organisations: orgs.records };
    }),
  );
};
