import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { readBundle, writeBundle } from '@shared/bundle';
import { canonicalState } from '@shared/sync/canonicalJson';
import { SYNC_KIND_NAMES } from '@shared/sync/kinds';
import { BUNDLE_ID, EVENT, exportBundle, fileText, laptopSigner, manifestOf, smallState } from './fixture';

describe('writeBundle', () => {
  it('writes the manifest first, then one NDJSON file per kind in SYNC_KINDS order, records sorted by id', async () => {
    const entries = unzipSync(await exportBundle());
    expect(Object.keys(entries)).toEqual(['manifest.json', ...SYNC_KIND_NAMES.map((k) => `${k}.ndjson`)]);
    const lines = fileText(entries, 'participants.ndjson').trimEnd().split('\n');
    const ids = lines.map((l) => (JSON.parse(l) as { id: string }).id);
    expect(ids).toEqual([...ids].sort());
    expect(fileText(entries, 'meetings.ndjson').split('\n')).toHaveLength(2);
  });

  it('describes the bundle in the manifest: ids, device, counts, clock range, hashes and signature', async () => {
    const signer = await laptopSigner();
    const entries = unzipSync(await exportBundle());
    const manifest = manifestOf(entries);
    expect(manifest).toMatchObject({
      format: 'docking-desk-bundle',
      version: '1.0',
      schemaVersion: 4,
      bundleId: BUNDLE_ID,
      eventId: EVENT.id,
      eventName: EVENT.name,
      kind: 'full',
      target: 'laptop',
      device: { id: 'laptop-1', name: '签到台 1', publicKey: Buffer.from(signer.publicKey).toString('base64') },
      createdAt: '2026-05-21T10:00:00.000Z',
      counts: { events: 1, organisations: 3, participants: 4, needs: 2, achievements: 2, meetingRequests: 2, meetings: 1, outcomes: 1, outcomeRevisions: 1, matchFeedback: 1 },
      signature: { algorithm: 'Ed25519' },
    });
    // The demo fair is stamped at 2026-05-20; the fixture's own edits run to stamp 7 of 2026-05-21.
    expect(manifest.clock).toEqual({ from: '2026-05-20T08:00:00.000Z_0000_demo', to: '2026-05-21T09:00:00.000Z_0007_laptop-1' });
    for (const file of manifest.files) expect(file.sha256).toBe(createHash('sha256').update(entries[file.name] ?? '').digest('hex'));
    expect(manifest).not.toHaveProperty('encryption');
  });

  it('gives the same bytes for the same data, whatever order the records came in', async () => {
    const state = smallState();
    const shuffled = Object.fromEntries(Object.entries(state).map(([kind, records]) => [kind, [...(records ?? [])].reverse()]));
    expect(await exportBundle({ state: shuffled })).toEqual(await exportBundle({ state }));
  });

  it('writes empty files and no clock for an empty delta, and reports progress per file', async () => {
    const progress: [number, number][] = [];
    const bundle = await exportBundle({
      kind: 'delta',
      since: { bundleId: 'bdl_0000000000dddddddddddddddd', clock: '2026-05-21T09:00:00.000Z_0007_laptop-1' },
      state: {},
      onProgress: (done, total) => progress.push([done, total]),
    });
    const entries = unzipSync(bundle);
    expect(fileText(entries, 'needs.ndjson')).toBe('');
    const manifest = manifestOf(entries);
    expect(manifest).toMatchObject({ kind: 'delta', since: { bundleId: 'bdl_0000000000dddddddddddddddd' } });
    expect(manifest).not.toHaveProperty('clock');
    expect(progress).toEqual(Array.from({ length: 11 }, (_, i) => [i + 1, 11]));
    const read = await readBundle(bundle);
    expect(read.ok && canonicalState(read.state)).toEqual(canonicalState({}));
  });

  it('refuses what no reader would accept: a delta without since, an empty passphrase, an invalid record', async () => {
    await expect(exportBundle({ kind: 'delta' })).rejects.toThrow('since');
    await expect(exportBundle({ passphrase: '' })).rejects.toThrow('口令不能为空');
    const state = smallState();
    const broken = { ...state, participants: [{ ...state.participants?.[0], badgeCode: 'bad code' }] } as typeof state;
    await expect(exportBundle({ state: broken })).rejects.toThrow(/无法导出：参会人第 1 条的记录无效：胸卡码.*（字段 badgeCode）/);
    const strayEvent = { ...state, needs: [{ ...state.needs?.[0], eventId: 'evt_0000000000zzzzzzzzzzzzzzzz' }] } as typeof state;
    await expect(exportBundle({ state: strayEvent })).rejects.toThrow('属于另一个活动');
    await expect(exportBundle({ createdAt: 'yesterday' })).rejects.toThrow('createdAt');
  });

  it('refuses an invalid record of an encrypted export with the record’s error, though the passphrase key is being made meanwhile', async () => {
    const state = smallState();
    const broken = { ...state, participants: [{ ...state.participants?.[0], badgeCode: 'bad code' }] } as typeof state;
    await expect(exportBundle({ state: broken, passphrase: '千校万企' })).rejects.toThrow(/无法导出：参会人第 1 条的记录无效/);
  });

  it('signs with whatever signer it is given (the app keeps its key in IndexedDB)', async () => {
    const signer = await laptopSigner();
    const calls: Uint8Array[] = [];
    const bundle = await writeBundle({
      bundleId: BUNDLE_ID,
      eventId: EVENT.id,
      kind: 'full',
      schemaVersion: 4,
      createdAt: '2026-05-21T10:00:00Z',
      state: smallState(),
      signer: { ...signer, sign: (bytes) => (calls.push(bytes), signer.sign(bytes)) },
    });
    expect(calls).toHaveLength(1);
    expect((await readBundle(bundle)).ok).toBe(true);
  });
});
