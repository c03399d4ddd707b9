import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'docking-desk-match-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `npm run cli -- match …` is `tsx cli/main.ts match …`. */
const cli = (...args: string[]) => {
  const r = spawnSync(join(root, 'node_modules/.bin/tsx'), ['cli/main.ts', 'match', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

let files = 0;
const file = (content: unknown): string => {
  const path = join(dir, `f${files++}.json`);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content), 'utf8');
  return path;
};

type Output = { results: Record<string, { achievementId: string; score: number; reasons: string[] }[]> };

const needs = file([
  { id: 'n1', title: '寻求锂电池正极材料技术', description: '提升高镍正极的循环寿命 🔋', keywords: ['正极材料'], field: '新能源', cooperationModes: ['技术转让'] },
  { id: 'n2', title: 'CAR-T细胞治疗工艺优化', cooperationModes: ['合作开发'] },
]);
const achievements = file([
  { id: 'a1', title: '高镍锂离子电池正极材料制备', field: '新能源', cooperationModes: ['技术转让', '技术许可'], keywords: ['正极材料'] },
  { id: 'a2', title: '通用型CAR-T细胞制备平台', field: '生物医药', cooperationModes: ['合作开发'] },
  { id: 'a3', title: '退役动力电池梯次利用', description: 'Привет 日本語 🚀 mixed scripts', field: '新能源' },
  { id: 'a4', title: '风电叶片无损检测' },
]);

const expectOneLineError = (r: ReturnType<typeof cli>, ...fragments: string[]) => {
  expect(r.code).toBe(1);
  expect(r.stdout).toBe('');
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr).not.toMatch(/\bat .+:\d+/);
  for (const f of fragments) expect(r.stderr).toContain(f);
};

describe('cli match', () => {
  it('ranks achievements for every need, best first, with reasons', () => {
    const out = join(dir, 'result.json');
    const r = cli('--needs', needs, '--achievements', achievements, '--out', out);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const { results } = JSON.parse(readFileSync(out, 'utf8')) as Output;
    expect(Object.keys(results)).toEqual(['n1', 'n2']);
    expect(results.n1?.[0]).toMatchObject({ achievementId: 'a1', reasons: expect.arrayContaining(['领域相同：新能源', '合作方式匹配：技术转让']) });
    expect(results.n1?.[0]?.reasons[0]).toMatch(/^共同关键词：.*正极材料/);
    expect(results.n1?.map((s) => s.achievementId)).not.toContain('a4');
    expect(results.n2?.[0]?.achievementId).toBe('a2');
    for (const list of Object.values(results)) {
      const scores = list.map((s) => s.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
  }, 60_000);

  it('cuts each list to --top and writes JSON to standard output without --out', () => {
    const r = cli('--needs', needs, '--achievements', achievements, '--top', '1');
    expect(r.code).toBe(0);
    const { results } = JSON.parse(r.stdout) as Output;
    expect(results.n1).toHaveLength(1);
    expect(results.n2).toHaveLength(1);
  }, 60_000);

  it('re-ranks only the candidates, returning all of them without --top and none for a need without an entry', () => {
    const candidates = file({ n1: ['a4', 'a1', 'unknown'] });
    const { results } = JSON.parse(cli('--needs', needs, '--achievements', achievements, '--candidates', candidates).stdout) as Output;
    expect(results.n1?.map((s) => s.achievementId)).toEqual(['a1', 'a4']);
    expect(results.n2).toEqual([]);
    const top = JSON.parse(cli('--needs', needs, '--achievements', achievements, '--candidates', candidates, '--top', '1').stdout) as Output;
    expect(top.results.n1?.map((s) => s.achievementId)).toEqual(['a1']);
  }, 60_000);

  it.each([
    ['not JSON', '{"id":', ['is not valid JSON']],
    ['not an array', { id: 'n1', title: 'x' }, ['must be a JSON array']],
    ['a record that is not an object', ['n1'], ['record 1', 'must be an object']],
    ['a missing id', [{ title: '储能' }], ['record 1', 'field "id"', 'must be text']],
    ['a missing title', [{ id: 'n9' }], ['record 1 (id "n9")', 'field "title"']],
    ['an empty title', [{ id: 'n1', title: '储能' }, { id: 'n2', title: '   ' }], ['record 2 (id "n2")', 'field "title" is empty']],
    ['duplicate ids', [{ id: 'n1', title: '储能' }, { id: 'n1', title: '光伏' }], ['record 2 (id "n1")', 'field "id" duplicates record 1']],
    ['a 200,000-character description', [{ id: 'n1', title: '储能', description: '储'.repeat(200_000) }], ['record 1 (id "n1")', 'field "description"', '100,000 characters']],
    ['keywords of the wrong type', [{ id: 'n1', title: '储能', keywords: '储能' }], ['field "keywords" must be an array']],
    ['a keyword of the wrong type', [{ id: 'n1', title: '储能', keywords: ['储能', 7] }], ['field "keywords.1" must be text']],
  ] as const)('refuses needs with %s: one line naming file, record and field, exit 1', (_name, content, fragments) => {
    const path = file(content);
    expectOneLineError(cli('--needs', path, '--achievements', achievements), path, ...fragments);
  }, 60_000);

  it('refuses a bad candidates file, a missing file, a missing option and a bad --top in one line each', () => {
    const candidates = file({ n1: 'a1' });
    expectOneLineError(cli('--needs', needs, '--achievements', achievements, '--candidates', candidates), candidates, 'field "n1"', 'array');
    expectOneLineError(cli('--needs', join(dir, 'missing.json'), '--achievements', achievements), 'missing.json', 'no such file');
    expectOneLineError(cli('--needs', needs), '--achievements');
    expectOneLineError(cli('--needs', needs, '--achievements', achievements, '--top', '0'), '--top');
  }, 60_000);

  it('takes emoji-only and mixed-script records without crashing, matching on the words they do share', () => {
    const odd = file([{ id: '😀', title: '🚀🚀' }, { id: 'mixed', title: '🚀', description: 'Привет мир 日本語 한국어 \u0000' }]);
    const r = cli('--needs', odd, '--achievements', achievements);
    expect(r.code).toBe(0);
    const { results } = JSON.parse(r.stdout) as Output;
    expect(results['😀']).toEqual([]);
    expect(results.mixed?.map((s) => s.achievementId)).toEqual(['a3']);
  }, 60_000);
});
