import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { inspectBundle, readBundle, type ReadOptions } from '@shared/bundle';
import { canonicalState } from '@shared/sync/canonicalJson';
import { BUNDLE_ID, EVENT, bytesOf, exportBundle, fileText, laptopSigner, manifestOf, reissue, repack, smallState } from './fixture';

const plain = await exportBundle();

const failure = async (bytes: Uint8Array, options?: ReadOptions) => {
  const read = await readBundle(bytes, options);
  if (read.ok) throw new Error('the bundle was accepted');
  return read.error;
};

describe('readBundle: round trip', () => {
  it('gives back the records as written, tombstones, edits and conflicts included', async () => {
    const read = await readBundle(plain, { eventId: EVENT.id });
    if (!read.ok) throw new Error(read.error.message);
    expect(canonicalState(read.state)).toEqual(JSON.parse(JSON.stringify(canonicalState(smallState()))));
    expect(read.manifest).toMatchObject({ bundleId: BUNDLE_ID, eventId: EVENT.id, kind: 'full' });
    expect(read.unknownFiles).toEqual([]);
    const deleted = read.state.participants?.find((p) => p.deleted === true);
    expect(deleted?.fieldStamps).toEqual({ deleted: '2026-05-21T09:00:00.000Z_0004_laptop-1' });
  });

  it('keeps record fields it does not know (a newer minor version’s), as written', async () => {
    const state = smallState();
    const [first, ...rest] = state.participants ?? [];
    const bundle = await exportBundle({ state: { ...state, participants: [{ ...first, id: first?.id ?? '', wechat: 'zhang-w', checkIn: { state: '未签到', kiosk: 3 } }, ...rest] } });
    const read = await readBundle(bundle);
    expect(read.ok && read.state.participants?.find((p) => p.id === first?.id)).toMatchObject({ wechat: 'zhang-w', checkIn: { kiosk: 3 } });
  });

  it('opens a 1.7 bundle with a manifest field and a record kind it does not know, keeping both', async () => {
    const bundle = await reissue(plain, (entries, manifest) => {
      manifest.version = '1.7';
      manifest.venueMap = { floors: 2 };
      entries['badges.ndjson'] = bytesOf('{"id":"bdg_1"}\n');
      manifest.files.push({ name: 'badges.ndjson', kind: 'badges', records: 1, sha256: '' });
    });
    const read = await readBundle(bundle);
    if (!read.ok) throw new Error(read.error.message);
    expect(read.manifest.version).toBe('1.7');
    expect(read.manifest.venueMap).toEqual({ floors: 2 });
    expect(read.unknownFiles).toEqual(['badges.ndjson']);
    expect(Object.keys(read.state)).not.toContain('badges');
  });

  it('reads a bundle of an older minor version that has no file for a newer kind as having none', async () => {
    const bundle = await reissue(plain, (entries, manifest) => {
      delete entries['matchFeedback.ndjson'];
      manifest.files = manifest.files.filter((f) => f.kind !== 'matchFeedback');
      delete (manifest.counts as Record<string, number>).matchFeedback;
    });
    const read = await readBundle(bundle);
    expect(read.ok && canonicalState(read.state).matchFeedback).toEqual([]);
  });

  it('inspects without reading the records', async () => {
    const inspected = await inspectBundle(plain);
    expect(inspected.ok && inspected.manifest.counts.participants).toBe(4);
    expect(inspected).not.toHaveProperty('state');
  });
});

