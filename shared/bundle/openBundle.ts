import { SYNC_KINDS, isSyncKind } from '../sync/kinds';
import { fromBase64 } from './base64';
import { bundleFailure, failures, type BundleFailure } from './errors';
import { firstIssue } from './issues';
import { dataFileName, FORMAT_NAME, MANIFEST_FILE, parseVersion, READER_MAJOR } from './format';
import { manifestSchema, signedBytes, type BundleManifest, type ManifestFile } from './manifest';
import { sha256Hex } from './sha256';
import { verifySignature } from './signature';
import { fromUtf8 } from './text';
import { unpackZip } from './zip';

/** The event the caller expects the bundle to belong to (the open event), and its name for the message. */
export type ExpectedEvent = { eventId?: string; eventName?: string };

export type OpenedBundle = {
  ok: true;
  manifest: BundleManifest;
  /** The zip's entries by name, each listed file's hash checked. */
  files: ReadonlyMap<string, Uint8Array>;
  /** Files listed for record kinds this version does not know, hash-checked and left alone. */
  unknownFiles: string[];
};

const fileLabel = (file: ManifestFile): string => (isSyncKind(file.kind) ? `${SYNC_KINDS[file.kind].label}文件 ${file.name}` : `文件 ${file.name}`);

const parseManifestJson = (bytes: Uint8Array): { ok: true; raw: Record<string, unknown> } | BundleFailure => {
  const text = fromUtf8(bytes);
  if (text === undefined) return failures.badManifest('不是有效的 UTF-8 文本', 'not valid UTF-8 text');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return failures.badManifest('不是有效的 JSON', 'not valid JSON');
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return failures.badManifest('应为一个 JSON 对象', 'not a JSON object');
  return { ok: true, raw: raw as Record<string, unknown> };
};

/**
 * The format and version are read before the rest: a newer major version may
 * have changed any other field, and “please upgrade” is the useful answer then.
 */
const checkFormat = (raw: Record<string, unknown>): BundleFailure | undefined => {
  if (raw.format !== FORMAT_NAME) return failures.unknownFormat(String(raw.format ?? ''));
  const version = typeof raw.version === 'string' ? parseVersion(raw.version) : undefined;
  if (!version || version.major < 1) return failures.badManifest(`字段 version 无效（${String(raw.version)}）`, `field version is invalid (${String(raw.version)})`);
  if (version.major > READER_MAJOR) return failures.newerVersion(String(raw.version));
  return undefined;
};

const parseManifest = (raw: Record<string, unknown>): { ok: true; manifest: BundleManifest } | BundleFailure => {
  const issue = firstIssue(manifestSchema, raw);
  if (issue) return failures.badManifest(`字段 ${issue.field} 缺失或无效（${issue.zh}）`, `field ${issue.field} is missing or invalid (${issue.en})`);
  const manifest = manifestSchema.parse(raw);
  const names = new Set<string>();
  const kinds = new Set<string>();
  for (const file of manifest.files) {
    if (names.has(file.name) || kinds.has(file.kind)) return failures.badManifest(`文件 ${file.name} 列出了两次`, `${file.name} is listed twice`);
    names.add(file.name);
    kinds.add(file.kind);
    if (file.name === MANIFEST_FILE) return failures.badManifest('files 不能列出 manifest.json', 'files must not list manifest.json');
    const encrypted = manifest.encryption !== undefined;
    if (isSyncKind(file.kind) && file.name !== dataFileName(file.kind, encrypted)) {
      return failures.badManifest(`文件 ${file.name} 应名为 ${dataFileName(file.kind, encrypted)}`, `${file.name} should be named ${dataFileName(file.kind, encrypted)}`);
    }
    if (encrypted && file.iv === undefined) return failures.badManifest(`加密文件 ${file.name} 缺少 iv`, `encrypted file ${file.name} has no iv`);
  }
  return { ok: true, manifest };
};

