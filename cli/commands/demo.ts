import { writeFileSync } from 'node:fs';
import { DEMO_SEED, generateDemoFair } from '../../shared/demo';
import { integerOption, parseCommandArgs } from '../args';
import { CLI_NAME, UsageError, type Command } from '../command';

const USAGE = `Usage / 用法:  ${CLI_NAME} demo [--out <file.json>] [--seed <n>]

Generates a realistic Zhongguancun docking fair (organisations, participants,
needs and achievements) and writes it as JSON. The same seed always gives the
same fair.
生成一场逼真的中关村校企对接会示例数据（机构、参会人、需求、成果），以 JSON 输出；
相同的种子总是生成相同的数据。

Options / 选项:
  -o, --out <file>  write to this file instead of standard output
                    写入该文件（默认输出到标准输出）
  --seed <n>        random seed, default ${DEMO_SEED}
                    随机种子，默认 ${DEMO_SEED}
  -h, --help        show this help / 显示本帮助`;

/** Why a file could not be written, in words an organiser understands. */
const writeProblem = (path: string, error: unknown): UsageError => {
  const code = error instanceof Error && 'code' in error ? String(error.code) : 'unknown';
  const reasons: Record<string, [string, string]> = {
    ENOENT: ['its folder does not exist', '所在文件夹不存在'],
    EACCES: ['permission denied', '没有写入权限'],
    EPERM: ['permission denied', '没有写入权限'],
    EISDIR: ['it is a folder', '这是一个文件夹'],
    EROFS: ['the disk is read-only', '磁盘为只读'],
    ENOSPC: ['the disk is full', '磁盘已满'],
  };
  const [en, zh] = reasons[code] ?? [code, code];
  return new UsageError(`demo: cannot write ${path}: ${en}`, `demo：无法写入 ${path}：${zh}`);
};

export const demoCommand: Command = {
  name: 'demo',
  summary: { en: 'Generate a realistic demo fair as JSON', zh: '生成逼真的示例对接会数据（JSON）' },
  usage: USAGE,
  run(args, io) {
    const options = parseCommandArgs('demo', args, {
      out: { type: 'string', short: 'o' },
      seed: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    });
    if (options.help) {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    const seed = options.seed === undefined ? DEMO_SEED : integerOption('demo', '--seed', options.seed);
    const fair = generateDemoFair({ seed });
    const json = `${JSON.stringify(fair, null, 2)}\n`;
    if (options.out === undefined) {
      io.stdout(json);
      return 0;
    }
    if (options.out.trim() === '') throw new UsageError('demo: option --out needs a value', 'demo：选项 --out 缺少取值');
    try {
      writeFileSync(options.out, json, 'utf8');
    } catch (error) {
      throw writeProblem(options.out, error);
    }
    const { organisations, participants, needs, achievements } = fair;
    io.stdout(
      `demo: wrote ${options.out} (seed ${seed}): ${organisations.length} organisations, ${participants.length} participants, ` +
        `${needs.length} needs, ${achievements.length} achievements / 已生成：${organisations.length}个机构、` +
        `${participants.length}名参会人、${needs.length}项需求、${achievements.length}项成果\n`,
    );
    return 0;
  },
};
