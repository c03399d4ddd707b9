import { unzipSync, zipSync } from 'fflate';
import { createDeviceKeys, signerFromKeys, writeBundle, type DeviceSigner, type WriteBundleInput } from '@shared/bundle';
import { generateDemoFair } from '@shared/demo';
import { canonicalJson } from '@shared/sync/canonicalJson';
import type { SyncState } from '@shared/sync/kinds';
import { createHash } from 'node:crypto';

/**
 * A small fair as a laptop would export it: the demo event, a few of its
 * organisations, people, needs, achievements and requests, one person
 * deleted after an edit, one with a conflict kept, and a meeting with its
 * outcome, the outcome's revision and a matching verdict.
 */
const fair = generateDemoFair();
export const EVENT = fair.event;
const stamp = (n: number) => `2026-05-21T09:00:00.000Z_${n.toString(16).padStart(4, '0')}_laptop-1`;
const ids = (prefix: string, n: number) => `${prefix}_${String(n).padStart(10, '0')}bbbbbbbbbbbbbbbb`;

const [first, second, third, fourth] = fair.participants;
if (!first || !second || !third || !fourth) throw new Error('demo fair too small');

const meeting = {
  id: ids('mtg', 1),
  eventId: EVENT.id,
  createdAt: stamp(1),
  updatedAt: stamp(3),
  deleted: false,
  participantIds: [first.id, second.id],
  slotId: `${EVENT.sessions[0]?.id ?? 's'}#1`,
  tableId: 't1',
  state: '已完成',
  locked: false,
  fieldStamps: { state: stamp(3) },
  fieldSeen: { state: stamp(1) },
};
const outcomeValues = { meetingId: meeting.id, result: '达成合作意向', cooperationModes: ['技术转让'], amountWan: 50 };

export const smallState = (): SyncState => ({
  events: [EVENT],
  organisations: fair.organisations.slice(0, 3),
  participants: [
    first,
    { ...second, title: '高级工程师', fieldStamps: { title: stamp(2) }, fieldSeen: { title: second.createdAt }, updatedAt: stamp(2) },
    { ...third, deleted: true, fieldStamps: { deleted: stamp(4) }, fieldSeen: { deleted: third.createdAt }, updatedAt: stamp(4) },
    { ...fourth, conflicts: { title: [{ value: '教授', stamp: stamp(5), seen: fourth.createdAt }] } },
  ],
  needs: fair.needs.slice(0, 2),
  achievements: fair.achievements.slice(0, 2),
  meetingRequests: fair.meetingRequests.slice(0, 2),
  meetings: [meeting],
  outcomes: [{ id: ids('out', 1), eventId: EVENT.id, createdAt: stamp(6), updatedAt: stamp(6), deleted: false, ...outcomeValues }],
  outcomeRevisions: [
    { id: ids('rev', 1), eventId: EVENT.id, outcomeId: ids('out', 1), at: stamp(6), editor: { deviceId: 'laptop-1', operator: '王老师' }, changed: ['result'], values: outcomeValues },
  ],
  matchFeedback: [
    {
      id: ids('fbk', 1),
      eventId: EVENT.id,
      createdAt: stamp(7),
      updatedAt: stamp(7),
      deleted: false,
      needId: fair.needs[0]?.id,
      targetKind: 'achievement',
      targetId: fair.achievements[0]?.id,
      verdict: '推荐',
    },
  ],
});

let keys: ReturnType<typeof createDeviceKeys> | undefined;
/** One key pair per test file: Ed25519 key generation is cheap, but a shared key lets tests re-sign crafted manifests. */
export const laptopSigner = async (): Promise<DeviceSigner> => signerFromKeys(await (keys ??= createDeviceKeys()), { deviceId: 'laptop-1', deviceName: '签到台 1' });

export const BUNDLE_ID = 'bdl_0000000001cccccccccccccccc';

export const exportBundle = async (overrides: Partial<WriteBundleInput> = {}): Promise<Uint8Array> =>
  writeBundle({
    bundleId: BUNDLE_ID,
    eventId: EVENT.id,
    eventName: EVENT.name,
    kind: 'full',
    target: 'laptop',
    schemaVersion: 4,
    createdAt: '2026-05-21T10:00:00.000Z',
    state: smallState(),
    signer: await laptopSigner(),
    ...overrides,
  });

// ---- crafting bad bundles, as someone editing the zip by hand would ----

export type Entries = Record<string, Uint8Array>;
type Manifest = Record<string, unknown> & { files: { name: string; kind: string; records: number; sha256: string }[] };

const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);
export const bytesOf = (value: string) => new TextEncoder().encode(value);

/** Unzips, lets the test change the entries, zips again: nothing re-hashed or re-signed. */
export const repack = (bundle: Uint8Array, edit: (entries: Entries) => void): Uint8Array => {
  const entries = unzipSync(bundle);
  edit(entries);
  return zipSync(entries);
};

export const manifestOf = (entries: Entries): Manifest => JSON.parse(text(entries['manifest.json'])) as Manifest;
export const fileText = (entries: Entries, name: string): string => text(entries[name]);

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Signs a crafted manifest with the fixture laptop's key, as a device that really wrote it would. */
const sign = async (manifest: Record<string, unknown>): Promise<Record<string, unknown>> => {
  const { signature: _old, ...unsigned } = manifest;
  const value = await (await laptopSigner()).sign(bytesOf(canonicalJson(unsigned)));
  return { ...unsigned, signature: { algorithm: 'Ed25519', value: Buffer.from(value).toString('base64') } };
};

/**
 * A bundle as a (buggy or newer) writer holding the device key would make
 * it: the test edits entries and manifest, then every listed file is hashed
 * again and the manifest re-signed, so only the check under test can fail.
 */
export const reissue = async (bundle: Uint8Array, edit: (entries: Entries, manifest: Manifest) => void): Promise<Uint8Array> => {
  const entries = unzipSync(bundle);
  const manifest = manifestOf(entries);
  edit(entries, manifest);
  for (const file of manifest.files) {
    const bytes = entries[file.name];
    if (bytes) file.sha256 = sha256(bytes);
  }
  entries['manifest.json'] = bytesOf(JSON.stringify(await sign(manifest)));
  return zipSync(entries);
};