describe('readBundle: what is wrong, in order', () => {
  it('NOT_A_BUNDLE: a file that is no zip at all', async () => {
    expect(await failure(bytesOf('{"event": {}}'))).toMatchObject({ code: 'NOT_A_BUNDLE', message: '不是对接台数据包（.dockbundle）' });
    expect((await failure(new Uint8Array())).code).toBe('NOT_A_BUNDLE');
  });

  it('CORRUPT: a bundle cut short, however short', async () => {
    for (const length of [10, 100, plain.length / 2, plain.length - 1]) {
      const error = await failure(plain.slice(0, Math.floor(length)));
      expect(error.code).toBe('CORRUPT');
      expect(error.message).toContain('数据包不完整或已损坏');
    }
  });

  it('MISSING_MANIFEST and BAD_MANIFEST', async () => {
    expect((await failure(repack(plain, (e) => delete e['manifest.json']))).code).toBe('MISSING_MANIFEST');
    const notJson = await failure(repack(plain, (e) => (e['manifest.json'] = bytesOf('{"format":'))));
    expect(notJson).toMatchObject({ code: 'BAD_MANIFEST', message: '数据包清单（manifest.json）无效：不是有效的 JSON' });
    const noCounts = await failure(await reissue(plain, (_, m) => delete m.counts));
    expect(noCounts).toMatchObject({ code: 'BAD_MANIFEST', message: '数据包清单（manifest.json）无效：字段 counts 缺失或无效（无效输入：期望 record，实际接收 undefined）' });
    const badHash = await failure(
      repack(plain, (e) => {
        const m = manifestOf(e);
        (m.files[2] as { sha256: string }).sha256 = 'xyz';
        e['manifest.json'] = bytesOf(JSON.stringify(m));
      }),
    );
    expect(badHash.message).toContain('字段 files[2].sha256');
  });

  it('UNKNOWN_FORMAT and NEWER_VERSION, before the rest of the manifest is read', async () => {
    const other = repack(plain, (e) => (e['manifest.json'] = bytesOf('{"format":"office-backup","version":"3.1"}')));
    expect(await failure(other)).toMatchObject({ code: 'UNKNOWN_FORMAT', message: '不是对接台数据包：清单中的格式为“office-backup”' });
    const newer = repack(plain, (e) => {
      const m = manifestOf(e);
      e['manifest.json'] = bytesOf(JSON.stringify({ ...m, version: '2.0', files: 'changed in 2.0' }));
    });
    expect(await failure(newer)).toEqual({
      code: 'NEWER_VERSION',
      message: '该数据包由更新版本的对接台生成（格式 2.0），请先升级对接台',
      messageEn: 'this bundle was made by a newer Docking Desk (format 2.0); please upgrade Docking Desk first',
    });
  });

  it('BAD_SIGNATURE: the manifest edited after signing, or signed by another key', async () => {
    const edited = repack(plain, (e) => {
      const m = manifestOf(e);
      e['manifest.json'] = bytesOf(JSON.stringify({ ...m, eventName: '另一场活动' }));
    });
    expect((await failure(edited)).code).toBe('BAD_SIGNATURE');
    const otherKey = await exportBundle({ signer: { ...(await laptopSigner()), publicKey: new Uint8Array(32).fill(7) } });
    expect((await failure(otherKey)).code).toBe('BAD_SIGNATURE');
  });

  it('MISSING_FILE and TAMPERED name the file', async () => {
    const missing = await failure(repack(plain, (e) => delete e['needs.ndjson']));
    expect(missing).toMatchObject({ code: 'MISSING_FILE', message: '数据包缺少技术需求文件 needs.ndjson' });
    const flipped = repack(plain, (e) => {
      const bytes = e['participants.ndjson'];
      if (bytes) bytes[20] = (bytes[20] ?? 0) ^ 1;
    });
    expect(await failure(flipped)).toMatchObject({ code: 'TAMPERED', message: '参会人文件 participants.ndjson的内容与清单中的校验值不符：文件已被篡改或损坏' });
  });

  it('TAMPERED names the first file in the manifest’s order when several were changed (all are hashed at once)', async () => {
    const flipped = repack(plain, (e) => {
      for (const name of ['outcomes.ndjson', 'participants.ndjson']) {
        const bytes = e[name];
        if (bytes) bytes[20] = (bytes[20] ?? 0) ^ 1;
      }
    });
    expect(await failure(flipped)).toMatchObject({ code: 'TAMPERED', message: expect.stringContaining('participants.ndjson') as unknown });
  });

  it('UNEXPECTED_ENTRY: a file the manifest does not list is not covered by the signature', async () => {
    const extra = await failure(repack(plain, (e) => (e['readme.txt'] = bytesOf('hi'))));
    expect(extra).toMatchObject({ code: 'UNEXPECTED_ENTRY' });
    expect(extra.message).toContain('readme.txt');
  });

  it('WRONG_EVENT names both events', async () => {
    const error = await failure(plain, { eventId: 'evt_0000000000zzzzzzzzzzzzzzzz', eventName: '秋季对接会' });
    expect(error.code).toBe('WRONG_EVENT');
    expect(error.message).toBe(`该数据包属于活动“${EVENT.name}”（${EVENT.id}），不是当前活动“秋季对接会”（evt_0000000000zzzzzzzzzzzzzzzz）`);
  });

  it('BAD_RECORD: a line that is not JSON, with the kind and the line', async () => {
    const bundle = await reissue(plain, (e) => {
      const lines = fileText(e, 'participants.ndjson').split('\n');
      lines[2] = '{"id": "ppl_broken",';
      e['participants.ndjson'] = bytesOf(lines.join('\n'));
    });
    expect(await failure(bundle)).toMatchObject({ code: 'BAD_RECORD', message: '参会人文件第 3 行不是有效的 JSON', messageEn: 'participants.ndjson line 3 is not valid JSON' });
  });

  it('BAD_RECORD: a record its kind’s schema refuses, with the line, the field and zod’s reason', async () => {
    const bundle = await reissue(plain, (e) => {
      const lines = fileText(e, 'participants.ndjson').split('\n');
      lines[1] = JSON.stringify({ ...(JSON.parse(lines[1] ?? '') as object), mobile: '12345' });
      e['participants.ndjson'] = bytesOf(lines.join('\n'));
    });
    const error = await failure(bundle);
    expect(error.code).toBe('BAD_RECORD');
    expect(error.message).toMatch(/^参会人文件第 2 行的记录无效：.*手机号.*（字段 mobile）$/);
    expect(error.messageEn).toMatch(/^participants\.ndjson line 2: invalid record: .* \(field mobile\)$/);
  });

  it('BAD_RECORD: a record of another event', async () => {
    const bundle = await reissue(plain, (e) => {
      const [line] = fileText(e, 'needs.ndjson').split('\n');
      e['needs.ndjson'] = bytesOf(`${JSON.stringify({ ...(JSON.parse(line ?? '') as object), eventId: 'evt_0000000000zzzzzzzzzzzzzzzz' })}\n`);
    });
    const error = await failure(bundle);
    expect(error.code).toBe('BAD_RECORD');
    expect(error.message).toContain('技术需求文件第 1 行的记录');
    expect(error.message).toContain('属于另一个活动（evt_0000000000zzzzzzzzzzzzzzzz）');
  });

  it('COUNT_MISMATCH and DUPLICATE_RECORD', async () => {
    const dropped = await reissue(plain, (e) => {
      e['needs.ndjson'] = bytesOf(`${fileText(e, 'needs.ndjson').split('\n')[0] ?? ''}\n`);
    });
    expect(await failure(dropped)).toMatchObject({ code: 'COUNT_MISMATCH', message: '技术需求文件有 1 条记录，但清单记载为 2 条' });
    const twice = await reissue(plain, (e) => {
      const line = fileText(e, 'needs.ndjson').split('\n')[0] ?? '';
      e['needs.ndjson'] = bytesOf(`${line}\n${line}\n`);
    });
    const error = await failure(twice);
    expect(error.code).toBe('DUPLICATE_RECORD');
    expect(error.message).toMatch(/^记录 need_\w+ 出现了两次（技术需求文件第 1 行和技术需求文件第 2 行）$/);
  });

  it('never throws, whichever byte is damaged; what still opens has the same records', async () => {
    const expected = canonicalState(smallState());
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: plain.length - 1 }), fc.integer({ min: 1, max: 255 }), async (at, xor) => {
        const damaged = plain.slice();
        damaged[at] = (damaged[at] ?? 0) ^ xor;
        const read = await readBundle(damaged);
        if (read.ok) expect(canonicalState(read.state)).toEqual(JSON.parse(JSON.stringify(expected)));
        else expect(read.error.message).toMatch(/[\u4e00-\u9fff]/);
      }),
      { numRuns: 150 },
    );
  });
});