const checkSignature = async (raw: Record<string, unknown>, manifest: BundleManifest): Promise<boolean> => {
  const publicKey = fromBase64(manifest.device.publicKey);
  const signature = fromBase64(manifest.signature.value);
  // The raw JSON, not zod's output: the signature covers every field, known or not.
  return publicKey !== undefined && signature !== undefined && verifySignature(publicKey, signature, signedBytes(raw));
};

const checkFiles = async (manifest: BundleManifest, files: ReadonlyMap<string, Uint8Array>): Promise<BundleFailure | undefined> => {
  const missing = manifest.files.find((file) => !files.has(file.name));
  if (missing) return bundleFailure('MISSING_FILE', `数据包缺少${fileLabel(missing)}`, `the bundle is missing ${missing.name}`);
  // WebCrypto hashes off this thread, so every file's hash is asked for at once; the first listed mismatch is the one named.
  const hashes = await Promise.all(manifest.files.map((file) => sha256Hex(files.get(file.name) ?? new Uint8Array())));
  for (const [index, file] of manifest.files.entries()) {
    if (hashes[index] !== file.sha256) {
      return bundleFailure(
        'TAMPERED',
        `${fileLabel(file)}的内容与清单中的校验值不符：文件已被篡改或损坏`,
        `${file.name} does not match its SHA-256 in the manifest: it was tampered with or damaged`,
      );
    }
  }
  const listed = new Set([MANIFEST_FILE, ...manifest.files.map((f) => f.name)]);
  const stray = [...files.keys()].find((name) => !listed.has(name));
  return stray === undefined ? undefined : failures.unexpectedEntry(stray, '清单中未列出，内容未经签名', 'not listed in the manifest, so not covered by its signature');
};

const checkEvent = (manifest: BundleManifest, expected: ExpectedEvent): BundleFailure | undefined => {
  if (expected.eventId === undefined || expected.eventId === manifest.eventId) return undefined;
  const named = (name: string | undefined, id: string) => (name ? `“${name}”（${id}）` : id);
  const namedEn = (name: string | undefined, id: string) => (name ? `"${name}" (${id})` : id);
  return bundleFailure(
    'WRONG_EVENT',
    `该数据包属于活动${named(manifest.eventName, manifest.eventId)}，不是当前活动${named(expected.eventName, expected.eventId)}`,
    `this bundle belongs to event ${namedEn(manifest.eventName, manifest.eventId)}, not to the current event ${namedEn(expected.eventName, expected.eventId)}`,
  );
};

/**
 * Everything that can be checked without the passphrase, in order: a zip, not
 * cut short, within the size limit, a manifest of this format and major
 * version, its signature, every listed file present with its hash, nothing
 * unlisted, and the expected event.
 */
export const openBundle = async (bytes: Uint8Array, expected: ExpectedEvent = {}): Promise<OpenedBundle | BundleFailure> => {
  if (!(bytes instanceof Uint8Array)) return failures.notABundle();
  const zip = unpackZip(bytes);
  if (!zip.ok) return zip;
  const manifestBytes = zip.files.get(MANIFEST_FILE);
  if (!manifestBytes) return failures.missingManifest();
  const json = parseManifestJson(manifestBytes);
  if (!json.ok) return json;
  const wrongFormat = checkFormat(json.raw);
  if (wrongFormat) return wrongFormat;
  const parsed = parseManifest(json.raw);
  if (!parsed.ok) return parsed;
  const { manifest } = parsed;
  if (!(await checkSignature(json.raw, manifest))) return failures.badSignature();
  const badFile = await checkFiles(manifest, zip.files);
  if (badFile) return badFile;
  const wrongEvent = checkEvent(manifest, expected);
  if (wrongEvent) return wrongEvent;
  const unknownFiles = manifest.files.filter((f) => !isSyncKind(f.kind)).map((f) => f.name);
  return { ok: true, manifest, files: zip.files, unknownFiles };
};
