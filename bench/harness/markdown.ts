import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Machine } from './machine';
import type { BenchReport, ReportTable } from './types';

/**
 * docs/benchmarks.md: an intro written once, then one section per run,
 * appended, so a result is never overwritten by a later one and a regression
 * shows as two sections with the same suite.
 */
export const BENCHMARKS_INTRO = `# Benchmarks

Every speed goal of Docking Desk is shown by a benchmark here, never by a timed unit test: unit tests
run on loaded CI machines in parallel and would either flake or be given such slack that they prove
nothing.

## How to run

\`\`\`sh
npm run bench                       # lists the suites
npm run bench -- storage            # bulk import vs raw IndexedDB, search latency (Chromium)
npm run bench -- registry           # the real participants list at 20,000 rows (Chromium)
npm run bench -- schedule           # the real 排期表 grid, 250 tables × 24 slots, ~6,000 meetings (Chromium)
npm run bench -- matching           # matching quality (NDCG) on the real needs/achievements set (Node)
npm run bench -- storage --runs 5   # more repetitions
npm run bench -- storage --no-write # print the section, leave this file alone
\`\`\`

Suites live in \`bench/suites/<name>.ts\`; suites that measure the browser build small pages from
\`bench/pages/\` with Vite into \`dist/bench/\` and run them in Debian's Chromium (playwright-core,
fresh profile per run).

## Rules

- Warm-up first, then several repetitions; the tables give the median and, in brackets, the range
  (min–max) over the repetitions.
- Both sides of a comparison get the same data in the same run, each repetition on a fresh
  database, in alternating order.
- Every section names the machine, Node and Chromium versions, the commit and the date. Figures
  from different machines are not comparable; compare sections from the same machine.
- IndexedDB on disk varies by tens of percent from one import to the next, more so on a machine
  busy with other work: read the ranges, and re-run before calling a change a regression.

## Results

Newest last.
`;

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export const renderTable = (table: ReportTable): string => {
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [`**${table.caption}**`, '', line(table.columns), line(table.columns.map(() => '---')), ...table.rows.map(line)].join('\n');
};

export const renderRunSection = (suite: string, report: BenchReport, machine: Machine): string => {
  const facts: [string, string][] = [
    ['Date', machine.date],
    ['CPU', `${machine.cpu}, ${machine.cores} cores`],
    ['Memory', machine.memory],
    ['OS', machine.os],
    ['Node', machine.node],
    ...Object.entries(report.environment),
    ['Commit', machine.commit],
  ];
  const parts = [
    `### \`${suite}\` — ${machine.date.slice(0, 10)}: ${report.title}`,
    renderTable({ caption: 'Machine', columns: ['', ''], rows: facts }),
  ];
  if (report.goals.length > 0) {
    parts.push(
      renderTable({
        caption: 'Goals',
        columns: ['goal', 'target', 'measured', 'met'],
        rows: report.goals.map((g) => [g.label, g.target, g.measured, g.met ? '✅ yes' : '❌ no']),
      }),
    );
  }
  parts.push(...report.tables.map(renderTable));
  if (report.notes.length > 0) parts.push(report.notes.map((n) => `- ${n}`).join('\n'));
  return `${parts.join('\n\n')}\n`;
};

/** Appends a run's section, creating the file with its intro the first time. */
export const appendRunSection = (file: string, section: string): void => {
  const before = existsSync(file) ? readFileSync(file, 'utf8') : BENCHMARKS_INTRO;
  writeFileSync(file, `${before.replace(/\s*$/, '')}\n\n${section}`);
};
