#!/usr/bin/env node
/**
 * `npm test`: every check, in order, each to the end even if an earlier one
 * failed, then one closing line `N passed, N failed` that CI reads.
 * Typecheck, lint and the Electronegativity audit count as one check each; vitest projects count their tests.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bin = (name) => join('node_modules', '.bin', name);
const reports = mkdtempSync(join(tmpdir(), 'docking-desk-tests-'));
let passed = 0;
let failed = 0;

const run = (label, command, args) => {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  const r = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  return r.status === 0;
};

const check = (label, command, args) => {
  if (run(label, command, args)) passed += 1;
  else {
    failed += 1;
    console.log(`✗ ${label} failed`);
  }
};

const vitest = (label, projects) => {
  const out = join(reports, `${label}.json`);
  const ok = run(label, bin('vitest'), ['run', ...projects.flatMap((p) => ['--project', p]), '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
  if (!existsSync(out)) {
    failed += 1;
    console.log(`✗ ${label}: the test runner produced no report`);
    return;
  }
  const report = JSON.parse(readFileSync(out, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  if (!ok && report.numFailedTests === 0) {
    failed += 1;
    console.log(`✗ ${label}: the runner failed outside any test (see above)`);
  }
};

check('typecheck', bin('tsc'), ['-b']);
check('lint', bin('eslint'), ['.', '--max-warnings', '0']);
check('audit:electron', process.execPath, ['build/scripts/audit-electron.mjs']);
vitest('unit-and-component', ['unit', 'component']);
vitest('e2e', ['e2e']);

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
