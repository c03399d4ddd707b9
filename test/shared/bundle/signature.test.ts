import { describe, expect, it } from 'vitest';
import { createDeviceKeys, signerFromKeys, verifySignature } from '@shared/bundle';

describe('device signatures', () => {
  it('signs with a private key that cannot be exported and verifies with the raw public key', async () => {
    const keys = await createDeviceKeys();
    expect(keys.privateKey.extractable).toBe(false);
    expect(keys.publicKey).toHaveLength(32);
    const signer = signerFromKeys(keys, { deviceId: 'desk-2', deviceName: '签到台 2' });
    const message = new TextEncoder().encode('manifest');
    const signature = await signer.sign(message);
    expect(signature).toHaveLength(64);
    expect(await verifySignature(signer.publicKey, signature, message)).toBe(true);
    expect(await verifySignature(signer.publicKey, signature, new TextEncoder().encode('manifesto'))).toBe(false);
  });

  it('answers false, never throws, for keys and signatures of the wrong shape', async () => {
    const message = new Uint8Array([1]);
    expect(await verifySignature(new Uint8Array(31), new Uint8Array(64), message)).toBe(false);
    expect(await verifySignature(new Uint8Array(32), new Uint8Array(63), message)).toBe(false);
    expect(await verifySignature(new Uint8Array(32), new Uint8Array(64), message)).toBe(false);
  });
});
