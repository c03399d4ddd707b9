import type { DeskDatabase } from './database';
import { deskClock } from './deskClock';

/** What signs this laptop's bundles (the same shape `shared/bundle` takes). */
export type LaptopSigner = {
  deviceId: string;
  deviceName: string;
  /** Raw Ed25519 public key, 32 bytes. */
  publicKey: Uint8Array;
  sign(data: Uint8Array): Promise<Uint8Array>;
};

const KEYS = 'deviceKeys';
export const DEVICE_NAME_KEY = 'deviceName';

type StoredKeys = { publicKey: Uint8Array; privateKey: CryptoKey };

// Not `instanceof Uint8Array`: a row read back may come from another realm (a worker, the test's IndexedDB).
const isStoredKeys = (value: unknown): value is StoredKeys =>
  typeof value === 'object' && value !== null && ArrayBuffer.isView((value as StoredKeys).publicKey) && typeof (value as StoredKeys).privateKey === 'object';

/**
 * This laptop's signing key, made on first use. The private key is stored
 * non-extractable (IndexedDB keeps the CryptoKey itself), so no script, export
 * or backup can copy it off the laptop; a replacement laptop gets its own.
 */
const deviceKeys = async (db: DeskDatabase): Promise<StoredKeys> => {
  const stored = (await db.meta.get(KEYS))?.value;
  if (isStoredKeys(stored)) return stored;
  const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, false, ['sign', 'verify'])) as CryptoKeyPair;
  const publicKey = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  const keys = { publicKey, privateKey: pair.privateKey };
  // Two windows may race on the first export: the first key written wins and both sign with it.
  return db.transaction('rw', db.meta, async () => {
    const raced = (await db.meta.get(KEYS))?.value;
    if (isStoredKeys(raced)) return raced;
    await db.meta.put({ key: KEYS, value: keys });
    return keys;
  });
};

/** The name other laptops and the platform see, e.g. “签到台 1”; defaults to the device id. */
export const deviceName = async (db: DeskDatabase): Promise<string> => {
  const stored = (await db.meta.get(DEVICE_NAME_KEY))?.value;
  return typeof stored === 'string' && stored.trim() !== '' ? stored : (await deskClock(db)).deviceId;
};

export const setDeviceName = async (db: DeskDatabase, name: string): Promise<void> => {
  await db.meta.put({ key: DEVICE_NAME_KEY, value: name.trim().slice(0, 40) });
};

export const laptopSigner = async (db: DeskDatabase): Promise<LaptopSigner> => {
  const [keys, clock, name] = await Promise.all([deviceKeys(db), deskClock(db), deviceName(db)]);
  return {
    deviceId: clock.deviceId,
    deviceName: name,
    publicKey: keys.publicKey,
    sign: async (data) => new Uint8Array(await crypto.subtle.sign('Ed25519', keys.privateKey, data as BufferSource)),
  };
};
