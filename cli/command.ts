/**
 * What a subcommand is. Adding one (match, schedule, bundle…) means writing
 * one file in cli/commands/ that exports a Command and listing it in
 * cli/commands/index.ts.
 */
export type CliIo = {
  stdout(text: string): void;
  stderr(text: string): void;
};

export type Command = {
  name: string;
  summary: { en: string; zh: string };
  /** Full help, English and Chinese, shown by `help <name>` and `<name> --help`. */
  usage: string;
  /** Returns the exit code; throws UsageError for anything the user can fix. */
  run(args: readonly string[], io: CliIo): number | Promise<number>;
};

/**
 * A mistake the user can fix (bad flag, unwritable path): printed as one line
 * in both languages, exit code 1, never a stack trace.
 */
export class UsageError extends Error {
  constructor(
    readonly en: string,
    readonly zh: string,
  ) {
    super(en);
    this.name = 'UsageError';
  }
}

export const CLI_NAME = 'npm run cli --';
