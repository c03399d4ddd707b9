import { Inflate, deflateSync } from 'fflate';

/**
 * fflate's level for record files, zipped or encrypted. On 50,000 records
 * (`npm run bench -- bundles`) level 5 packs 7.4× against 7.6× for level 6 in
 * three quarters of the time: the fifth of an export that DEFLATE took shrinks,
 * and the bundle stays well within issue 6's “at least 5× smaller”.
 */
export const DEFLATE_LEVEL = 5;

/**
 * Raw DEFLATE for encrypted record files: they are compressed before they
 * are encrypted, since ciphertext does not compress and the zip around them
 * could no longer shrink them (a fair's files grow about fivefold otherwise).
 */
export const deflate = (bytes: Uint8Array): Uint8Array => deflateSync(bytes, { level: DEFLATE_LEVEL });

/** Compressed input fed per step: one step can inflate to at most ~1032 × this, so a bomb is stopped within ~17 MB of the limit. */
const STEP = 16 * 1024;

const OVER_LIMIT = Symbol('over limit');

export type Inflated = { ok: true; bytes: Uint8Array } | { ok: false; reason: 'too-large' | 'corrupt' };

/** Inflates raw DEFLATE, giving up as soon as the output passes `limit` bytes. */
export const inflateWithin = (bytes: Uint8Array, limit: number): Inflated => {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > limit) throw OVER_LIMIT;
    chunks.push(chunk);
  });
  try {
    if (bytes.length === 0) inflater.push(bytes, true);
    for (let at = 0; at < bytes.length; at += STEP) inflater.push(bytes.subarray(at, at + STEP), at + STEP >= bytes.length);
  } catch (error) {
    return { ok: false, reason: error === OVER_LIMIT ? 'too-large' : 'corrupt' };
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return { ok: true, bytes: out };
};
