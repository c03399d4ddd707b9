import { canonicalJson } from '../sync/canonicalJson';
import { utf8Into } from './text';

/**
 * Newline-delimited JSON, one record per line, each line canonical JSON
 * (sorted keys) so that the same records always make the same bytes and the
 * same file hash.
 */
export const toNdjson = (records: readonly unknown[]): string => records.map((record) => `${canonicalJson(record)}\n`).join('');

const grown = (buffer: Uint8Array, used: number, needed: number): Uint8Array => {
  const next = new Uint8Array(Math.max(needed, 2 * buffer.length));
  next.set(buffer.subarray(0, used));
  return next;
};

/**
 * The UTF-8 bytes of `toNdjson(records)`, each line encoded as soon as it is
 * made: the text of the whole file (some 45 MB for 50,000 records) is never
 * held, joined or flattened, and the lines die young.
 */
export const ndjsonBytes = (records: readonly unknown[]): Uint8Array => {
  let buffer: Uint8Array = new Uint8Array(64 * 1024);
  let used = 0;
  for (const record of records) {
    const line = canonicalJson(record);
    // UTF-8 takes at most 3 bytes per UTF-16 unit, and the newline one.
    const needed = used + 3 * line.length + 1;
    if (needed > buffer.length) buffer = grown(buffer, used, needed);
    used += utf8Into(line, buffer.subarray(used));
    buffer[used++] = 0x0a;
  }
  return buffer.slice(0, used);
};

export type NdjsonParse = { ok: true; values: unknown[] } | { ok: false; line: number };

/** Every line parsed, or the number (from 1) of the first line that is not JSON. A final newline is optional; CRLF is accepted. */
export const parseNdjson = (text: string): NdjsonParse => {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const values: unknown[] = [];
  for (const [index, raw] of lines.entries()) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    try {
      if (line.trim() === '') return { ok: false, line: index + 1 };
      values.push(JSON.parse(line));
    } catch {
      return { ok: false, line: index + 1 };
    }
  }
  return { ok: true, values };
};
