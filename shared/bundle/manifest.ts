import { z } from 'zod';
import { idSchema, stampSchema } from '../model/record';
import { canonicalJson } from '../sync/canonicalJson';
import { utf8 } from './text';

/** PBKDF2 rounds: OWASP's 2023 figure for PBKDF2-HMAC-SHA256. Readers refuse fewer, so a bundle cannot be weakened. */
export const MIN_PBKDF2_ITERATIONS = 600_000;
/** Far above any honest writer: a bundle cannot make its reader spin for minutes. */
export const MAX_PBKDF2_ITERATIONS = 10_000_000;

const base64Of = (bytes: number) => {
  const padding = (3 - (bytes % 3)) % 3;
  return z
    .string()
    .regex(new RegExp(`^[A-Za-z0-9+/]{${4 * Math.ceil(bytes / 3) - padding}}${'='.repeat(padding)}$`), { message: `应为 ${bytes} 字节的 base64 编码` });
};
const count = z.number().int().min(0);
const stamp = stampSchema.meta({ description: 'HLC stamp: <ISO wall time>_<counter, 4 hex>_<device id>' });

/*
 * Every object is loose: a reader keeps the fields of a newer minor version
 * it does not know, so the manifest it returns (and the signature it checked)
 * still has them. The descriptions end up in docs/bundle-manifest.schema.json.
 */
export const manifestFileSchema = z.looseObject({
  name: z.string().min(1).max(100).meta({ description: 'Entry name in the zip: <kind>.ndjson, or <kind>.ndjson.enc when encrypted.' }),
  kind: z.string().min(1).max(64).meta({ description: 'Record kind (SYNC_KINDS); a reader hash-checks files of kinds it does not know and leaves them alone.' }),
  records: count.meta({ description: 'Number of records (lines) in the file.' }),
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/, { message: '应为 64 位小写十六进制 SHA-256' })
    .meta({ description: 'SHA-256 of the stored bytes (the ciphertext when encrypted), lower-case hex.' }),
  iv: base64Of(12).optional().meta({ description: 'AES-GCM IV of this file (12 bytes), when the bundle is encrypted.' }),
});

export const manifestEncryptionSchema = z
  .looseObject({
    algorithm: z.literal('AES-256-GCM'),
    compression: z.literal('deflate').meta({ description: 'Each file’s NDJSON is raw-DEFLATE compressed (RFC 1951) before it is encrypted.' }),
    kdf: z.looseObject({
      name: z.literal('PBKDF2'),
      hash: z.literal('SHA-256'),
      iterations: z.number().int().min(MIN_PBKDF2_ITERATIONS).max(MAX_PBKDF2_ITERATIONS),
      salt: base64Of(16),
    }),
    wrappedKey: base64Of(48).meta({ description: 'The per-bundle 32-byte content key, AES-256-GCM encrypted under the passphrase key, tag appended.' }),
    wrapIv: base64Of(12),
  })
  .meta({ description: 'Present when the record files are encrypted with a passphrase.' });

export const manifestSchema = z
  .looseObject({
    format: z.string().meta({ description: 'Always "docking-desk-bundle".' }),
    version: z
      .string()
      .regex(/^\d+\.\d+$/, { message: '版本应为“主版本.次版本”，如 1.0' })
      .meta({ description: 'Format version major.minor: a reader refuses a newer major and reads every minor of its own.' }),
    schemaVersion: z.number().int().min(1).meta({ description: 'The writing app’s database schema version.' }),
    bundleId: idSchema,
    eventId: idSchema,
    eventName: z.string().optional(),
    kind: z.enum(['full', 'delta']).meta({ description: 'full: every record of the event; delta: the records changed since `since`.' }),
    since: z.looseObject({ bundleId: idSchema, clock: stamp }).optional().meta({ description: 'The earlier export a delta continues from, and that export’s clock. Required for a delta.' }),
    target: z.enum(['platform', 'laptop', 'backup']).optional(),
    device: z
      .looseObject({ id: z.string().min(1).max(64), name: z.string().max(100), publicKey: base64Of(32).meta({ description: 'Raw Ed25519 public key (32 bytes).' }) })
      .meta({ description: 'The exporting device.' }),
    createdAt: z.iso.datetime({ offset: true }),
    clock: z.looseObject({ from: stamp, to: stamp }).optional().meta({ description: 'Smallest and largest HLC stamp among the records; absent when there is none.' }),
    counts: z.record(z.string(), count).meta({ description: 'Records per kind.' }),
    files: z.array(manifestFileSchema).max(500).meta({ description: 'Every entry of the zip except manifest.json, in SYNC_KINDS order.' }),
    encryption: manifestEncryptionSchema.optional(),
    signature: z
      .looseObject({ algorithm: z.literal('Ed25519'), value: base64Of(64) })
      .meta({ description: 'Ed25519 signature by device.publicKey over the UTF-8 canonical JSON (keys sorted) of the manifest without `signature`.' }),
  })
  .refine((m) => m.kind !== 'delta' || m.since !== undefined, { message: '增量数据包必须注明它接续的数据包（since）', path: ['since'] })
  .meta({
    title: 'Docking Desk bundle manifest (manifest.json)',
    description: 'The signed table of contents of a .dockbundle file; see docs/bundle-format.md.',
  });

export type BundleManifest = z.infer<typeof manifestSchema>;
export type ManifestFile = z.infer<typeof manifestFileSchema>;
export type ManifestEncryption = z.infer<typeof manifestEncryptionSchema>;

/** What the device signs: the UTF-8 canonical JSON of the manifest without `signature`. */
export const signedBytes = (manifest: Readonly<Record<string, unknown>>): Uint8Array => {
  const { signature: _signature, ...unsigned } = manifest;
  return utf8(canonicalJson(unsigned));
};

/** The manifest's JSON Schema: docs/bundle-manifest.schema.json is this, written by build/scripts/bundleSchema.ts. */
export const manifestJsonSchema = (): Record<string, unknown> => z.toJSONSchema(manifestSchema, { io: 'input' });
