import {
  DEFAULT_EXACT_TIME_LIMIT_MS,
  DEFAULT_TIME_LIMIT_MS,
  EXACT_MAX_REQUESTS,
  exactRefusal,
  parseInstance,
  schedule,
  scheduleExact,
  type ExactCertificate,
  type SchedulePlan,
} from '../../shared/scheduling';
import { integerOption, parseCommandArgs } from '../args';
import { CLI_NAME, UsageError, type Command } from '../command';
import { nodeHighsSolver } from '../highsSolver';
import { readJson, writeText } from '../json';

const USAGE = `Usage / 用法:  ${CLI_NAME} schedule --input <instance.json> [--out <plan.json>]
                    [--max-break-spread <n>] [--time-limit-ms <n>] [--seed <n>] [--exact]

Plans one-on-one meetings into slots and tables: as much priority as fits
(必须 first), then the fewest breaks, then few table changes; reports a proven
upper bound on the priority and a reason for every request left out.
将约谈排入时段与洽谈桌：优先排满优先级（必须优先），再尽量减少空档与换桌；
给出可排优先级的上界，并说明每个未排约谈的原因。

Input / 输入:  { "slots": [{ "id", "session"? }] (in time order), "tables": [{ "id" }],
                 "participants": [{ "id", "unavailable"?: [slotId], "maxMeetings"?, "hostTable"? }],
                 "requests": [{ "id", "a", "b", "priority"?: 1|2|3 (3 = 必须, default),
                                "allowedSlots"?, "fixedSlot"?, "after"?: [requestId] }],
                 "locked"?: [{ "requestId", "slotId", "tableId" }] }
Output / 输出: { "meetings": [{ "requestId", "slotId", "tableId" }],
                 "unscheduled": [{ "requestId", "reason" (中文说明), "code" }],
                 "stats": { "scheduled", "weight", "upperBound", "breaks", "maxBreaks", "minBreaks", "ms" } }

Options / 选项:
  -i, --input <file>        the instance / 排期实例
  -o, --out <file>          write here instead of standard output / 写入该文件
  --max-break-spread <n>    at most n between the most and fewest breaks of a
                            participant; never met by dropping meetings (stats
                            say breakSpreadMet) / 空档数最大差（不会为此少排约谈）
  --time-limit-ms <n>       search time (default ${DEFAULT_TIME_LIMIT_MS}) / 搜索时长，毫秒
  --seed <n>                seed of the search; same seed, same plan (default 1) / 随机种子
  --exact                   small fairs (≤ ${EXACT_MAX_REQUESTS} requests): also solve an integer
                            program (HiGHS) within the time limit (default
                            ${DEFAULT_EXACT_TIME_LIMIT_MS} ms); stats.certificate says optimal, improved
                            or heuristic-kept / 精确模式：小规模实例用整数规划证明最优或改进排期
  -h, --help                show this help / 显示本帮助`;

const nonNegative = (option: string, raw: string | undefined): number | undefined => {
  if (raw === undefined) return undefined;
  const value = integerOption('schedule', option, raw);
  if (value < 0) throw new UsageError(`schedule: ${option} must not be negative, got ${value}`, `schedule：${option} 不能为负数，当前为 ${value}`);
  return value;
};

/** The issue's output shape: the Chinese sentence as `reason`, the code beside it for programs. */
const output = (plan: SchedulePlan, certificate?: ExactCertificate) => ({
  meetings: plan.meetings,
  unscheduled: plan.unscheduled.map((u) => ({ requestId: u.requestId, reason: u.message, code: u.reason })),
  stats: certificate === undefined ? plan.stats : { ...plan.stats, certificate },
});

const certificateText: Record<ExactCertificate, string> = {
  optimal: 'proven optimal / 已证明最优',
  improved: 'improved by the integer program / 整数规划改进了排期',
  'heuristic-kept': 'heuristic plan kept / 保留启发式排期',
};

export const scheduleCommand: Command = {
  name: 'schedule',
  summary: { en: 'Plan meetings into slots and tables, with reasons for the rest', zh: '自动排期：将约谈排入时段与洽谈桌，并说明未排原因' },
  usage: USAGE,
  async run(args, io) {
    const options = parseCommandArgs('schedule', args, {
      input: { type: 'string', short: 'i' },
      out: { type: 'string', short: 'o' },
      'max-break-spread': { type: 'string' },
      'time-limit-ms': { type: 'string' },
      seed: { type: 'string' },
      exact: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    });
    if (options.help) {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    const path = options.input;
    if (path === undefined || path.trim() === '') throw new UsageError('schedule: --input <file> is required', 'schedule：缺少 --input <文件>');
    const maxBreakSpread = nonNegative('--max-break-spread', options['max-break-spread']);
    const timeLimitMs = nonNegative('--time-limit-ms', options['time-limit-ms']);
    const seed = options.seed === undefined ? undefined : integerOption('schedule', '--seed', options.seed);
    const parsed = parseInstance(readJson('schedule', path));
    if (!parsed.ok) {
      const { problem } = parsed;
      const where = problem.path === '' ? '' : ` ${problem.path}`;
      throw new UsageError(`schedule: ${path}${where}: ${problem.en}`, `schedule：${path}${where}：${problem.zh}`);
    }
    let plan: SchedulePlan;
    let certificate: ExactCertificate | undefined;
    if (options.exact) {
      const refusal = exactRefusal(parsed.instance);
      if (refusal !== undefined) throw new UsageError(`schedule: --exact takes at most ${EXACT_MAX_REQUESTS} requests, ${path} has ${parsed.instance.requests.length}`, `schedule：${refusal}`);
      const result = await scheduleExact(parsed.instance, await nodeHighsSolver(), { maxBreakSpread, seed, timeLimitMs: timeLimitMs ?? DEFAULT_EXACT_TIME_LIMIT_MS });
      ({ plan, certificate } = result);
      if (result.message !== undefined) io.stderr(`schedule: ${result.message}\n`);
    } else {
      plan = schedule(parsed.instance, { maxBreakSpread, timeLimitMs, seed });
    }
    const json = `${JSON.stringify(output(plan, certificate), null, 2)}\n`;
    if (options.out === undefined) {
      io.stdout(json);
      return 0;
    }
    writeText('schedule', options.out, json);
    const { scheduled, weight, upperBound, breaks } = plan.stats;
    const total = parsed.instance.requests.length;
    io.stdout(
      `schedule: wrote ${options.out}: ${scheduled} of ${total} requests, priority ${weight} of at most ${upperBound}, ${breaks} break${breaks === 1 ? '' : 's'}` +
        ` / 已排 ${scheduled}/${total} 个约谈，优先级 ${weight}（上界 ${upperBound}），空档 ${breaks} 个` +
        `${certificate === undefined ? '' : `; ${certificateText[certificate]}`}\n`,
    );
    return 0;
  },
};
