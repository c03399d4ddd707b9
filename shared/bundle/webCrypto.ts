/**
 * The WebCrypto subset the bundle format uses, typed here once. shared/
 * compiles without the DOM library so that it cannot reach `window` or
 * `document` by accident, yet `globalThis.crypto` is the same WebCrypto in
 * Chromium, in web workers and in Node 20: only its types are missing.
 */

/** An opaque key handle (a CryptoKey in every runtime). */
export type CryptoKeyLike = { readonly type: string; readonly extractable: boolean; readonly usages: readonly string[] };

type KeyUsageLike = 'sign' | 'verify' | 'encrypt' | 'decrypt' | 'deriveKey';
type Ed25519 = { name: 'Ed25519' };
type AesGcmParams = { name: 'AES-GCM'; iv: Uint8Array; additionalData: Uint8Array };
type Pbkdf2Params = { name: 'PBKDF2'; hash: 'SHA-256'; salt: Uint8Array; iterations: number };

export type SubtleLike = {
  digest(algorithm: 'SHA-256', data: Uint8Array): Promise<ArrayBuffer>;
  generateKey(algorithm: Ed25519, extractable: boolean, usages: readonly KeyUsageLike[]): Promise<{ publicKey: CryptoKeyLike; privateKey: CryptoKeyLike }>;
  exportKey(format: 'raw', key: CryptoKeyLike): Promise<ArrayBuffer>;
  importKey(
    format: 'raw',
    keyData: Uint8Array,
    algorithm: Ed25519 | { name: 'AES-GCM' } | 'PBKDF2',
    extractable: boolean,
    usages: readonly KeyUsageLike[],
  ): Promise<CryptoKeyLike>;
  sign(algorithm: Ed25519, key: CryptoKeyLike, data: Uint8Array): Promise<ArrayBuffer>;
  verify(algorithm: Ed25519, key: CryptoKeyLike, signature: Uint8Array, data: Uint8Array): Promise<boolean>;
  encrypt(algorithm: AesGcmParams, key: CryptoKeyLike, data: Uint8Array): Promise<ArrayBuffer>;
  decrypt(algorithm: AesGcmParams, key: CryptoKeyLike, data: Uint8Array): Promise<ArrayBuffer>;
  deriveKey(
    algorithm: Pbkdf2Params,
    baseKey: CryptoKeyLike,
    derivedKeyType: { name: 'AES-GCM'; length: 256 },
    extractable: boolean,
    usages: readonly KeyUsageLike[],
  ): Promise<CryptoKeyLike>;
};

type CryptoLike = { readonly subtle: SubtleLike; getRandomValues(array: Uint8Array): Uint8Array };

// Looked up on each call rather than at import, so merely importing shared/bundle never fails where crypto is absent.
const webCrypto = (): CryptoLike => (globalThis as unknown as { crypto: CryptoLike }).crypto;

export const subtle = (): SubtleLike => webCrypto().subtle;

export const randomBytes = (count: number): Uint8Array => webCrypto().getRandomValues(new Uint8Array(count));
