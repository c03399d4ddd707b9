import { parseArgs } from 'node:util';
import { UsageError } from './command';

type OptionSpec = { type: 'string' | 'boolean'; short?: string };

/**
 * node:util parseArgs, strict, with its errors turned into one-line
 * UsageErrors: its own messages run to several sentences of advice about `--`.
 */
export const parseCommandArgs = <O extends Record<string, OptionSpec>>(command: string, args: readonly string[], options: O) => {
  try {
    return parseArgs({ args: [...args], options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw translate(command, error);
  }
};

/** As parseCommandArgs, for commands that also take operands (`bundle verify <file>`). */
export const parseCommandLine = <O extends Record<string, OptionSpec>>(command: string, args: readonly string[], options: O) => {
  try {
    const { values, positionals } = parseArgs({ args: [...args], options, strict: true, allowPositionals: true });
    return { values, positionals };
  } catch (error) {
    throw translate(command, error);
  }
};

const quoted = (message: string, fallback: string): string => /'([^']+)'/.exec(message)?.[1] ?? fallback;

const translate = (command: string, error: unknown): Error => {
  if (!(error instanceof Error)) return new UsageError(`${command}: invalid arguments`, `${command}：参数无效`);
  const code = 'code' in error ? error.code : undefined;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const option = quoted(error.message, '?');
    return new UsageError(`${command}: unknown option ${option}`, `${command}：未知选项 ${option}`);
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const option = /--[\w-]+/.exec(error.message)?.[0] ?? '?';
    return new UsageError(`${command}: option ${option} needs a value`, `${command}：选项 ${option} 缺少取值`);
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    const arg = quoted(error.message, '?');
    return new UsageError(`${command}: unexpected argument "${arg}"`, `${command}：多余的参数“${arg}”`);
  }
  return error;
};

/** A whole number written in decimal, e.g. for --seed. */
export const integerOption = (command: string, option: string, raw: string): number => {
  const value = Number(raw);
  if (!/^-?\d+$/.test(raw.trim()) || !Number.isSafeInteger(value)) {
    throw new UsageError(`${command}: ${option} must be a whole number, got "${raw}"`, `${command}：${option} 应为整数，当前为“${raw}”`);
  }
  return value;
};
