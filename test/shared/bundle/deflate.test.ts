import { describe, expect, it } from 'vitest';
import { deflate, inflateWithin } from '@shared/bundle/deflate';

describe('deflate', () => {
  it('round-trips, empty input included', () => {
    const text = new TextEncoder().encode('{"name":"张伟"}\n'.repeat(1000));
    expect(inflateWithin(deflate(text), 1e6)).toEqual({ ok: true, bytes: text });
    expect(inflateWithin(deflate(new Uint8Array()), 10)).toEqual({ ok: true, bytes: new Uint8Array() });
  });

  it('stops as soon as the output passes the limit, and says when the data is not DEFLATE', () => {
    expect(inflateWithin(deflate(new Uint8Array(2_000_000)), 1_000_000)).toEqual({ ok: false, reason: 'too-large' });
    expect(inflateWithin(new Uint8Array([0xff, 0xff, 0xff, 0xff]), 1000)).toEqual({ ok: false, reason: 'corrupt' });
  });
});
