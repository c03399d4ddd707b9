import { divergeLaptops } from '../../fixtures/bundleEdits';
import { bundleFair } from '../../fixtures/bundleFair';
import { createDeviceKeys, dataFileName, FORMAT_NAME, FORMAT_VERSION, readBundle, signerFromKeys, writeBundle, type DeviceSigner } from '../../../shared/bundle';
import { deflate } from '../../../shared/bundle/deflate';
import { createSealer } from '../../../shared/bundle/encryption';
import { ndjsonBytes } from '../../../shared/bundle/ndjson';
import { openBundle } from '../../../shared/bundle/openBundle';
import { checkRecords } from '../../../shared/bundle/records';
import { sha256Hex } from '../../../shared/bundle/sha256';
import { utf8 } from '../../../shared/bundle/text';
import { packZip } from '../../../shared/bundle/zip';
import { maxStamp, planMerge, type MergePlan } from '../../../shared/sync/mergeStates';
import { SYNC_KIND_NAMES, type SyncKind, type SyncRecord, type SyncState } from '../../../shared/sync/kinds';
import { encryptedReadStages } from '../encryptedReadStages';
import { STAGE_NAMES, type BundleMeasurement, type BundleParams, type BundleRun, type StageName, type Timing } from './protocol';

/**
 * The bundle pipeline of issue 6 on its own, without a database: laptop A
 * exports the whole fair (`writeBundle`, unencrypted and encrypted) and
 * laptop B, whose copy diverged from A's, verifies and plans its import
 * (`readBundle`, then `planMerge` and `maxStamp` against B's records, what
 * the app's import session runs in its worker before it writes). Runs as it
 * is in Node and in a browser worker.
 */
export type Clocks = {
  now(): number;
  /** CPU time of the process, where the runtime has one. */
  cpu?(): number;
};

/** What the organisers type on both laptops (the sync suite's passphrase). */
const PASSPHRASE = '千校万企·对接台-2026';
const BUNDLE_ID = 'bdl_01m7vzgc00aaaaaaaaaaaaaaaa';
const CREATED_AT = '2026-11-28T02:00:00.000Z';
const SCHEMA_VERSION = 5;

const place = (index: number) => ({ zh: `第 ${index + 1} 条`, en: `record ${index + 1}` });
const byId = (a: SyncRecord, b: SyncRecord): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const timer = (clocks: Clocks) => async <T>(run: () => T | Promise<T>): Promise<{ value: T; timing: Timing }> => {
  const c0 = clocks.cpu?.();
  const t0 = clocks.now();
  const value = await run();
  const ms = clocks.now() - t0;
  const c1 = clocks.cpu?.();
  return { value, timing: c0 === undefined || c1 === undefined ? { ms } : { ms, cpuMs: c1 - c0 } };
};

type Laptops = { eventId: string; exporter: SyncState; local: SyncState; signer: DeviceSigner };

const exportOf = (laptops: Laptops, encrypted: boolean): Promise<Uint8Array> =>
  writeBundle({
    bundleId: BUNDLE_ID,
    eventId: laptops.eventId,
    kind: 'full',
    target: 'laptop',
    schemaVersion: SCHEMA_VERSION,
    createdAt: CREATED_AT,
    state: laptops.exporter,
    signer: laptops.signer,
    ...(encrypted ? { passphrase: PASSPHRASE } : {}),
  });

/** As the import session does in its worker: B's records by kind and id (read from IndexedDB there), the bundle read, the merge planned. */
const importInto = async (laptops: Laptops, bytes: Uint8Array, encrypted: boolean): Promise<MergePlan> => {
  const local = new Map<string, SyncRecord>();
  for (const kind of SYNC_KIND_NAMES) for (const record of laptops.local[kind] ?? []) local.set(`${kind}:${record.id}`, record);
  const read = await readBundle(bytes, { eventId: laptops.eventId, ...(encrypted ? { passphrase: PASSPHRASE } : {}) });
  if (!read.ok) throw new Error(`readBundle refused the bundle: ${read.error.message}`);
  const plan = planMerge((kind, id) => local.get(`${kind}:${id}`), read.state);
  maxStamp(read.state);
  return plan;
};

const validate = (state: Partial<Record<SyncKind, readonly unknown[]>>, eventId: string): void => {
  for (const kind of SYNC_KIND_NAMES) {
    const checked = checkRecords(kind, state[kind] ?? [], eventId, place);
    if (!checked.ok) throw new Error(checked.error.message);
  }
};

