import { canonicalJson } from '../sync/canonicalJson';
import { fromBase64, toBase64 } from './base64';
import { MANIFEST_FILE } from './format';
import { MIN_PBKDF2_ITERATIONS, type ManifestEncryption } from './manifest';
import { utf8 } from './text';
import { randomBytes, subtle, type CryptoKeyLike } from './webCrypto';

/**
 * Passphrase encryption of the record files. Each bundle gets a random
 * AES-256-GCM content key; the passphrase (PBKDF2-SHA256, a random salt, at
 * least 600,000 rounds) only wraps that key, so a wrong passphrase fails on
 * the wrapped key's GCM tag, before any file is touched. Every ciphertext is
 * bound to its place by additional data: the header below with its file name
 * (`manifest.json` for the wrapped key, which lives there), so a file cannot
 * be swapped between bundles, events or kinds unnoticed.
 */
export type EncryptionHeader = { format: string; version: string; bundleId: string; eventId: string };

const additionalData = (header: EncryptionHeader, file: string): Uint8Array => utf8(canonicalJson({ ...header, file }));

const aesGcm = (iv: Uint8Array, header: EncryptionHeader, file: string) => ({ name: 'AES-GCM', iv, additionalData: additionalData(header, file) }) as const;

/** The passphrase as PBKDF2's base key. NFC, so the same passphrase typed on macOS and on Windows gives the same bytes. */
export const importPassphrase = (passphrase: string): Promise<CryptoKeyLike> =>
  subtle().importKey('raw', utf8(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);

/** Asks WebCrypto for the rounds at once; they run off this thread until the returned promise settles. */
const passphraseKey = (base: CryptoKeyLike, salt: Uint8Array, iterations: number): Promise<CryptoKeyLike> =>
  subtle().deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, base, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);

const importContentKey = (raw: Uint8Array): Promise<CryptoKeyLike> => subtle().importKey('raw', raw, { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);

export type Sealer = {
  encryption: ManifestEncryption;
  seal(file: string, plain: Uint8Array): Promise<{ bytes: Uint8Array; iv: string }>;
};

/**
 * A sealer under an imported passphrase. PBKDF2's rounds are asked for before
 * this returns, so the caller can work on while WebCrypto runs them, and
 * await the sealer after.
 */
export const sealerFor = async (passphrase: CryptoKeyLike, header: EncryptionHeader): Promise<Sealer> => {
  const iterations = MIN_PBKDF2_ITERATIONS;
  const salt = randomBytes(16);
  const wrapIv = randomBytes(12);
  const raw = randomBytes(32);
  const kek = await passphraseKey(passphrase, salt, iterations);
  const wrappedKey = new Uint8Array(await subtle().encrypt(aesGcm(wrapIv, header, MANIFEST_FILE), kek, raw));
  const contentKey = await importContentKey(raw);
  raw.fill(0);
  return {
    encryption: {
      algorithm: 'AES-256-GCM',
      compression: 'deflate',
      kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(salt) },
      wrappedKey: toBase64(wrappedKey),
      wrapIv: toBase64(wrapIv),
    },
    async seal(file, plain) {
      const iv = randomBytes(12);
      return { bytes: new Uint8Array(await subtle().encrypt(aesGcm(iv, header, file), contentKey, plain)), iv: toBase64(iv) };
    },
  };
};

/** `sealerFor` the passphrase as typed, in one step. */
export const createSealer = async (passphrase: string, header: EncryptionHeader): Promise<Sealer> => sealerFor(await importPassphrase(passphrase), header);

export type Opener = {
  /** The plain bytes, or undefined when the ciphertext, its IV or its place do not match. */
  open(file: string, sealed: Uint8Array, iv: string): Promise<Uint8Array | undefined>;
};

/** An opener for the bundle's files, or undefined when the passphrase is wrong. */
export const unlockSealed = async (passphrase: string, encryption: ManifestEncryption, header: EncryptionHeader): Promise<Opener | undefined> => {
  const salt = fromBase64(encryption.kdf.salt);
  const wrapIv = fromBase64(encryption.wrapIv);
  const wrapped = fromBase64(encryption.wrappedKey);
  if (!salt || !wrapIv || !wrapped) return undefined;
  const kek = await passphraseKey(await importPassphrase(passphrase), salt, encryption.kdf.iterations);
  let raw: Uint8Array;
  try {
    raw = new Uint8Array(await subtle().decrypt(aesGcm(wrapIv, header, MANIFEST_FILE), kek, wrapped));
  } catch {
    return undefined;
  }
  const contentKey = await importContentKey(raw);
  raw.fill(0);
  return {
    async open(file, sealed, ivText) {
      const iv = fromBase64(ivText);
      if (!iv) return undefined;
      try {
        return new Uint8Array(await subtle().decrypt(aesGcm(iv, header, file), contentKey, sealed));
      } catch {
        return undefined;
      }
    },
  };
};
