import { DATA_SCHEMA_VERSION } from '../../shared/model';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../cli/run';
import { canonicalText } from '../../cli/canonicalText';
import { createDeviceKeys, signerFromKeys, writeBundle } from '../../shared/bundle';
import { generateDemoFair } from '../../shared/demo';
import { canonicalState } from '../../shared/sync/canonicalJson';

const root = join(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'docking-desk-bundle-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = async (...args: string[]) => {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
};

const expectOneLineError = (r: { code: number | null; stdout: string; stderr: string }, ...fragments: string[]) => {
  expect(r.code).toBe(1);
  expect(r.stdout).toBe('');
  expect(r.stderr.endsWith('\n')).toBe(true);
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr).not.toMatch(/\bat .+:\d+/);
  for (const f of fragments) expect(r.stderr).toContain(f);
};

const fair = generateDemoFair();
const demoState = { events: [fair.event], organisations: fair.organisations, participants: fair.participants, needs: fair.needs, achievements: fair.achievements, meetingRequests: fair.meetingRequests };

const demoBundle = join(dir, 'fair.dockbundle');
const written = await run('demo', '--out', demoBundle);

describe('cli demo --out x.dockbundle', () => {
  it('writes the demo fair as a full bundle signed by the demo generator', async () => {
    expect(written).toMatchObject({ code: 0, stderr: '' });
    expect(written.stdout).toContain('434 participants');
    const inspected = await run('bundle', 'inspect', demoBundle);
    expect(inspected.code).toBe(0);
    const summary = JSON.parse(inspected.stdout) as { encrypted: boolean; counts: Record<string, number>; manifest: Record<string, unknown> };
    expect(summary.encrypted).toBe(false);
    expect(summary.counts).toMatchObject({ events: 1, participants: fair.participants.length, meetingRequests: fair.meetingRequests.length, meetings: 0 });
    expect(summary.manifest).toMatchObject({ kind: 'full', eventId: fair.event.id, schemaVersion: DATA_SCHEMA_VERSION, device: { id: 'demo', name: '示例数据生成器' } });
  });
});

describe('cli bundle verify', () => {
  it('says valid in one line with the counts', async () => {
    const r = await run('bundle', 'verify', demoBundle);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stdout).toMatch(/^有效 \/ valid: .*fair\.dockbundle \(完整 full, 示例数据生成器 demo\): 活动 events 1, 机构 organisations 154, 参会人 participants 434/);
  });

  it('says what is wrong in one line, Chinese then English, exit 1', async () => {
    const tampered = join(dir, 'tampered.dockbundle');
    const entries = unzipSync(readFileSync(demoBundle));
    const needs = entries['needs.ndjson'];
    if (needs) needs[100] = (needs[100] ?? 0) ^ 1;
    writeFileSync(tampered, zipSync(entries));
    expectOneLineError(
      await run('bundle', 'verify', tampered),
      '无效 / invalid: 技术需求文件 needs.ndjson的内容与清单中的校验值不符',
      '/ needs.ndjson does not match its SHA-256',
    );
    const cut = join(dir, 'cut.dockbundle');
    writeFileSync(cut, readFileSync(demoBundle).subarray(0, 5000));
    expectOneLineError(await run('bundle', 'verify', cut), '数据包不完整或已损坏', 'truncated or corrupt');
    const notBundle = join(dir, 'fair.json');
    writeFileSync(notBundle, '{}');
    expectOneLineError(await run('bundle', 'verify', notBundle), '不是对接台数据包（.dockbundle）');
  });

  it('says why a file cannot be read', async () => {
    expectOneLineError(await run('bundle', 'verify', join(dir, 'missing.dockbundle')), 'cannot read', '文件不存在');
    expectOneLineError(await run('bundle', 'verify', dir), 'it is a folder');
  });

  it('answers usage mistakes with one line in both languages', async () => {
    expectOneLineError(await run('bundle'), 'verify, inspect or export-json', '请指定子命令');
    expectOneLineError(await run('bundle', 'check', demoBundle), 'unknown subcommand "check"', '未知子命令');
    expectOneLineError(await run('bundle', 'verify'), 'which bundle', '请指定数据包文件');
    expectOneLineError(await run('bundle', 'verify', demoBundle, 'extra'), 'unexpected argument "extra"');
    expectOneLineError(await run('bundle', 'verify', demoBundle, '--out', 'x.json'), '--out is for export-json');
    expectOneLineError(await run('bundle', 'inspect', demoBundle, '--passphrase', 'x'), 'needs no passphrase');
    expectOneLineError(await run('bundle', 'verify', demoBundle, '--passphrase'), 'option --passphrase needs a value');
    expectOneLineError(await run('bundle', 'verify', demoBundle, '--frob'), 'unknown option --frob');
  });

  it('shows bilingual help', async () => {
    for (const args of [['help', 'bundle'], ['bundle', '--help'], ['bundle', 'verify', '-h']]) {
      const r = await run(...args);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('bundle export-json <file.dockbundle>');
      expect(r.stdout).toContain('加密数据包的口令');
    }
    expect((await run('help')).stdout).toMatch(/bundle +Verify, inspect or export a \.dockbundle/);
  });
});

