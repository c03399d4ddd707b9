import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UsageError, type Command } from '../../cli/command';
import { runCli } from '../../cli/run';
import { generateDemoFair } from '../../shared/demo';

const root = join(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'docking-desk-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The real thing: `npm run cli -- …` is `tsx cli/main.ts …`. */
const cli = (...args: string[]) => {
  const r = spawnSync(join(root, 'node_modules/.bin/tsx'), ['cli/main.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

/** The same dispatcher in-process, for the many error paths that need no subprocess. */
const run = async (args: string[], commands?: readonly Command[]) => {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) }, commands);
  return { code, stdout, stderr };
};

const expectOneLineError = (r: { code: number | null; stdout: string; stderr: string }, ...fragments: string[]) => {
  expect(r.code).toBe(1);
  expect(r.stderr.endsWith('\n')).toBe(true);
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr).not.toMatch(/\bat .+:\d+/);
  for (const f of fragments) expect(r.stderr).toContain(f);
};

describe('cli demo (subprocess)', () => {
  it('writes the demo fair as pretty UTF-8 JSON and prints a one-line summary', () => {
    const out = join(dir, 'fair.json');
    const r = cli('demo', '--out', out);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stdout).toMatch(/\d+ organisations, \d+ participants, 180 needs, 240 achievements/);
    const text = readFileSync(out, 'utf8');
    expect(text).toContain('\n  "event": {');
    expect(text).toContain('中关村');
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(generateDemoFair())));
  }, 60_000);

  it('prints usage in English and Chinese for --help, help and no arguments', () => {
    for (const args of [['--help'], ['help'], []]) {
      const r = cli(...args);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
      expect(r.stdout).toContain('Usage / 用法');
      expect(r.stdout).toMatch(/demo +Generate/);
      expect(r.stdout).toContain('生成逼真的示例对接会');
    }
  }, 60_000);

  it('rejects an unknown command with one line on stderr and exit code 1', () => {
    const r = cli('frobnicate');
    expect(r.stdout).toBe('');
    expectOneLineError(r, 'unknown command "frobnicate"', '未知命令');
  }, 60_000);
});

describe('cli dispatch (in-process)', () => {
  it('writes JSON to stdout without --out, honouring --seed', async () => {
    const r = await run(['demo', '--seed', '42']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(generateDemoFair({ seed: 42 }))));
  }, 30_000);

  it('shows a command’s options for `help demo` and `demo --help`', async () => {
    for (const args of [['help', 'demo'], ['demo', '--help'], ['demo', '-h']]) {
      const r = await run(args);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('--out <file>');
      expect(r.stdout).toContain('随机种子');
    }
  });

  it('answers each usage mistake with one line in both languages', async () => {
    expectOneLineError(await run(['demo', '--frob']), 'unknown option --frob', '未知选项');
    expectOneLineError(await run(['demo', '--out']), 'option --out needs a value', '缺少取值');
    expectOneLineError(await run(['demo', '--out', '--seed', '3']), 'option --out needs a value');
    expectOneLineError(await run(['demo', '--out=']), 'option --out needs a value');
    expectOneLineError(await run(['demo', '--seed', 'abc']), '--seed must be a whole number', '应为整数');
    expectOneLineError(await run(['demo', 'extra']), 'unexpected argument "extra"');
    expectOneLineError(await run(['help', 'nope']), 'unknown command "nope"');
    expectOneLineError(await run(['--verbose']), 'unknown option --verbose');
  });

  it('says why a path cannot be written', async () => {
    expectOneLineError(await run(['demo', '--out', join(dir, 'missing', 'fair.json')]), 'its folder does not exist', '所在文件夹不存在');
    expectOneLineError(await run(['demo', '--out', dir]), 'it is a folder');
  }, 30_000);

  it('turns an unexpected failure into one line too', async () => {
    const broken: Command = {
      name: 'broken',
      summary: { en: 'fails', zh: '失败' },
      usage: 'broken',
      run: () => {
        throw new Error('disk exploded\n    at somewhere.ts:1:1');
      },
    };
    expectOneLineError(await run(['broken'], [broken]), 'disk exploded');
    const picky: Command = { ...broken, run: () => Promise.reject(new UsageError('picky: no', 'picky：不行')) };
    expectOneLineError(await run(['broken'], [picky]), 'picky: no', 'picky：不行');
  });
});
