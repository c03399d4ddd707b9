/**
 * Global record ids. Never auto-increment: records are created on several
 * laptops offline and must never collide when their bundles are merged.
 *
 * An id is `<prefix>_<time, 10 chars Crockford base32><random, 16 chars>`, so ids
 * sort roughly by creation time (handy in IndexedDB) and carry 80 random bits.
 */
export type RandomSource = (byteCount: number) => Uint8Array;

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

const encodeTime = (ms: number): string => {
  let out = '';
  let t = Math.floor(ms);
  for (let i = 0; i < 10; i++) {
    out = ALPHABET[t % 32] + out;
    t = Math.floor(t / 32);
  }
  return out;
};

const encodeRandom = (bytes: Uint8Array): string => {
  let out = '';
  for (const b of bytes) out += ALPHABET[b % 32];
  return out;
};

export type IdGenerator = (prefix: string) => string;

export const createIdGenerator = (random: RandomSource, now: () => number): IdGenerator => (prefix) =>
  `${prefix}_${encodeTime(now())}${encodeRandom(random(16))}`;

export const ID_PATTERN = /^[a-z]{1,8}_[0-9a-z]{26}$/;

/**
 * A seeded generator for reproducible data (demo fair, property tests):
 * mulberry32, good enough for test data, not for secrets.
 */
export const seededRandom = (seed: number): RandomSource & { float(): number } => {
  let a = seed >>> 0;
  const float = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const source = (n: number): Uint8Array => {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) out[i] = Math.floor(float() * 256);
    return out;
  };
  return Object.assign(source, { float });
};
