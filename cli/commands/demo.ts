import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { BUNDLE_EXTENSION, createDeviceKeys, signerFromKeys, writeBundle } from '../../shared/bundle';
import { DEMO_SEED, generateDemoFair, type DemoFair } from '../../shared/demo';
import { DATA_SCHEMA_VERSION } from '../../shared/model';
import { createIdGenerator } from '../../shared/ids';
import { integerOption, parseCommandArgs } from '../args';
import { CLI_NAME, UsageError, type Command } from '../command';

const USAGE = `Usage / 用法:  ${CLI_NAME} demo [--out <file.json | file.dockbundle>] [--seed <n>]

Generates a realistic Zhongguancun docking fair (organisations, participants,
needs and achievements) and writes it as JSON, or as a signed data bundle when
the file ends in .dockbundle. The same seed always gives the same fair.
生成一场逼真的中关村校企对接会示例数据（机构、参会人、需求、成果），以 JSON 输出；
文件名以 .dockbundle 结尾时写成带签名的对接台数据包。相同的种子总是生成相同的数据。

Options / 选项:
  -o, --out <file>  write to this file instead of standard output
                    (.dockbundle: a full bundle signed by a fresh device key)
                    写入该文件（默认输出到标准输出；.dockbundle 为完整数据包）
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

/** The demo fair as a full bundle, signed by a key made for this run only (示例数据生成器 is no real laptop). */
const demoBundle = async (fair: DemoFair): Promise<Uint8Array> => {
  const signer = signerFromKeys(await createDeviceKeys(), { deviceId: 'demo', deviceName: '示例数据生成器' });
  const newId = createIdGenerator((n) => new Uint8Array(randomBytes(n)), Date.now);
  const { event, organisations, participants, needs, achievements, meetingRequests } = fair;
  return writeBundle({
    bundleId: newId('bdl'),
    eventId: event.id,
    eventName: event.name,
    kind: 'full',
    schemaVersion: DATA_SCHEMA_VERSION,
    createdAt: new Date().toISOString(),
    state: { events: [event], organisations, participants, needs, achievements, meetingRequests },
    signer,
  });
};

export const demoCommand: Command = {
  name: 'demo',
  summary: { en: 'Generate a realistic demo fair as JSON or a .dockbundle', zh: '生成逼真的示例对接会数据（JSON 或数据包）' },
  usage: USAGE,
  async run(args, io) {
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
    if (options.out === undefined) {
      io.stdout(`${JSON.stringify(fair, null, 2)}\n`);
      return 0;
    }
    if (options.out.trim() === '') throw new UsageError('demo: option --out needs a value', 'demo：选项 --out 缺少取值');
    const asBundle = options.out.toLowerCase().endsWith(BUNDLE_EXTENSION);
    const data = asBundle ? await demoBundle(fair) : `${JSON.stringify(fair, null, 2)}\n`;
    try {
      writeFileSync(options.out, data);
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
