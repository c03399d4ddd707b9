import type { HlcStamp } from '../clock/hlc';
import { canonicalJson } from '../sync/canonicalJson';
import { SYNC_KIND_NAMES, SYNC_KINDS, type SyncKind, type SyncRecord, type SyncState } from '../sync/kinds';
import { toBase64 } from './base64';
import { clockRange } from './clockRange';
import { deflate } from './deflate';
import { importPassphrase, sealerFor, type Sealer } from './encryption';
import { firstIssue } from './issues';
import { dataFileName, FORMAT_NAME, FORMAT_VERSION, MANIFEST_FILE } from './format';
import { manifestSchema, signedBytes, type ManifestFile } from './manifest';
import { ndjsonBytes } from './ndjson';
import { checkRecords } from './records';
import { sha256Hex } from './sha256';
import type { DeviceSigner } from './signature';
import { utf8 } from './text';
import { packZip, type ZipEntry } from './zip';

export type BundleKind = 'full' | 'delta';
export type BundleTarget = 'platform' | 'laptop' | 'backup';

export type WriteBundleInput = {
  /** Made by the caller, e.g. `'bdl_' + …` from the id generator. */
  bundleId: string;
  eventId: string;
  eventName?: string;
  kind: BundleKind;
  /** The earlier export a delta continues from: required for a delta. */
  since?: { bundleId: string; clock: HlcStamp };
  target?: BundleTarget;
  /** The app's database schema version. */
  schemaVersion: number;
  /** ISO time of the export. */
  createdAt: string;
  state: SyncState;
  signer: DeviceSigner;
  /** Encrypts the record files when given (personal data leaving the laptop). */
  passphrase?: string;
  /** Called after each record file and once more when the zip is done. */
  onProgress?: (done: number, total: number) => void;
};

const byId = (a: SyncRecord, b: SyncRecord): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Zip timestamps cannot go before 1980; the export's own time otherwise, so the same export gives the same bytes. */
const zipTime = (createdAt: string): Date => new Date(Math.max(Date.parse(createdAt), Date.UTC(1980, 0, 2)));

/**
 * One record file. The NDJSON (and, encrypted, its DEFLATE) is made before the
 * first await, so a caller that starts the next file before awaiting this one
 * lets WebCrypto hash and encrypt off this thread meanwhile.
 */
const recordFile = async (kind: SyncKind, records: readonly SyncRecord[], sealer: Sealer | undefined) => {
  const name = dataFileName(kind, sealer !== undefined);
  const plain = ndjsonBytes([...records].sort(byId));
  const sealed = sealer ? await sealer.seal(name, deflate(plain)) : undefined;
  const bytes = sealed?.bytes ?? plain;
  const file: ManifestFile = { name, kind, records: records.length, sha256: await sha256Hex(bytes), ...(sealed ? { iv: sealed.iv } : {}) };
  return { file, entry: { name, data: bytes, compress: sealer === undefined } satisfies ZipEntry };
};

/** Refuses a request no reader would accept before any work is done on it. */
const checkRequest = (input: WriteBundleInput): void => {
  if (input.kind === 'delta' && input.since === undefined) throw new Error('增量数据包必须注明它接续的数据包（since）');
  if (input.passphrase !== undefined && input.passphrase.length === 0) throw new Error('加密口令不能为空');
};

/** Refuses what no reader would accept, so a bad record is found when exporting rather than on the other laptop. */
const checkInputRecords = (input: WriteBundleInput): void => {
  for (const kind of SYNC_KIND_NAMES) {
    const checked = checkRecords(kind, input.state[kind] ?? [], input.eventId, (index) => ({
      zh: `${SYNC_KINDS[kind].label}第 ${index + 1} 条`,
      en: `${kind} record ${index + 1}`,
    }));
    if (!checked.ok) throw new Error(`无法导出：${checked.error.message}`);
  }
};

/**
 * Packs one event's records into a signed .dockbundle: every kind in
 * SYNC_KINDS order (an empty file for none), records sorted by id. Throws
 * (rejects) on input no reader would accept: a delta without `since`, an
 * empty passphrase, an invalid record.
 */
export const writeBundle = async (input: WriteBundleInput): Promise<Uint8Array> => {
  checkRequest(input);
  const header = { format: FORMAT_NAME, version: FORMAT_VERSION, bundleId: input.bundleId, eventId: input.eventId };
  const passphrase = input.passphrase === undefined ? undefined : await importPassphrase(input.passphrase);
  // PBKDF2's 600,000 rounds start here and run in WebCrypto, off this thread, while the records are checked.
  const sealing = passphrase === undefined ? undefined : sealerFor(passphrase, header);
  // Awaited below; when a record is refused first, that refusal is the one to report.
  sealing?.catch(() => undefined);
  checkInputRecords(input);
  const sealer = await sealing;
  const total = SYNC_KIND_NAMES.length + 1;
  const pending = SYNC_KIND_NAMES.map((kind, index) => {
    const packed = recordFile(kind, input.state[kind] ?? [], sealer);
    input.onProgress?.(index + 1, total);
    return packed;
  });
  const packed = await Promise.all(pending);
  const files = packed.map((p) => p.file);
  const entries = packed.map((p) => p.entry);
  const unsigned = {
    ...header,
    schemaVersion: input.schemaVersion,
    eventName: input.eventName,
    kind: input.kind,
    since: input.since,
    target: input.target,
    device: { id: input.signer.deviceId, name: input.signer.deviceName, publicKey: toBase64(input.signer.publicKey) },
    createdAt: input.createdAt,
    clock: clockRange(input.state),
    counts: Object.fromEntries(files.map((f) => [f.kind, f.records])),
    files,
    encryption: sealer?.encryption,
  };
  const signature = await input.signer.sign(signedBytes(unsigned));
  // JSON drops the undefined keys just as the canonical form that was signed does.
  const manifest = JSON.parse(canonicalJson({ ...unsigned, signature: { algorithm: 'Ed25519', value: toBase64(signature) } })) as unknown;
  // A writer bug (a bad createdAt, a device id too long) should fail here, not on the laptop that reads the bundle.
  const issue = firstIssue(manifestSchema, manifest);
  if (issue) throw new Error(`无法导出：清单字段 ${issue.field} 无效（${issue.zh}）`);
  const manifestBytes = utf8(`${JSON.stringify(manifest, null, 2)}\n`);
  const zip = packZip([{ name: MANIFEST_FILE, data: manifestBytes, compress: true }, ...entries], zipTime(input.createdAt));
  input.onProgress?.(total, total);
  return zip;
};
