import { describe, expect, it } from 'vitest';
import { DEFAULT_RUNS, parseBenchArgs } from '../../../bench/harness/args';

describe('bench command line', () => {
  it('takes a suite with the default repetitions, written to the results file', () => {
    expect(parseBenchArgs(['storage'])).toEqual({ ok: true, args: { suite: 'storage', runs: DEFAULT_RUNS, write: true } });
  });

  it('reads --runs in both spellings and --no-write', () => {
    expect(parseBenchArgs(['--runs', '5', 'storage', '--no-write'])).toEqual({ ok: true, args: { suite: 'storage', runs: 5, write: false } });
    expect(parseBenchArgs(['storage', '--runs=2'])).toEqual({ ok: true, args: { suite: 'storage', runs: 2, write: true } });
  });

  it('leaves the suite empty when none is named, so the suites can be listed', () => {
    expect(parseBenchArgs([])).toEqual({ ok: true, args: { suite: undefined, runs: DEFAULT_RUNS, write: true } });
  });

  it('refuses bad repetitions, unknown options and two suites', () => {
    expect(parseBenchArgs(['storage', '--runs', '0']).ok).toBe(false);
    expect(parseBenchArgs(['storage', '--runs']).ok).toBe(false);
    expect(parseBenchArgs(['storage', '--fast']).ok).toBe(false);
    expect(parseBenchArgs(['storage', 'search']).ok).toBe(false);
  });
});
