import { canonicalJson } from '../sync/canonicalJson';

/**
 * Newline-delimited JSON, one record per line, each line canonical JSON
 * (sorted keys) so that the same records always make the same bytes and the
 * same file hash.
 */
export const toNdjson = (records: readonly unknown[]): string => records.map((record) => `${canonicalJson(record)}\n`).join('');

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
