import { MAX_UNPACKED_BYTES } from '../../shared/bundle';
import { inflateWithin } from '../../shared/bundle/deflate';
import { unlockSealed } from '../../shared/bundle/encryption';
import { parseNdjson } from '../../shared/bundle/ndjson';
import type { OpenedBundle } from '../../shared/bundle/openBundle';
import { fromUtf8 } from '../../shared/bundle/text';

type Stage = 'unlock' | 'decrypt' | 'inflate' | 'parse';
type Step = <T>(name: Stage, run: () => T | Promise<T>) => Promise<T>;

/**
 * The import's part of an encrypted bundle after `openBundle`, stage by stage
 * as `readBundle` runs it, each timed by the suite's `step`: the key unwrap,
 * AES-GCM, inflating, NDJSON parsing. Returns the parsed values by kind, for
 * the suite to time the record checks on. Shared by the `sync` and `bundles` pages.
 */
export const encryptedReadStages = async (opened: OpenedBundle, passphrase: string, step: Step): Promise<Record<string, unknown[]>> => {
  const { manifest } = opened;
  const { encryption } = manifest;
  if (!encryption) throw new Error('the bundle is not encrypted');
  const header = { format: manifest.format, version: manifest.version, bundleId: manifest.bundleId, eventId: manifest.eventId };
  const opener = await step('unlock', () => unlockSealed(passphrase, encryption, header));
  if (!opener) throw new Error('the passphrase did not unlock the bundle');
  const compressed = await step('decrypt', async () => {
    const out: Uint8Array[] = [];
    for (const file of manifest.files) out.push((await opener.open(file.name, opened.files.get(file.name) ?? new Uint8Array(), file.iv ?? '')) ?? new Uint8Array());
    return out;
  });
  const inflated = await step('inflate', () => compressed.map((c) => inflateWithin(c, MAX_UNPACKED_BYTES)));
  const values = await step('parse', () => inflated.map((i) => (i.ok ? parseNdjson(fromUtf8(i.bytes) ?? '') : undefined)));
  return Object.fromEntries(
    manifest.files.map((f, i) => {
      const lines = values[i];
      return [f.kind, lines?.ok ? lines.values : []];
    }),
  );
};
