import { describe, expect, it } from 'vitest';
import { parseNdjson, toNdjson } from '@shared/bundle/ndjson';

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
