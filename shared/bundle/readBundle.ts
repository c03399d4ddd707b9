import { SYNC_KIND_NAMES, SYNC_KINDS, type SyncKind, type SyncRecord, type SyncState } from '../sync/kinds';
import { bundleFailure, failures, type BundleFailure } from './errors';
import { inflateWithin } from './deflate';
import { unlockSealed, type Opener } from './encryption';
import type { BundleManifest, ManifestFile } from './manifest';
import { parseNdjson } from './ndjson';
import { openBundle, type ExpectedEvent, type OpenedBundle } from './openBundle';
import { checkRecords } from './records';
import { fromUtf8 } from './text';
import { MAX_UNPACKED_BYTES } from './zip';

export type ReadOptions = {
  passphrase?: string;
  /** The event the bundle must belong to: another event's bundle is WRONG_EVENT. */
  eventId?: string;
  /** That event's name, only to name it in the WRONG_EVENT message. */
  eventName?: string;
  /** Told when the passphrase is being tried and when the record files are being checked, for a progress bar. */
  onStage?: (stage: 'decrypt' | 'verify') => void;
};

export type InspectResult = { ok: true; manifest: BundleManifest; unknownFiles: string[] } | BundleFailure;
export type ReadResult = { ok: true; manifest: BundleManifest; state: SyncState; unknownFiles: string[] } | BundleFailure;

/** Nothing may throw out of the reader: whatever slipped past the checks is still an answer. */
const guarded = async <T>(read: () => Promise<T | BundleFailure>): Promise<T | BundleFailure> => {
  try {
    return await read();
  } catch (error) {
    return failures.unexpected(error instanceof Error ? error.message : String(error));
  }
};

const tampered = (file: ManifestFile, label: string): BundleFailure =>
  bundleFailure('TAMPERED', `${label}文件 ${file.name} 无法解密：文件已被篡改或损坏`, `${file.name} cannot be decrypted: it was tampered with or damaged`);

/** What the zip bomb guard still allows: decrypted files inflate outside the zip, so they count here. */
type Budget = { left: number };

const openSealed = async (file: ManifestFile, label: string, sealed: Uint8Array, opener: Opener, budget: Budget): Promise<{ ok: true; bytes: Uint8Array } | BundleFailure> => {
  const compressed = await opener.open(file.name, sealed, file.iv ?? '');
  if (!compressed) return tampered(file, label);
  const inflated = inflateWithin(compressed, budget.left);
  if (inflated.ok) {
    budget.left -= inflated.bytes.length;
    return inflated;
  }
  return inflated.reason === 'too-large' ? failures.tooLarge(MAX_UNPACKED_BYTES) : tampered(file, label);
};

const readKind = async (kind: SyncKind, file: ManifestFile, opened: OpenedBundle, opener: Opener | undefined, budget: Budget): Promise<{ ok: true; records: SyncRecord[] } | BundleFailure> => {
  const { label } = SYNC_KINDS[kind];
  const stored = opened.files.get(file.name) ?? new Uint8Array();
  const plain = opener ? await openSealed(file, label, stored, opener, budget) : { ok: true as const, bytes: stored };
  if (!plain.ok) return plain;
  const text = fromUtf8(plain.bytes);
  if (text === undefined) return bundleFailure('BAD_RECORD', `${label}文件不是有效的 UTF-8 文本`, `${file.name} is not valid UTF-8 text`);
  const lines = parseNdjson(text);
  if (!lines.ok) return bundleFailure('BAD_RECORD', `${label}文件第 ${lines.line} 行不是有效的 JSON`, `${file.name} line ${lines.line} is not valid JSON`);
  const checked = checkRecords(kind, lines.values, opened.manifest.eventId, (index) => ({ zh: `${label}文件第 ${index + 1} 行`, en: `${file.name} line ${index + 1}` }));
  if (!checked.ok) return checked;
  const found = checked.records.length;
  const counted = opened.manifest.counts[kind] ?? file.records;
  if (found !== file.records || counted !== file.records) {
    const alsoZh = counted === file.records ? '' : `（counts 中为 ${counted} 条）`;
    const alsoEn = counted === file.records ? '' : ` (counts says ${counted})`;
    return bundleFailure(
      'COUNT_MISMATCH',
      `${label}文件有 ${found} 条记录，但清单记载为 ${file.records} 条${alsoZh}`,
      `${file.name} holds ${found} records but the manifest says ${file.records}${alsoEn}`,
    );
  }
  return checked;
};

/**
 * Opens a bundle without decrypting it: the zip, manifest, signature, file
 * hashes and, when given, the expected event. What `bundle inspect` shows.
 */
export const inspectBundle = (bytes: Uint8Array, expected: ExpectedEvent = {}): Promise<InspectResult> =>
  guarded(async () => {
    const opened = await openBundle(bytes, expected);
    return opened.ok ? { ok: true, manifest: opened.manifest, unknownFiles: opened.unknownFiles } : opened;
  });

/**
 * Opens, decrypts and checks a bundle and returns its records by kind as
 * they were written (unknown fields kept). A kind the manifest does not list
 * (a bundle of an older minor version) has no records. Never throws: every
 * failure is `{ ok: false, error }` with a Chinese message naming what is wrong.
 */
export const readBundle = (bytes: Uint8Array, options: ReadOptions = {}): Promise<ReadResult> =>
  guarded(async () => {
    const opened = await openBundle(bytes, options);
    if (!opened.ok) return opened;
    const { manifest } = opened;
    let opener: Opener | undefined;
    if (manifest.encryption) {
      if (options.passphrase === undefined || options.passphrase === '') return failures.passphraseRequired();
      options.onStage?.('decrypt');
      const header = { format: manifest.format, version: manifest.version, bundleId: manifest.bundleId, eventId: manifest.eventId };
      opener = await unlockSealed(options.passphrase, manifest.encryption, header);
      if (!opener) return failures.wrongPassphrase();
    }
    const state: { [K in SyncKind]?: SyncRecord[] } = {};
    const budget: Budget = { left: MAX_UNPACKED_BYTES };
    options.onStage?.('verify');
    for (const kind of SYNC_KIND_NAMES) {
      const file = manifest.files.find((f) => f.kind === kind);
      if (!file) continue;
      const read = await readKind(kind, file, opened, opener, budget);
      if (!read.ok) return read;
      state[kind] = read.records;
    }
    return { ok: true, manifest, state, unknownFiles: opened.unknownFiles };
  });
