import { readFileSync } from 'node:fs';
import { inspectBundle, readBundle, type BundleError, type BundleManifest } from '../../shared/bundle';
import { canonicalState } from '../../shared/sync/canonicalJson';
import { SYNC_KIND_NAMES, SYNC_KINDS, isSyncKind } from '../../shared/sync/kinds';
import { parseCommandLine } from '../args';
import { canonicalText } from '../canonicalText';
import { CLI_NAME, UsageError, type CliIo, type Command } from '../command';
import { writeText } from '../json';

const USAGE = `Usage / 用法:  ${CLI_NAME} bundle verify <file.dockbundle> [--passphrase <P>]
               ${CLI_NAME} bundle inspect <file.dockbundle>
               ${CLI_NAME} bundle export-json <file.dockbundle> [--out <state.json>] [--passphrase <P>]

Checks and reads a Docking Desk bundle (.dockbundle, docs/bundle-format.md).
检查并读取对接台数据包（.dockbundle，格式见 docs/bundle-format.md）。

Subcommands / 子命令:
  verify       checks the zip, the manifest and its signature, every file's hash
               and every record; exit 0 and one line of counts when valid, else
               exit 1 and one line saying what is wrong
               校验数据包（签名、文件校验值、每条记录）：有效时输出各类记录数，
               否则用一行说明问题，退出码 1
  inspect      the manifest (device, clock range, counts, files) as JSON; needs
               no passphrase / 以 JSON 输出清单（设备、时钟范围、记录数、文件），无需口令
  export-json  the records as canonical JSON, { "<kind>": [records sorted by id,
               deleted ones included] }, keys sorted: the same data gives the same
               file however it was packed or merged
               以规范 JSON 导出全部记录（按标识排序，含已删除记录，键名排序）：
               同样的数据总是得到同样的文件

Options / 选项:
  --passphrase <P>  the passphrase of an encrypted bundle / 加密数据包的口令
  -o, --out <file>  export-json: write here instead of standard output
                    export-json：写入该文件（默认输出到标准输出）
  -h, --help        show this help / 显示本帮助`;

const SUBCOMMANDS = ['verify', 'inspect', 'export-json'] as const;
type Subcommand = (typeof SUBCOMMANDS)[number];
const isSubcommand = (name: string | undefined): name is Subcommand => SUBCOMMANDS.some((s) => s === name);

const readBytes = (command: string, path: string): Uint8Array => {
  try {
    return new Uint8Array(readFileSync(path));
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : 'unknown';
    const reasons: Record<string, [string, string]> = {
      ENOENT: ['no such file', '文件不存在'],
      EISDIR: ['it is a folder', '这是一个文件夹'],
      EACCES: ['permission denied', '没有读取权限'],
    };
    const [en, zh] = reasons[code] ?? [code, code];
    throw new UsageError(`${command}: cannot read ${path}: ${en}`, `${command}：无法读取 ${path}：${zh}`);
  }
};

/** One line on stderr, Chinese first as the organisers read it; the passphrase hint names the option. */
const invalid = (io: CliIo, error: BundleError): number => {
  const hint = error.code === 'PASSPHRASE_REQUIRED' ? ' (--passphrase)' : '';
  io.stderr(`无效 / invalid: ${error.message}${hint} / ${error.messageEn}${hint}\n`);
  return 1;
};

/** Known kinds in SYNC_KINDS order with their Chinese labels, then any a newer version added. */
const countsLine = (counts: BundleManifest['counts']): string => {
  const kinds = [...SYNC_KIND_NAMES.filter((kind) => kind in counts), ...Object.keys(counts).filter((kind) => !isSyncKind(kind))];
  return kinds.map((kind) => `${isSyncKind(kind) ? `${SYNC_KINDS[kind].label} ` : ''}${kind} ${counts[kind] ?? 0}`).join(', ');
};

const verify = async (file: string, passphrase: string | undefined, io: CliIo): Promise<number> => {
  const read = await readBundle(readBytes('bundle verify', file), { passphrase });
  if (!read.ok) return invalid(io, read.error);
  const { manifest } = read;
  const kind = manifest.kind === 'full' ? '完整 full' : '增量 delta';
  io.stdout(`有效 / valid: ${file} (${kind}, ${manifest.device.name} ${manifest.device.id}): ${countsLine(manifest.counts)}\n`);
  return 0;
};

const inspect = async (file: string, io: CliIo): Promise<number> => {
  const inspected = await inspectBundle(readBytes('bundle inspect', file));
  if (!inspected.ok) return invalid(io, inspected.error);
  const { manifest, unknownFiles } = inspected;
  const summary = { file, encrypted: manifest.encryption !== undefined, counts: manifest.counts, unknownFiles, manifest };
  io.stdout(`${JSON.stringify(summary, null, 2)}\n`);
  return 0;
};

const exportJson = async (file: string, out: string | undefined, passphrase: string | undefined, io: CliIo): Promise<number> => {
  const read = await readBundle(readBytes('bundle export-json', file), { passphrase });
  if (!read.ok) return invalid(io, read.error);
  const text = canonicalText(canonicalState(read.state));
  if (out === undefined) {
    io.stdout(text);
    return 0;
  }
  writeText('bundle export-json', out, text);
  io.stdout(`bundle export-json: wrote ${out} / 已导出：${countsLine(read.manifest.counts)}\n`);
  return 0;
};

export const bundleCommand: Command = {
  name: 'bundle',
  summary: { en: 'Verify, inspect or export a .dockbundle', zh: '校验、查看或导出对接台数据包（.dockbundle）' },
  usage: USAGE,
  async run(args, io) {
    const { values: options, positionals } = parseCommandLine('bundle', args, {
      passphrase: { type: 'string' },
      out: { type: 'string', short: 'o' },
      help: { type: 'boolean', short: 'h' },
    });
    const [subcommand, file, ...extra] = positionals;
    if (options.help) {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    if (subcommand === undefined) throw new UsageError('bundle: verify, inspect or export-json?', 'bundle：请指定子命令 verify、inspect 或 export-json');
    if (!isSubcommand(subcommand)) {
      throw new UsageError(`bundle: unknown subcommand "${subcommand}" (verify, inspect, export-json)`, `bundle：未知子命令“${subcommand}”（可用 verify、inspect、export-json）`);
    }
    const command = `bundle ${subcommand}`;
    if (file === undefined) throw new UsageError(`${command}: which bundle? give its file`, `${command}：请指定数据包文件`);
    if (extra[0] !== undefined) throw new UsageError(`${command}: unexpected argument "${extra[0]}"`, `${command}：多余的参数“${extra[0]}”`);
    if (options.out !== undefined && subcommand !== 'export-json') throw new UsageError(`${command}: --out is for export-json`, `${command}：--out 仅用于 export-json`);
    if (options.out !== undefined && options.out.trim() === '') throw new UsageError(`${command}: option --out needs a value`, `${command}：选项 --out 缺少取值`);
    if (options.passphrase !== undefined && subcommand === 'inspect') {
      throw new UsageError('bundle inspect: needs no passphrase (it does not decrypt)', 'bundle inspect：无需口令（不解密）');
    }
    if (subcommand === 'verify') return verify(file, options.passphrase, io);
    if (subcommand === 'inspect') return inspect(file, io);
    return exportJson(file, options.out, options.passphrase, io);
  },
};
