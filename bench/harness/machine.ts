import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';

/** The machine a run was measured on, as the benchmark rules ask: CPU model, cores, memory, Node, date. */
export type Machine = {
  date: string;
  cpu: string;
  cores: number;
  memory: string;
  os: string;
  node: string;
  commit: string;
};

const cpuModel = (): string => {
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('model name'));
    if (line) return line.slice(line.indexOf(':') + 1).trim();
  } catch {
    // Not Linux: fall back to what Node reports.
  }
  return os.cpus()[0]?.model.trim() ?? 'unknown';
};

/** The commit measured, marked `+ local changes` when the tree differs from it. */
const commitOf = (root: string): string => {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: root, encoding: 'utf8' }).trim() !== '';
    return dirty ? `${head} + local changes` : head;
  } catch {
    return 'unknown';
  }
};

export const describeMachine = (root: string, now = new Date()): Machine => ({
  date: now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
  cpu: cpuModel(),
  cores: os.availableParallelism(),
  memory: `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
  os: `${os.type()} ${os.release()} ${os.arch()}`,
  node: process.version,
  commit: commitOf(root),
});
