import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseBenchArgs } from './harness/args';
import { describeMachine } from './harness/machine';
import { appendRunSection, renderRunSection } from './harness/markdown';
import { SUITES } from './suites';

/**
 * `tsx bench/run.ts <suite> [--runs N] [--no-write]` (`npm run bench -- <suite>`):
 * runs one suite, prints its Markdown section and appends it to
 * docs/benchmarks.md.
 */
const root = fileURLToPath(new URL('..', import.meta.url));
const resultsFile = path.join(root, 'docs/benchmarks.md');

const usage = (problem?: string): never => {
  if (problem) console.error(`bench: ${problem}\n`);
  console.error('usage: npm run bench -- <suite> [--runs N] [--no-write]\n\nsuites:');
  for (const s of SUITES) console.error(`  ${s.name.padEnd(12)} ${s.summary}`);
  process.exit(1);
};

const main = async () => {
  const parsed = parseBenchArgs(process.argv.slice(2));
  if (!parsed.ok) return usage(parsed.message);
  const { suite: name, runs, write } = parsed.args;
  if (name === undefined) return usage();
  const suite = SUITES.find((s) => s.name === name);
  if (!suite) return usage(`no suite named “${name}”`);

  const started = performance.now();
  const machine = describeMachine(root);
  const report = await suite.run({ runs, root, log: (message) => console.error(message) });
  const section = renderRunSection(suite.name, report, machine);
  console.log(section);
  if (write) {
    appendRunSection(resultsFile, section);
    console.error(`appended to ${path.relative(root, resultsFile)}`);
  }
  console.error(`${suite.name}: done in ${((performance.now() - started) / 1000).toFixed(0)} s; goals ${report.goals.filter((g) => g.met).length}/${report.goals.length} met`);
};

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
