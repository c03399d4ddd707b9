import { describe, expect, it } from 'vitest';
import { createOpfsBackups, opfsRoot } from '../../../renderer/platform/opfsBackups';
import { MAX_FILE_BYTES } from '../../../shared/bridge';
import { FakeDirectory, type FakeOptions } from '../support/fakeOpfs';

const MORNING = 'evt_01jd4m9x2k7q8r5t3v6w0y1z2a-20261127-101500-auto.dockbundle';
const NOON = 'evt_01jd4m9x2k7q8r5t3v6w0y1z2a-20261127-120000-auto.dockbundle';

/** The backups over a fresh fake OPFS, and the fake's `backups` directory to look into. */
const desk = (initial: FakeOptions = {}) => {
  const options = { ...initial };
  const root = new FakeDirectory(options);
  const backups = createOpfsBackups(async () => root.handle());
  const folder = () => {
    const entry = root.entries.get('backups');
    if (entry?.kind !== 'directory') throw new Error('no backups directory yet');
    return entry.dir;
  };
  return { backups, folder, options };
};

describe('createOpfsBackups', () => {
  it.each(['overwrites', 'refuses existing', 'missing'] as const)('writes and replaces a backup when move() %s, leaving no temp file', async (move) => {
    const { backups, folder } = desk({ move });
    expect(await backups.write(MORNING, new Uint8Array([1, 2, 3]))).toEqual({
      ok: true,
      value: { name: MORNING, size: 3, modifiedAt: '2026-11-27T02:01:00.000Z' },
    });
    expect(await backups.write(MORNING, new Uint8Array([9]))).toMatchObject({ ok: true, value: { size: 1 } });
    expect([...folder().entries.keys()]).toEqual([MORNING]);
    expect(folder().bytes(MORNING)).toEqual(new Uint8Array([9]));
  });

  it.each(['overwrites', 'missing'] as const)('keeps the previous backup when a write fails (move() %s)', async (move) => {
    const { backups, folder, options } = desk({ move });
    await backups.write(MORNING, new Uint8Array([1]));
    options.failWrites = true;
    expect(await backups.write(MORNING, new Uint8Array([2]))).toEqual({
      ok: false,
      error: { code: 'FAILED', message: '浏览器存储空间不足，无法保存备份；请删除旧备份或清理磁盘后重试' },
    });
    expect([...folder().entries.keys()]).toEqual([MORNING]);
    expect(folder().bytes(MORNING)).toEqual(new Uint8Array([1]));
  });

  it('lists the backups newest first, leaving out temp files and other entries', async () => {
    const { backups, folder } = desk();
    await backups.write(NOON, new Uint8Array([1, 2]));
    await backups.write(MORNING, new Uint8Array([1]));
    folder().entries.set(`${NOON}.tmp`, { kind: 'file', data: new Uint8Array([1]), lastModified: 0 });
    folder().entries.set('notes.txt', { kind: 'file', data: new Uint8Array([1]), lastModified: 0 });
    folder().entries.set('old.dockbundle', { kind: 'directory', dir: new FakeDirectory() });
    expect(await backups.list()).toEqual({
      ok: true,
      value: [
        { name: MORNING, size: 1, modifiedAt: '2026-11-27T02:02:00.000Z' },
        { name: NOON, size: 2, modifiedAt: '2026-11-27T02:01:00.000Z' },
      ],
    });
  });

  it('lists nothing before the first backup', async () => {
    expect(await desk().backups.list()).toEqual({ ok: true, value: [] });
  });

  it('reads a backup back', async () => {
    const { backups } = desk();
    await backups.write(MORNING, new Uint8Array([7, 8]));
    expect(await backups.read(MORNING)).toEqual({ ok: true, value: { name: MORNING, data: new Uint8Array([7, 8]) } });
  });

  it('says in Chinese when the backup is gone', async () => {
    expect(await desk().backups.read(NOON)).toEqual({
      ok: false,
      error: { code: 'FAILED', message: `找不到备份“${NOON}”，可能已被删除或已被自动清理` },
    });
  });

  it('refuses a backup over 100 MB without reading it', async () => {
    const { backups, folder } = desk();
    await backups.list();
    folder().entries.set(NOON, { kind: 'file', data: new Uint8Array(), lastModified: 0, size: MAX_FILE_BYTES + 1 });
    expect(await backups.read(NOON)).toMatchObject({ ok: false, error: { code: 'FILE_TOO_LARGE' } });
  });

  it('deletes a backup, and succeeds when it is already gone', async () => {
    const { backups, folder } = desk();
    await backups.write(MORNING, new Uint8Array([1]));
    expect(await backups.remove(MORNING)).toEqual({ ok: true, value: undefined });
    expect(folder().entries.size).toBe(0);
    expect(await backups.remove(MORNING)).toEqual({ ok: true, value: undefined });
  });

  it('is unsupported without OPFS', async () => {
    const backups = createOpfsBackups(async () => undefined);
    for (const result of [await backups.write(MORNING, new Uint8Array([1])), await backups.list(), await backups.read(MORNING), await backups.remove(MORNING)]) {
      expect(result).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED', message: expect.stringContaining('不支持本地自动备份') } });
    }
  });
});

describe('opfsRoot', () => {
  it('is undefined where the browser has no OPFS (jsdom)', async () => {
    expect(await opfsRoot()).toBeUndefined();
  });
});
