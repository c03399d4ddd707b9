import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../cli/run';
import { checkPlan, type ScheduleInstance } from '../../shared/scheduling';

const root = join(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'docking-desk-schedule-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `npm run cli -- schedule …` is `tsx cli/main.ts schedule …`. */
const cli = (...args: string[]) => {
  const r = spawnSync(join(root, 'node_modules/.bin/tsx'), ['cli/main.ts', 'schedule', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

/** The same dispatcher in-process, for the error paths. */
const run = async (...args: string[]) => {
  let stdout = '';
  let stderr = '';
  const code = await runCli(['schedule', ...args], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
};

let files = 0;
const file = (content: unknown): string => {
  const path = join(dir, `f${files++}.json`);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content), 'utf8');
  return path;
};

const expectOneLineError = (r: { code: number | null; stdout: string; stderr: string }, ...fragments: string[]) => {
  expect(r.code).toBe(1);
  expect(r.stdout).toBe('');
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr).not.toMatch(/\bat .+:\d+/);
  for (const f of fragments) expect(r.stderr).toContain(f);
};

const fairDay = (): ScheduleInstance => ({
  slots: [{ id: '09:00', session: '上午' }, { id: '09:20', session: '上午' }, { id: '14:00', session: '下午' }],
  tables: [{ id: 'A1' }, { id: 'A2' }],
  participants: [{ id: '张伟', unavailable: ['14:00'] }, { id: '李娜' }, { id: '王芳', maxMeetings: 1 }, { id: '清华', hostTable: 'A2' }],
  requests: [
    { id: 'r1', a: '张伟', b: '李娜' },
    { id: 'r2', a: '王芳', b: '清华', priority: 2 },
    { id: 'r3', a: '王芳', b: '李娜', priority: 1 },
    { id: 'r4', a: '清华', b: '李娜', after: ['r1'] },
  ],
});

type Output = {
  meetings: { requestId: string; slotId: string; tableId: string }[];
  unscheduled: { requestId: string; reason: string; code: string }[];
  stats: Record<string, number | boolean>;
};

describe('cli schedule', () => {
  it('writes a valid plan with reasons and figures, and prints a one-line summary (subprocess)', () => {
    const out = join(dir, 'plan.json');
    const r = cli('--input', file(fairDay()), '--out', out, '--time-limit-ms', '100');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stdout).toContain('3 of 4 requests, priority 8 of at most 8');
    expect(r.stdout).toContain('已排 3/4 个约谈');
    const plan = JSON.parse(readFileSync(out, 'utf8')) as Output;
    expect(checkPlan(fairDay(), plan.meetings)).toEqual([]);
    expect(plan.unscheduled).toEqual([{ requestId: 'r3', reason: '“王芳”已达到 1 场的洽谈上限，无法再与“李娜”洽谈', code: 'participant-limit' }]);
    expect(Object.keys(plan.stats)).toEqual(['scheduled', 'weight', 'upperBound', 'breaks', 'maxBreaks', 'minBreaks', 'ms']);
    expect(plan.stats).toMatchObject({ scheduled: 3, weight: 8, upperBound: 8, breaks: 0 });
  }, 60_000);

  it('prints the plan to standard output without --out, and reports the spread bound when given one', async () => {
    const r = await run('--input', file(fairDay()), '--max-break-spread', '0', '--time-limit-ms', '50', '--seed', '3');
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.stdout) as Output;
    expect(plan.meetings).toHaveLength(3);
    expect(plan.stats.breakSpreadMet).toBe(true);
  });

  it('with --exact, proves the plan optimal with HiGHS and says so in stats.certificate', async () => {
    // 张伟 meets 李娜 only in the morning and 王芳 only in the afternoon: one break nobody can avoid.
    const instance: ScheduleInstance = {
      ...fairDay(),
      participants: [{ id: '张伟' }, { id: '李娜' }, { id: '王芳' }, { id: '清华', hostTable: 'A2' }],
      requests: [
        { id: 'r1', a: '张伟', b: '李娜', fixedSlot: '09:00' },
        { id: 'r2', a: '张伟', b: '王芳', fixedSlot: '14:00' },
        { id: 'r3', a: '清华', b: '李娜', priority: 2 },
      ],
    };
    const r = await run('--input', file(instance), '--exact', '--time-limit-ms', '5000');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.stdout) as Output;
    expect(checkPlan(instance, plan.meetings)).toEqual([]);
    expect(Object.keys(plan.stats)).toEqual(['scheduled', 'weight', 'upperBound', 'breaks', 'maxBreaks', 'minBreaks', 'ms', 'certificate']);
    expect(plan.stats).toMatchObject({ scheduled: 3, weight: 8, upperBound: 8, breaks: 1, certificate: 'optimal' });
  }, 30_000);

  it('refuses --exact on an instance over the size limit, in one line', async () => {
    const many = Array.from({ length: 401 }, (_, k) => ({ id: `r${k}`, a: `p${k}`, b: `q${k}` }));
    const instance = { ...fairDay(), participants: many.flatMap((m) => [{ id: m.a }, { id: m.b }]), requests: many };
    expectOneLineError(await run('--input', file(instance), '--exact'), '--exact takes at most 400 requests', '精确模式只适用于不超过 400 个约谈申请');
  });

  it('shows its usage in both languages', async () => {
    const r = await run('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--max-break-spread');
    expect(r.stdout).toContain('--exact');
    expect(r.stdout).toContain('将约谈排入时段与洽谈桌');
  });

  it.each<[string, unknown, string[]]>([
    ['malformed JSON', '{"slots": [', ['is not valid JSON', '不是有效的 JSON']],
    ['an instance that is not an object', [1, 2], ['must be an object', '应为对象']],
    ['an unknown participant', { ...fairDay(), requests: [{ id: 'r1', a: '张伟', b: '无名氏' }] }, ['requests[0].b', 'participant "无名氏" does not exist', '参与者“无名氏”不存在']],
    ['an unknown slot', { ...fairDay(), requests: [{ id: 'r1', a: '张伟', b: '李娜', allowedSlots: ['08:00'] }] }, ['requests[0].allowedSlots[0]', 'allowed slot "08:00" does not exist']],
    ['a participant meeting itself', { ...fairDay(), requests: [{ id: 'r1', a: '李娜', b: '李娜' }] }, ['requests[0].b', 'cannot meet itself', '不能与自己洽谈']],
    ['a cycle in after', { ...fairDay(), requests: [{ id: 'r1', a: '张伟', b: '李娜', after: ['r2'] }, { id: 'r2', a: '王芳', b: '李娜', after: ['r1'] }] }, ['request "r1" must come after itself', 'r1 → r2 → r1']],
    ['a fixed slot a side cannot attend', { ...fairDay(), requests: [{ id: 'r1', a: '张伟', b: '李娜', fixedSlot: '14:00' }] }, ['requests[0].fixedSlot', 'is unavailable for participant "张伟"', '不可参加的时段']],
    ['locked meetings that clash', { ...fairDay(), locked: [{ requestId: 'r1', slotId: '09:00', tableId: 'A1' }, { requestId: 'r3', slotId: '09:00', tableId: 'A2' }] }, ['locked[1].slotId', 'participant "李娜" already has locked meeting 1']],
  ])('refuses %s in one line naming the file and the record, exit 1', async (_name, content, fragments) => {
    const path = file(content);
    expectOneLineError(await run('--input', path), path, ...fragments);
  });

  it('refuses a missing file, a missing --input, bad numbers and unknown options in one line each', async () => {
    expectOneLineError(await run('--input', join(dir, 'missing.json')), 'missing.json', 'no such file');
    expectOneLineError(await run(), '--input <file> is required', '缺少 --input');
    expectOneLineError(await run('--input', file(fairDay()), '--time-limit-ms', 'soon'), '--time-limit-ms must be a whole number');
    expectOneLineError(await run('--input', file(fairDay()), '--max-break-spread=-1'), '--max-break-spread must not be negative');
    expectOneLineError(await run('--input', file(fairDay()), '--fast'), 'unknown option --fast');
  });

  it('refuses an unwritable --out in one line (subprocess: no stack trace)', () => {
    expectOneLineError(cli('--input', file(fairDay()), '--out', join(dir, 'no', 'such', 'dir', 'plan.json'), '--time-limit-ms', '10'), 'cannot write');
  }, 60_000);
});
