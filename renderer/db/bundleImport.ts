import type { Transaction } from 'dexie';
import { readBundle, type BundleManifest } from '@shared/bundle';
import { maxStamp, planMerge, type MergePlan } from '@shared/sync/mergeStates';
import { SYNC_KIND_NAMES, type SyncKind, type SyncRecord, type SyncState } from '@shared/sync/kinds';
import type { BundleImport } from './bundleLog';
import type { DeskDatabase } from './database';
import { deskClock, LAST_STAMP_KEY } from './deskClock';
import { readActiveEventId, setActiveEvent } from './events';
import { readEventState, syncTables } from './eventState';
import type { OnImportProgress } from './importProgress';
import { writeCount } from './writeWatch';

/** Why a bundle was not imported, in Chinese for the organiser; `code` for tests and logs. */
export type ImportProblem = { code: string; message: string };

/** What the organiser sees before anything is written. */
export type ImportPreview = {
  manifest: BundleManifest;
  /** The bundle's records, merged on commit. */
  state: SyncState;
  plan: MergePlan;
  /** The event's name here, when this laptop already has the event. */
  localEventName?: string;
  /** When this very bundle was imported before (importing it again changes nothing). */
  previouslyImportedAt?: string;
  /** The sending laptop was never seen here before. */
  newDevice: boolean;
  /** Record files of a newer version of the app, kept out of the import. */
  unknownFiles: string[];
  /** What the plan was made from: when nothing was written since, the commit reuses it. */
  basis: { writes: number; lastStamp: unknown; imports: unknown };
};

export type ImportOutcome<T> = { ok: true; value: T } | { ok: false; error: ImportProblem };

const keyChanged = (manifest: BundleManifest): ImportProblem => ({
  code: 'DEVICE_KEY_CHANGED',
  message: `数据包声称来自设备“${manifest.device.name}”（${manifest.device.id}），但其签名密钥与此前从该设备导入的不一致，可能是伪造的数据包，已拒绝导入`,
});

/**
 * This laptop's records of the bundle's event, by kind and id: one read
 * through the `eventId` index per table, several times faster than fetching
 * the bundle's ids one by one (every record of a bundle belongs to its event).
 */
const localLookup = async (db: DeskDatabase, eventId: string): Promise<(kind: SyncKind, id: string) => SyncRecord | undefined> => {
  const state = await readEventState(db, eventId);
  const found = new Map<string, SyncRecord>();
  for (const kind of SYNC_KIND_NAMES) for (const row of state[kind] ?? []) found.set(`${kind}:${row.id}`, row);
  return (kind, id) => found.get(`${kind}:${id}`);
};

/**
 * Reads and checks a bundle and works out what importing it would do, without
 * writing anything: new, changed and unchanged records per kind and the
 * conflicts it would open.
 */
export const previewImport = async (db: DeskDatabase, bytes: Uint8Array, options: { passphrase?: string; onProgress?: OnImportProgress } = {}): Promise<ImportOutcome<ImportPreview>> => {
  const { onProgress } = options;
  const read = await readBundle(bytes, { passphrase: options.passphrase, ...(onProgress ? { onStage: (stage: 'decrypt' | 'verify') => onProgress({ stage }) } : {}) });
  if (!read.ok) return { ok: false, error: { code: read.error.code, message: read.error.message } };
  const { manifest, state, unknownFiles } = read;
  const writes = writeCount(db);
  return db.transaction('r', [...syncTables(db), db.devices, db.bundleImports, db.meta], async () => {
    const device = await db.devices.get(manifest.device.id);
    if (device && device.publicKey !== manifest.device.publicKey) return { ok: false, error: keyChanged(manifest) };
    const previous = await db.bundleImports.get(manifest.bundleId);
    const localEvent = await db.events.get(manifest.eventId);
    const basis = { writes, ...(await basisStamps(db)) };
    onProgress?.({ stage: 'readLocal' });
    const local = await localLookup(db, manifest.eventId);
    onProgress?.({ stage: 'compare' });
    const plan = planMerge(local, state);
    return {
      ok: true,
      value: {
        manifest,
        state,
        plan,
        ...(localEvent ? { localEventName: localEvent.name } : {}),
        ...(previous ? { previouslyImportedAt: previous.importedAt } : {}),
        newDevice: device === undefined,
        unknownFiles,
        basis,
      },
    } satisfies ImportOutcome<ImportPreview>;
  });
};

export type ImportSummary = { bundleId: string; eventId: string; plan: MergePlan };

/** Rows per `bulkPut`: small enough to report progress a few times a second, large enough to stay fast. */
export const WRITE_CHUNK = 2000;

/**
 * Writes the plan's records kind by kind in chunks, reporting after each.
 * Every chunk goes through the running transaction `tx`, so all of them
 * commit together or not at all.
 */
