/** `bench/run.ts <suite> [--runs N] [--no-write]`, parsed. */
export type BenchArgs = { suite: string | undefined; runs: number; write: boolean };

export const DEFAULT_RUNS = 3;

export type ParsedArgs = { ok: true; args: BenchArgs } | { ok: false; message: string };

export const parseBenchArgs = (argv: readonly string[]): ParsedArgs => {
  let suite: string | undefined;
  let runs = DEFAULT_RUNS;
  let write = true;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--no-write') write = false;
    else if (arg === '--runs' || arg.startsWith('--runs=')) {
      const value = arg === '--runs' ? argv[++i] : arg.slice('--runs='.length);
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1 || n > 100) return { ok: false, message: `--runs needs a whole number from 1 to 100, got ${value ?? 'nothing'}` };
      runs = n;
    } else if (arg.startsWith('-')) return { ok: false, message: `unknown option ${arg}` };
    else if (suite === undefined) suite = arg;
    else return { ok: false, message: `one suite at a time (got ${suite} and ${arg})` };
  }
  return { ok: true, args: { suite, runs, write } };
};
