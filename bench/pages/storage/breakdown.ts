import { createClock } from '@shared/clock';
import { createIdGenerator } from '@shared/ids';
import type { FieldIssue } from '@shared/model';
import type { DeskDatabase } from '../../../renderer/db/database';
import { freshBadgeCode } from '../../../renderer/db/badgeCodes';
import { integrityIssues, snapshotLookup } from '../../../renderer/db/integrity';
import { parseDraft, withBadgeCode } from '../../../renderer/db/registry';
import { REGISTRY_KINDS, type InputOf, type RecordOf, type RegistryKind } from '../../../renderer/db/recordKinds';
import type { ImportedFair } from './importBench';

/**
 * Where the repository's time goes, row work only (no IndexedDB writes):
 * each step of the per-row loop of `createRecords` on its own, then the
 * whole loop outside a transaction and inside one (what Dexie's zone
 * tracking adds to the loop's awaits). The loop mirrors
 * `addRecordsInTransaction` in renderer/db/registry.ts step by step, calling
 * the same helpers; keep the two alike when that loop changes.
 */
export type Breakdown = { validation: number; badgeCodes: number; integrity: number; stampAndId: number; loop: number; loopInTransaction: number };

type Work = { [K in RegistryKind]: { kind: K; inputs: InputOf<K>[] } }['organisations' | 'participants'];

const newId = createIdGenerator((n) => crypto.getRandomValues(new Uint8Array(n)), () => Date.now());

const timed = async (work: () => unknown): Promise<number> => {
  const t0 = performance.now();
  await work();
  return performance.now() - t0;
};

/** The inputs an import would hand over, badge codes left for the repository to give. */
const inputsOf = (fair: ImportedFair): Work[] => {
  const strip = <R extends { id: string }>(r: R) => {
    const { id: _id, eventId: _e, createdAt: _c, updatedAt: _u, deleted: _d, fieldStamps: _f, ...fields } = r as R & Record<string, unknown>;
    return fields;
  };
  return [
    { kind: 'organisations', inputs: fair.organisations.map((o) => strip(o) as InputOf<'organisations'>) },
    { kind: 'participants', inputs: fair.participants.map((p) => ({ ...(strip(p) as InputOf<'participants'>), badgeCode: '' })) },
  ];
};

const runLoop = async (db: DeskDatabase, fair: ImportedFair, work: readonly Work[]) => {
  const { eventId } = fair;
  const clock = createClock('dev-bench', () => Date.now());
  const lookup = await snapshotLookup(db, eventId);
  // Between the two calls the import points the people at the new organisation ids.
  const newOrgIds = new Map<string, string>();
  for (const { kind, inputs } of work) {
    const out: RecordOf[typeof kind][] = [];
    for (const raw of inputs as InputOf<typeof kind>[]) {
      const orgId = kind === 'participants' ? (raw as InputOf<'participants'>).organisationId : undefined;
      const input = orgId === undefined ? raw : { ...raw, organisationId: newOrgIds.get(orgId) };
      const value = parseDraft(kind, await withBadgeCode(lookup, kind, input));
      const issues: FieldIssue[] = await integrityIssues(kind, lookup, value);
      if (issues.length > 0) throw new Error(issues[0]?.message);
      const stamp = clock.next();
      const record = { ...value, id: newId(REGISTRY_KINDS[kind].prefix), eventId, createdAt: stamp, updatedAt: stamp, deleted: false } as RecordOf[typeof kind];
      lookup.learn(kind, record);
      out.push(record);
    }
    if (kind === 'organisations') fair.organisations.forEach((o, i) => newOrgIds.set(o.id, out[i]?.id ?? ''));
  }
};

/** `db` is an open, empty desk database: the lookups read its (empty) tables once. */
export const measureBreakdown = async (db: DeskDatabase, fair: ImportedFair): Promise<Breakdown> => {
  const work = inputsOf(fair);
  const finalInputs: Work[] = [
    { kind: 'organisations', inputs: work[0]?.inputs as InputOf<'organisations'>[] },
    { kind: 'participants', inputs: fair.participants.map((p, i) => ({ ...(work[1]?.inputs[i] as InputOf<'participants'>), badgeCode: p.badgeCode })) },
  ];
  const validation = await timed(() => {
    for (const { kind, inputs } of finalInputs) for (const input of inputs) parseDraft(kind, input);
  });
  const badgeCodes = await timed(async () => {
    const lookup = await snapshotLookup(db, fair.eventId);
    for (let i = 0; i < fair.participants.length; i++) await freshBadgeCode(lookup);
  });
  const integrity = await timed(async () => {
    const lookup = await snapshotLookup(db, fair.eventId);
    for (const o of fair.organisations) {
      await integrityIssues('organisations', lookup, o);
      lookup.learn('organisations', o);
    }
    for (const p of fair.participants) {
      await integrityIssues('participants', lookup, p);
      lookup.learn('participants', p);
    }
  });
  const stampAndId = await timed(() => {
    const clock = createClock('dev-bench', () => Date.now());
    // Kept in an array so that the engine cannot optimise the records away.
    const out: unknown[] = [];
    for (const { kind, inputs } of finalInputs) {
      for (const value of inputs) {
        const stamp = clock.next();
        out.push({ ...value, id: newId(REGISTRY_KINDS[kind].prefix), eventId: fair.eventId, createdAt: stamp, updatedAt: stamp, deleted: false });
      }
    }
    return out;
  });
  const loop = await timed(() => runLoop(db, fair, work));
  const tables = [db.organisations, db.participants, db.needs, db.achievements, db.meta];
  const loopInTransaction = await timed(() => db.transaction('rw', tables, () => runLoop(db, fair, work)));
  return { validation, badgeCodes, integrity, stampAndId, loop, loopInTransaction };
};

