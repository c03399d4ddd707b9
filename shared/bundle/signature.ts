import { subtle, type CryptoKeyLike } from './webCrypto';

/**
 * What signs a bundle: the device's id and name as the manifest shows them,
 * its raw Ed25519 public key (32 bytes), and a signing function, so the
 * private key itself never has to leave wherever it is kept (a
 * non-extractable CryptoKey in IndexedDB, for the app).
 */
export type DeviceSigner = {
  deviceId: string;
  deviceName: string;
  publicKey: Uint8Array;
  sign(bytes: Uint8Array): Promise<Uint8Array>;
};

export type DeviceKeys = { privateKey: CryptoKeyLike; publicKey: Uint8Array };

const ED25519 = { name: 'Ed25519' } as const;

/** A fresh Ed25519 key pair; the private key cannot be exported, only used. */
export const createDeviceKeys = async (): Promise<DeviceKeys> => {
  const pair = await subtle().generateKey(ED25519, false, ['sign', 'verify']);
  return { privateKey: pair.privateKey, publicKey: new Uint8Array(await subtle().exportKey('raw', pair.publicKey)) };
};

export const signerFromKeys = (keys: DeviceKeys, device: { deviceId: string; deviceName: string }): DeviceSigner => ({
  deviceId: device.deviceId,
  deviceName: device.deviceName,
  publicKey: keys.publicKey,
  sign: async (bytes) => new Uint8Array(await subtle().sign(ED25519, keys.privateKey, bytes)),
});

/** False for a wrong signature and also for a key or signature of the wrong shape: a reader never throws on them. */
export const verifySignature = async (publicKeyRaw: Uint8Array, signature: Uint8Array, bytes: Uint8Array): Promise<boolean> => {
  if (publicKeyRaw.length !== 32 || signature.length !== 64) return false;
  try {
    const key = await subtle().importKey('raw', publicKeyRaw, ED25519, false, ['verify']);
    return await subtle().verify(ED25519, key, signature, bytes);
  } catch {
    return false;
  }
};
