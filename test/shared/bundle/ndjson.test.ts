import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ndjsonBytes, parseNdjson, toNdjson } from '@shared/bundle/ndjson';

describe('ndjson', () => {
  it('writes one canonical line per record and reads them back', () => {
    const text = toNdjson([{ b: 1, a: { d: [1, { z: 0, y: 1 }], c: '参会人\n' } }, { id: 'x', skip: undefined }]);
    expect(text).toBe('{"a":{"c":"参会人\\n","d":[1,{"y":1,"z":0}]},"b":1}\n{"id":"x"}\n');
    expect(parseNdjson(text)).toEqual({ ok: true, values: [{ a: { c: '参会人\n', d: [1, { y: 1, z: 0 }] }, b: 1 }, { id: 'x' }] });
    expect(toNdjson([])).toBe('');
    expect(parseNdjson('')).toEqual({ ok: true, values: [] });
  });

  it('accepts CRLF and a missing final newline, and names the first bad line', () => {
    expect(parseNdjson('{"a":1}\r\n{"a":2}')).toEqual({ ok: true, values: [{ a: 1 }, { a: 2 }] });
    expect(parseNdjson('{"a":1}\n\n{"a":2}\n')).toEqual({ ok: false, line: 2 });
    expect(parseNdjson('{"a":1}\n{"a":\n')).toEqual({ ok: false, line: 2 });
  });
});

describe('ndjsonBytes', () => {
  const record = fc.dictionary(fc.string({ unit: 'grapheme', maxLength: 6 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 6 });

  it('gives the UTF-8 of toNdjson’s text for any records, however long (the buffer grows past its first 64 KB)', () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 30 }), (records) => {
        expect(ndjsonBytes(records)).toEqual(new TextEncoder().encode(toNdjson(records)));
      }),
      { numRuns: 150 },
    );
    const long = Array.from({ length: 300 }, (_, i) => ({ i, text: '参会人'.repeat(100 + i), emoji: '🧪'.repeat(i) }));
    expect(ndjsonBytes(long)).toEqual(new TextEncoder().encode(toNdjson(long)));
    expect(ndjsonBytes([])).toEqual(new Uint8Array());
  });
});
