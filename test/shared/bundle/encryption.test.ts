import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { inspectBundle, readBundle } from '@shared/bundle';
import { canonicalState } from '@shared/sync/canonicalJson';
import { EVENT, exportBundle, manifestOf, reissue, smallState } from './fixture';

// PBKDF2 at 600,000 rounds costs ~0.1 s a derivation: one encrypted bundle serves every test here.
const PASSPHRASE = '会场 Wi-Fi 不可靠 2026';
const sealed = await exportBundle({ passphrase: PASSPHRASE });

describe('passphrase encryption', () => {
  it('round-trips, with the record files encrypted and the manifest saying how', async () => {
    const read = await readBundle(sealed, { passphrase: PASSPHRASE });
    if (!read.ok) throw new Error(read.error.message);
    expect(canonicalState(read.state)).toEqual(JSON.parse(JSON.stringify(canonicalState(smallState()))));
    const entries = unzipSync(sealed);
    expect(Object.keys(entries).filter((n) => n !== 'manifest.json')).toSatisfy((names: string[]) => names.every((n) => n.endsWith('.ndjson.enc')));
    const manifest = manifestOf(entries);
    expect(manifest.encryption).toMatchObject({ algorithm: 'AES-256-GCM', compression: 'deflate', kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 600_000 } });
    for (const file of manifest.files) expect(file).toHaveProperty('iv');
    // Personal data never appears in the clear: not in a file, not in the zip.
    const name = String(smallState().participants?.[0]?.name);
    expect(Buffer.from(sealed).includes(Buffer.from(name))).toBe(false);
  });

  it('is inspected without the passphrase', async () => {
    const inspected = await inspectBundle(sealed);
    expect(inspected.ok && inspected.manifest.counts.participants).toBe(4);
  });

  it('PASSPHRASE_REQUIRED and WRONG_PASSPHRASE', async () => {
    expect(await readBundle(sealed)).toMatchObject({ ok: false, error: { code: 'PASSPHRASE_REQUIRED', message: '该数据包已加密，请输入口令' } });
    expect(await readBundle(sealed, { passphrase: '会场 wi-fi 不可靠 2026' })).toMatchObject({
      ok: false,
      error: { code: 'WRONG_PASSPHRASE', message: '口令不正确，无法解密该数据包' },
    });
  });

  it('binds each file to its name: two files swapped by the signing device still fail', async () => {
    const swapped = await reissue(sealed, (entries, manifest) => {
      const [a, b] = [entries['needs.ndjson.enc'], entries['achievements.ndjson.enc']];
      if (!a || !b) throw new Error('files missing');
      [entries['needs.ndjson.enc'], entries['achievements.ndjson.enc']] = [b, a];
      const files = manifest.files as { kind: string; iv?: string; records: number }[];
      const need = files.find((f) => f.kind === 'needs');
      const achievement = files.find((f) => f.kind === 'achievements');
      if (!need || !achievement) throw new Error('entries missing');
      [need.iv, achievement.iv] = [achievement.iv, need.iv];
    });
    expect(await readBundle(swapped, { passphrase: PASSPHRASE })).toMatchObject({ ok: false, error: { code: 'TAMPERED', message: '技术需求文件 needs.ndjson.enc 无法解密：文件已被篡改或损坏' } });
  });

  it('refuses a manifest that lowers the PBKDF2 rounds, before deriving anything', async () => {
    const weakened = await reissue(sealed, (_, manifest) => {
      (manifest.encryption as { kdf: { iterations: number } }).kdf.iterations = 1000;
    });
    const read = await readBundle(weakened, { passphrase: PASSPHRASE });
    expect(read).toMatchObject({ ok: false, error: { code: 'BAD_MANIFEST', message: '数据包清单（manifest.json）无效：字段 encryption.kdf.iterations 缺失或无效（数值过小：期望 number >=600000）' } });
  });

  it('takes the same passphrase however the keyboard composed it (NFC)', async () => {
    const bundle = await exportBundle({ passphrase: 'caf\u00e9', state: { events: [EVENT] } });
    expect((await readBundle(bundle, { passphrase: 'cafe\u0301' })).ok).toBe(true);
  });
});
