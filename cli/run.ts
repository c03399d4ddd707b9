import { CLI_NAME, UsageError, type CliIo, type Command } from './command';
import { COMMANDS } from './commands';

const overview = (commands: readonly Command[]): string => {
  const width = Math.max(4, ...commands.map((c) => c.name.length)) + 2;
  const rows = [...commands.map((c) => [c.name, c.summary] as const), ['help', { en: 'Show this help, or a command’s options', zh: '显示本帮助或某个命令的选项' }] as const];
  return [
    'Docking Desk (对接台) command line / 命令行工具',
    '',
    `Usage / 用法:  ${CLI_NAME} <command> [options]`,
    '',
    'Commands / 命令:',
    ...rows.flatMap(([name, s]) => [`  ${name.padEnd(width)}${s.en}`, `  ${''.padEnd(width)}${s.zh}`]),
    '',
    `Run "${CLI_NAME} help <command>" for a command's options.`,
    `运行 "${CLI_NAME} help <命令>" 查看该命令的选项。`,
    '',
  ].join('\n');
};

const unknownCommand = (name: string): UsageError =>
  new UsageError(`unknown command "${name}"; run "${CLI_NAME} help"`, `未知命令“${name}”`);

/** One line, whatever went wrong: organisers read it, they do not debug it. */
const oneLine = (text: string): string => text.split('\n')[0]?.trim() ?? '';

/**
 * Runs one command line and returns the exit code. Never throws: usage
 * mistakes and unexpected failures alike end as one line on stderr and 1.
 */
export const runCli = async (argv: readonly string[], io: CliIo, commands: readonly Command[] = COMMANDS): Promise<number> => {
  const [first, ...rest] = argv;
  try {
    if (first === undefined || first === 'help' || first === '--help' || first === '-h') {
      const topic = first === 'help' ? rest[0] : undefined;
      if (topic === undefined) {
        io.stdout(overview(commands));
        return 0;
      }
      const command = commands.find((c) => c.name === topic);
      if (!command) throw unknownCommand(topic);
      io.stdout(`${command.usage}\n`);
      return 0;
    }
    const command = commands.find((c) => c.name === first);
    if (!command) throw first.startsWith('-') ? new UsageError(`unknown option ${first}; run "${CLI_NAME} help"`, `未知选项 ${first}`) : unknownCommand(first);
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) io.stderr(`error: ${oneLine(error.en)} / 错误：${oneLine(error.zh)}\n`);
    else io.stderr(`error: ${oneLine(error instanceof Error ? error.message : String(error)) || 'unexpected failure'} / 错误：意外失败\n`);
    return 1;
  }
};