const writePlan = async (tx: Transaction, plan: MergePlan, onProgress?: OnImportProgress): Promise<BundleImport['written']> => {
  const written: Partial<Record<SyncKind, string[]>> = {};
  const total = plan.writes.length;
  let done = 0;
  for (const kind of SYNC_KIND_NAMES) {
    const records = plan.writes.filter((w) => w.kind === kind).map((w) => w.record);
    if (records.length === 0) continue;
    if (done === 0) onProgress?.({ stage: 'write', kind, kindDone: 0, kindTotal: records.length, done, total });
    for (let start = 0; start < records.length; start += WRITE_CHUNK) {
      const chunk = records.slice(start, start + WRITE_CHUNK);
      await tx.table<SyncRecord, string>(kind).bulkPut(chunk);
      done += chunk.length;
      onProgress?.({ stage: 'write', kind, kindDone: start + chunk.length, kindTotal: records.length, done, total });
    }
    written[kind] = records.map((r) => r.id);
  }
  return written;
};

/** Bumped by every import, whose records may carry older stamps than this laptop's newest. */
const IMPORT_SEQ_KEY = 'importSeq';

/**
 * Every repository write moves the newest stamp and every import bumps the
 * import count, both inside their transaction: with the write counter they
 * tell whether a preview's plan still holds when the organiser confirms.
 */
const basisStamps = async (db: DeskDatabase) => ({
  lastStamp: (await db.meta.get(LAST_STAMP_KEY))?.value,
  imports: (await db.meta.get(IMPORT_SEQ_KEY))?.value,
});

const unionWritten = (a: BundleImport['written'], b: BundleImport['written']): BundleImport['written'] =>
  Object.fromEntries(SYNC_KIND_NAMES.filter((k) => a[k] || b[k]).map((k) => [k, [...new Set([...(a[k] ?? []), ...(b[k] ?? [])])]]));

/**
 * Merges a previewed bundle in one transaction: the merge is worked out again
 * inside it (another window may have written since the preview), so nothing
 * is overwritten that the preview did not see, and a failure leaves the
 * database as it was. Importing the same bundle again writes nothing.
 * A laptop with no open fair opens the imported one.
 */
export const commitImport = async (
  db: DeskDatabase,
  preview: ImportPreview,
  { now = new Date(), onProgress }: { now?: Date; onProgress?: OnImportProgress } = {},
): Promise<ImportOutcome<ImportSummary>> => {
  const { manifest, state } = preview;
  const newest = maxStamp(state);
  const clock = await deskClock(db);
  // Before any write: a local edit made after the import must carry a later
  // stamp than every imported value, even when the other laptop's clock runs ahead.
  if (newest !== undefined) clock.observe(newest);
  return db.transaction('rw', [...syncTables(db), db.devices, db.bundleImports, db.meta], async (tx) => {
    const device = await db.devices.get(manifest.device.id);
    if (device && device.publicKey !== manifest.device.publicKey) return { ok: false, error: keyChanged(manifest) };
    const stamps = await basisStamps(db);
    const unchanged = preview.basis.writes === writeCount(db) && preview.basis.lastStamp === stamps.lastStamp && preview.basis.imports === stamps.imports;
    const plan = unchanged ? preview.plan : planMerge(await localLookup(db, manifest.eventId), state);
    const written = await writePlan(tx, plan, onProgress);
    if (!device) await db.devices.put({ id: manifest.device.id, name: manifest.device.name, publicKey: manifest.device.publicKey, firstSeenAt: now.toISOString() });
    const entry: BundleImport = {
      id: manifest.bundleId,
      eventId: manifest.eventId,
      deviceId: manifest.device.id,
      deviceName: manifest.device.name,
      kind: manifest.kind,
      createdAt: manifest.createdAt,
      importedAt: now.toISOString(),
      written,
    };
    const previous = await db.bundleImports.get(manifest.bundleId);
    // A repeat import keeps the first entry's time and adds what it wrote (a
    // bundle re-imported after records were lost writes them again).
    await db.bundleImports.put(previous ? { ...previous, written: unionWritten(previous.written, written) } : entry);
    // A laptop restored from a bundle opens the fair it brought; a laptop
    // busy with another fair stays on it (the done view offers to switch).
    if ((await readActiveEventId(db)) === undefined) await setActiveEvent(db, manifest.eventId);
    const last = (await db.meta.get(LAST_STAMP_KEY))?.value;
    if (newest !== undefined && (typeof last !== 'string' || newest > last)) await db.meta.put({ key: LAST_STAMP_KEY, value: newest });
    await db.meta.put({ key: IMPORT_SEQ_KEY, value: (Number((await db.meta.get(IMPORT_SEQ_KEY))?.value) || 0) + 1 });
    return { ok: true, value: { bundleId: manifest.bundleId, eventId: manifest.eventId, plan } } satisfies ImportOutcome<ImportSummary>;
  });
};
