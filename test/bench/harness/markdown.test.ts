import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Machine } from '../../../bench/harness/machine';
import { appendRunSection, BENCHMARKS_INTRO, renderRunSection, renderTable } from '../../../bench/harness/markdown';
import type { BenchReport } from '../../../bench/harness/types';

const machine: Machine = {
  date: '2026-05-20T08:00:00Z',
  cpu: 'AMD EPYC',
  cores: 2,
  memory: '23.5 GiB',
  os: 'Linux 6.1 x64',
  node: 'v20.20.2',
  commit: 'abc1234',
};

const report: BenchReport = {
  title: 'bulk import and search at 20,000 participants',
  environment: { Chromium: '156.0.8078.108' },
  tables: [{ caption: 'Import', columns: ['path', 'time'], rows: [['raw | put', '1,000 ms']] }],
  goals: [{ label: 'search p95', target: '≤ 16 ms', measured: '3.1 ms', met: true }],
  notes: ['Same data on both sides.'],
};

describe('benchmark results file', () => {
  it('renders a table, escaping pipes inside cells', () => {
    expect(renderTable(report.tables[0] as BenchReport['tables'][number])).toBe('**Import**\n\n| path | time |\n| --- | --- |\n| raw \\| put | 1,000 ms |');
  });

  it('names the machine, the versions, the commit and the date of a run', () => {
    const section = renderRunSection('storage', report, machine);
    expect(section).toMatch(/^### `storage` — 2026-05-20: bulk import/);
    for (const fact of ['| CPU | AMD EPYC, 2 cores |', '| Memory | 23.5 GiB |', '| Node | v20.20.2 |', '| Chromium | 156.0.8078.108 |', '| Commit | abc1234 |', '| Date | 2026-05-20T08:00:00Z |']) {
      expect(section).toContain(fact);
    }
    expect(section).toContain('| search p95 | ≤ 16 ms | 3.1 ms | ✅ yes |');
    expect(section).toContain('- Same data on both sides.');
  });

  it('creates the file with its intro, then appends each run below the earlier ones', () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'bench-md-')), 'benchmarks.md');
    appendRunSection(file, '### first\n');
    appendRunSection(file, '### second\n');
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith(BENCHMARKS_INTRO.trimEnd())).toBe(true);
    expect(text.indexOf('### first')).toBeLessThan(text.indexOf('### second'));
    expect(text.endsWith('### second\n')).toBe(true);
  });
});