/** One round of every stage on its own, through the same shared functions `writeBundle` and `readBundle` call. */
const stageRound = async (laptops: Laptops, clocks: Clocks, stages: Record<StageName, number[]>): Promise<void> => {
  const time = timer(clocks);
  const step = async <T>(name: StageName, run: () => T | Promise<T>): Promise<T> => {
    const { value, timing } = await time(run);
    stages[name].push(timing.ms);
    return value;
  };
  const { eventId, exporter } = laptops;
  await step('validate', () => validate(exporter, eventId));
  const plain = await step('ndjson', () => SYNC_KIND_NAMES.map((kind) => ({ kind, bytes: ndjsonBytes([...(exporter[kind] ?? [])].sort(byId)) })));
  await step('sha256', async () => {
    for (const file of plain) await sha256Hex(file.bytes);
  });
  await step('zip', () => packZip(plain.map((f) => ({ name: dataFileName(f.kind, false), data: f.bytes, compress: true })), new Date(CREATED_AT)));
  const header = { format: FORMAT_NAME, version: FORMAT_VERSION, bundleId: BUNDLE_ID, eventId };
  const sealer = await step('kdf', () => createSealer(PASSPHRASE, header));
  const deflated = await step('deflate', () => plain.map((f) => ({ name: dataFileName(f.kind, true), bytes: deflate(f.bytes) })));
  await step('encrypt', async () => {
    for (const file of deflated) await sealer.seal(file.name, file.bytes);
  });

  const bundle = await exportOf(laptops, true);
  const opened = await step('openBundle', () => openBundle(bundle));
  if (!opened.ok) throw new Error(opened.error.message);
  const parsed = await encryptedReadStages(opened, PASSPHRASE, step);
  await step('validateIn', () => validate(parsed, eventId));
  const read = await readBundle(bundle, { passphrase: PASSPHRASE });
  if (!read.ok) throw new Error(read.error.message);
  const local = new Map<string, SyncRecord>();
  for (const kind of SYNC_KIND_NAMES) for (const record of laptops.local[kind] ?? []) local.set(`${kind}:${record.id}`, record);
  await step('plan', () => planMerge((kind, id) => local.get(`${kind}:${id}`), read.state));
  await step('maxStamp', () => maxStamp(read.state));
};

const samePlan = (a: MergePlan, b: MergePlan): boolean => a.writes.length === b.writes.length && a.newConflicts.length === b.newConflicts.length;

/** Builds the fair, then a warm-up and `runs` measured repetitions of the four calls, then `runs` rounds of the stages. */
export const measureBundles = async (params: BundleParams, clocks: Clocks, log: (line: string) => void): Promise<BundleMeasurement> => {
  const time = timer(clocks);
  const built = await time(async () => {
    const fair = bundleFair(params.records, params.seed);
    const diverged = divergeLaptops(fair);
    const keys = await createDeviceKeys();
    const signer = signerFromKeys(keys, { deviceId: 'dev-aaaaaaaaaaaa', deviceName: '签到台 A' });
    return { laptops: { eventId: fair.event.id, exporter: diverged.exporter, local: diverged.local, signer } satisfies Laptops, edits: diverged.edits };
  });
  const { laptops, edits } = built.value;
  const records = Object.fromEntries(SYNC_KIND_NAMES.filter((k) => laptops.exporter[k]).map((k) => [k, laptops.exporter[k]?.length ?? 0]));
  log(`fair built: ${Object.values(records).reduce((a, b) => a + b, 0)} records, ${edits.exporter} + ${edits.local} edits (${Math.round(built.timing.ms)} ms)`);

  const runs: BundleRun[] = [];
  let sizes = { plain: 0, encrypted: 0 };
  let plan: MergePlan | undefined;
  for (let rep = 0; rep <= params.runs; rep++) {
    const exportPlain = await time(() => exportOf(laptops, false));
    const exportEncrypted = await time(() => exportOf(laptops, true));
    const importPlain = await time(() => importInto(laptops, exportPlain.value, false));
    const importEncrypted = await time(() => importInto(laptops, exportEncrypted.value, true));
    if (!samePlan(importPlain.value, importEncrypted.value)) throw new Error('the encrypted bundle planned another import than the plain one');
    plan = importPlain.value;
    sizes = { plain: exportPlain.value.length, encrypted: exportEncrypted.value.length };
    const run = { exportPlain: exportPlain.timing, exportEncrypted: exportEncrypted.timing, importPlain: importPlain.timing, importEncrypted: importEncrypted.timing };
    const ms = (t: Timing) => `${Math.round(t.ms)} ms`;
    log(`${rep === 0 ? 'warm-up' : `run ${rep}/${params.runs}`}: export ${ms(run.exportPlain)}, encrypted ${ms(run.exportEncrypted)}; import ${ms(run.importPlain)}, encrypted ${ms(run.importEncrypted)}`);
    if (rep > 0) runs.push(run);
  }
  if (!plan) throw new Error('no repetition ran');

  const stages = Object.fromEntries(STAGE_NAMES.map((name) => [name, [] as number[]])) as Record<StageName, number[]>;
  for (let round = 0; round < params.runs; round++) await stageRound(laptops, clocks, stages);
  log('stages timed');
  return {
    records,
    edits,
    bytes: { json: utf8(JSON.stringify(laptops.exporter)).length, ...sizes },
    plan: { writes: plan.writes.length, newConflicts: plan.newConflicts.length },
    runs,
    stages,
    fixtureMs: built.timing.ms,
  };
};
