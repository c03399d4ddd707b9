import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fromBase64, toBase64 } from '@shared/bundle/base64';

describe('base64', () => {
  it('agrees with Node’s encoder and decodes back, for any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        const text = toBase64(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64'));
        expect(fromBase64(text)).toEqual(bytes);
      }),
    );
  });

  it('refuses what is not canonical base64 rather than guessing', () => {
    for (const bad of ['abc', 'ab=c', 'a b=', 'YQ', 'YQ=', '-_-_', 'YQ==YQ==']) expect(fromBase64(bad), bad).toBeUndefined();
  });
});