describe('cli bundle export-json', () => {
  it('writes the records as canonical JSON, the same whoever packed them', async () => {
    const out = join(dir, 'state.json');
    const r = await run('bundle', 'export-json', demoBundle, '--out', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^bundle export-json: wrote .*state\.json \/ 已导出：活动 events 1/);
    const text = readFileSync(out, 'utf8');
    expect(text).toBe(canonicalText(canonicalState(demoState)));
    expect(Object.keys(JSON.parse(text) as object)).toEqual(Object.keys(canonicalState({})).sort());
    // Another bundle of the same records (another key, id and time) exports to the very same text.
    const again = join(dir, 'again.dockbundle');
    expect((await run('demo', '--out', again)).code).toBe(0);
    expect((await run('bundle', 'export-json', again)).stdout).toBe(text);
  });
});

describe('cli bundle with a passphrase', () => {
  it('verifies and exports an encrypted bundle only with the passphrase; inspects it without', async () => {
    const sealed = join(dir, 'sealed.dockbundle');
    const signer = signerFromKeys(await createDeviceKeys(), { deviceId: 'desk-1', deviceName: '签到台 1' });
    const state = { events: [fair.event], participants: fair.participants.slice(0, 5) };
    writeFileSync(
      sealed,
      await writeBundle({ bundleId: 'bdl_0000000001cccccccccccccccc', eventId: fair.event.id, kind: 'full', schemaVersion: 4, createdAt: '2026-05-21T10:00:00Z', state, signer, passphrase: '口令 1' }),
    );
    expectOneLineError(await run('bundle', 'verify', sealed), '该数据包已加密，请输入口令 (--passphrase)');
    expectOneLineError(await run('bundle', 'verify', sealed, '--passphrase', '口令 2'), '口令不正确');
    expect((await run('bundle', 'inspect', sealed)).stdout).toContain('"encrypted": true');
    const exported = await run('bundle', 'export-json', sealed, '--passphrase', '口令 1');
    expect(exported.stdout).toBe(canonicalText(canonicalState(state)));
  }, 30_000);
});

describe('cli bundle verify (subprocess)', () => {
  it('exits 1 with one line and no stack trace', () => {
    const r = spawnSync(join(root, 'node_modules/.bin/tsx'), ['cli/main.ts', 'bundle', 'verify', join(dir, 'fair.json')], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    expectOneLineError({ code: r.status, stdout: r.stdout, stderr: r.stderr }, '无效 / invalid: 不是对接台数据包（.dockbundle） / not a Docking Desk bundle');
  }, 60_000);
});
