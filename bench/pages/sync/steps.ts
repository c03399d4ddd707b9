import Dexie from 'dexie';
import { dataFileName, FORMAT_NAME, FORMAT_VERSION, readBundle, writeBundle } from '@shared/bundle';
import { deflate } from '@shared/bundle/deflate';
import { createSealer } from '@shared/bundle/encryption';
import { ndjsonBytes } from '@shared/bundle/ndjson';
import { openBundle } from '@shared/bundle/openBundle';
import { checkRecords } from '@shared/bundle/records';
import { sha256Hex } from '@shared/bundle/sha256';
import { utf8 } from '@shared/bundle/text';
import { packZip, unpackZip } from '@shared/bundle/zip';
import { DATA_SCHEMA_VERSION } from '@shared/model';
import { planMerge, SYNC_KIND_NAMES, type SyncKind, type SyncRecord } from '@shared/sync';
import { exportBundle } from '../../../renderer/db/bundleExport';
import type { DeskDatabase } from '../../../renderer/db/database';
import { laptopSigner } from '../../../renderer/db/deviceKeys';
import { readEventState, syncTable, syncTables } from '../../../renderer/db/eventState';
import { newId } from '../../../renderer/db/fieldChanges';
import { encryptedReadStages } from '../encryptedReadStages';
import { eventState, freshLaptop, PASSPHRASE } from './laptops';
import { timed } from './measure';
import { STEP_NAMES, type StepName, type StepSamples, type Timed } from './protocol';

/**
 * Where an export and an import of the whole fair spend their time: each
 * stage of `exportBundle`/`writeBundle` and of `previewImport`/`readBundle`/
 * `commitImport` run on its own, on laptop A as it stands, through the same
 * shared functions the app calls (the stages are not exported from the
 * bundle module's index, so they are imported from their files).
 */
const SCRATCH = 'docking-desk-bench-sync-scratch';

const byId = (a: SyncRecord, b: SyncRecord) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const place = (index: number) => ({ zh: `第 ${index + 1} 条`, en: `record ${index + 1}` });

const validate = (state: Partial<Record<SyncKind, readonly unknown[]>>, eventId: string) => {
  for (const kind of SYNC_KIND_NAMES) {
    const checked = checkRecords(kind, state[kind] ?? [], eventId, place);
    if (!checked.ok) throw new Error(checked.error.message);
  }
};

/** As `previewImport` and `commitImport` read the local versions: the bundle's event through the eventId index, in a transaction. */
const lookup = (db: DeskDatabase, eventId: string) =>
  db.transaction('r', syncTables(db), async () => {
    const local = await readEventState(db, eventId);
    const found = new Map<string, SyncRecord>();
    for (const kind of SYNC_KIND_NAMES) for (const row of local[kind] ?? []) found.set(`${kind}:${row.id}`, row);
    return (kind: SyncKind, id: string) => found.get(`${kind}:${id}`);
  });

export const measureSteps = async (db: DeskDatabase, eventId: string, rounds: number): Promise<StepSamples> => {
  const samples = Object.fromEntries(STEP_NAMES.map((n) => [n, [] as Timed[]])) as StepSamples;
  const step = async <T>(name: StepName, run: () => T | Promise<T>): Promise<T> => {
    const { value, timing } = await timed(async () => run());
    samples[name].push(timing);
    return value;
  };
  const signer = await laptopSigner(db);
  for (let round = 0; round < rounds; round++) {
    const state = await step('read', () => eventState(db, eventId));
    await step('validate', () => validate(state, eventId));
    const plain = await step('ndjson', () => SYNC_KIND_NAMES.map((kind) => ({ kind, bytes: ndjsonBytes([...(state[kind] ?? [])].sort(byId)) })));
    await step('sha256', async () => {
      for (const file of plain) await sha256Hex(file.bytes);
    });
    await step('zip', () => packZip(plain.map((f) => ({ name: dataFileName(f.kind, false), data: f.bytes, compress: true })), new Date()));
    await step('sign', () => signer.sign(utf8(JSON.stringify(plain.map((f) => ({ kind: f.kind, bytes: f.bytes.length }))).repeat(8))));
    const input = { bundleId: newId('bdl'), eventId, kind: 'full' as const, schemaVersion: DATA_SCHEMA_VERSION, createdAt: new Date().toISOString(), state, signer };
    await step('writeBundle', () => writeBundle(input));

    const header = { format: FORMAT_NAME, version: FORMAT_VERSION, bundleId: input.bundleId, eventId };
    const sealer = await step('kdf', () => createSealer(PASSPHRASE, header));
    const deflated = await step('deflate', () => plain.map((f) => ({ name: dataFileName(f.kind, true), bytes: deflate(f.bytes) })));
    await step('encrypt', async () => {
      for (const file of deflated) await sealer.seal(file.name, file.bytes);
    });

    const bundle = await exportBundle(db, { eventId, target: 'laptop', kind: 'full', passphrase: PASSPHRASE });
    await step('unzip', () => unpackZip(bundle.data));
    const opened = await step('openBundle', () => openBundle(bundle.data));
    if (!opened.ok) throw new Error(opened.error.message);
    const parsed = await encryptedReadStages(opened, PASSPHRASE, step);
    await step('validateIn', () => validate(parsed, eventId));
    const read = await step('readBundle', () => readBundle(bundle.data, { passphrase: PASSPHRASE }));
    if (!read.ok) throw new Error(read.error.message);

    const scratch = await freshLaptop(SCRATCH);
    const nothing = await step('lookupEmpty', () => lookup(scratch, eventId));
    const plan = await step('planEmpty', () => planMerge(nothing, read.state));
    await step('bulkPut', () =>
      scratch.transaction('rw', syncTables(scratch), async () => {
        for (const kind of SYNC_KIND_NAMES) await syncTable(scratch, kind).bulkPut(plan.writes.filter((w) => w.kind === kind).map((w) => w.record));
      }),
    );
    scratch.close();
    await Dexie.delete(SCRATCH);
    const local = await step('lookupFull', () => lookup(db, eventId));
    const again = await step('planFull', () => planMerge(local, read.state));
    if (again.writes.length > 0) throw new Error(`re-planning A's own bundle would write ${again.writes.length} records`);
  }
  return samples;
};
