import { describe, expect, it } from 'vitest';
import { zipSync } from 'fflate';
import { readBundle } from '@shared/bundle';
import { MAX_UNPACKED_BYTES, packZip, unpackZip } from '@shared/bundle/zip';
import { bytesOf, exportBundle, repack } from './fixture';

/** Rewrites the uncompressed size the zip's central directory declares for `name`, as a zip bomb would. */
const declareSize = (zip: Uint8Array, name: string, size: number): Uint8Array => {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let at = out.length - 22; at >= 0; at--) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(at + 28, true);
    if (new TextDecoder().decode(out.subarray(at + 46, at + 46 + nameLength)) === name) {
      view.setUint32(at + 24, size, true);
      return out;
    }
  }
  throw new Error(`${name} not in the zip`);
};

describe('zip container', () => {
  it('round-trips entries in order, stored or deflated', () => {
    const entries = [
      { name: 'manifest.json', data: bytesOf('{}'), compress: true },
      { name: 'a.ndjson.enc', data: new Uint8Array([1, 2, 3]), compress: false },
    ];
    const unzipped = unpackZip(packZip(entries, new Date('2026-05-21T00:00:00Z')));
    expect(unzipped.ok && [...unzipped.files.entries()]).toEqual(entries.map((e) => [e.name, e.data]));
  });

  it('refuses declared sizes beyond 512 MB in total before inflating anything', async () => {
    const bundle = await exportBundle({ state: {} });
    const bomb = declareSize(bundle, 'needs.ndjson', MAX_UNPACKED_BYTES + 1);
    expect(await readBundle(bomb)).toMatchObject({ ok: false, error: { code: 'TOO_LARGE', message: '数据包解压后超过 512 MB 的上限，已拒绝打开（可能是恶意构造的压缩包）' } });
    const split = declareSize(declareSize(bundle, 'needs.ndjson', 300 * 1024 * 1024), 'meetings.ndjson', 300 * 1024 * 1024);
    expect(unpackZip(split)).toMatchObject({ ok: false, error: { code: 'TOO_LARGE' } });
  });

  it('cuts an entry that inflates beyond its declared size, so its hash fails instead of memory running out', async () => {
    const bundle = await exportBundle();
    const lying = declareSize(bundle, 'participants.ndjson', 100);
    expect(await readBundle(lying)).toMatchObject({ ok: false, error: { code: 'TAMPERED' } });
    const huge = zipSync({ 'x.ndjson': new Uint8Array(5_000_000) });
    const cut = unpackZip(declareSize(huge, 'x.ndjson', 1000));
    expect(cut.ok && cut.files.get('x.ndjson')?.length).toBe(1000);
  });

  it('refuses entry names that are paths', async () => {
    const bundle = await exportBundle({ state: {} });
    for (const name of ['../evil.sh', 'dir/file.txt', '..', '.hidden', 'C:\\x']) {
      const read = await readBundle(repack(bundle, (e) => (e[name] = bytesOf('x'))));
      expect(read).toMatchObject({ ok: false, error: { code: 'UNEXPECTED_ENTRY' } });
      expect(!read.ok && read.error.message).toContain(name);
    }
  });

  it('refuses an entry name that appears twice', () => {
    const zip = zipSync({ 'a.ndjson': bytesOf('1'), 'b.ndjson': bytesOf('2') });
    const twice = Buffer.from(zip.slice());
    // Renaming every b.ndjson header to a.ndjson: same length, so nothing else moves.
    for (let at = twice.indexOf('b.ndjson'); at >= 0; at = twice.indexOf('b.ndjson', at + 1)) twice.write('a', at);
    expect(unpackZip(new Uint8Array(twice))).toMatchObject({ ok: false, error: { code: 'UNEXPECTED_ENTRY', message: '数据包含有不应出现的文件“a.ndjson”（重复出现）' } });
  });
});
