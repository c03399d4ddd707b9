#!/usr/bin/env node
/**
 * `npm run audit:electron`: Electronegativity over the app's own code, failing
 * on any finding of medium severity or higher (issue 7). It reads what we
 * write (electron/, renderer/, shared/ and renderer/index.html with its CSP),
 * not the bundles Vite makes of third-party code: those run under the same CSP,
 * which allows no `eval` or `new Function`.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const electronegativity = require('@doyensec/electronegativity');
const { version: electronVersion } = require('electron/package.json');

const AUDITED = ['electron', 'renderer', 'shared', 'package.json'];
/**
 * It asks GitHub whether newer Electron releases fix security bugs; the build
 * machines have no internet, and upgrades are a dependency decision, not a finding in our code.
 */
const EXCLUDED = ['AvailableSecurityFixesGlobalCheck'];

const stage = mkdtempSync(join(tmpdir(), 'docking-desk-audit-'));
try {
  for (const entry of AUDITED) cpSync(entry, join(stage, entry), { recursive: true });
  const { issues, errors } = await electronegativity({
    input: stage,
    isRelative: true,
    severitySet: 'medium',
    confidenceSet: 'tentative',
    excludeFromScan: EXCLUDED,
    electronVersionOverride: electronVersion,
    parserPlugins: [],
  });
  const MEDIUM = 2;
  const findings = issues.filter((issue) => issue.severity.value >= MEDIUM);
  for (const issue of findings) {
    console.log(`✗ ${issue.id} [${issue.severity.name} · ${issue.confidence.name}] ${issue.file}:${issue.location.line}:${issue.location.column}`);
    console.log(`  ${issue.description}  ${issue.shortenedURL ?? ''}`);
  }
  for (const error of errors) console.log(`✗ could not parse ${error.file}: ${error.message ?? error.error ?? error}`);
  const lower = issues.length - findings.length;
  console.log(`Electronegativity ${electronVersion}: ${findings.length} finding(s) of medium severity or higher, ${lower} lower, ${errors.length} unparsed file(s)`);
  process.exitCode = findings.length === 0 && errors.length === 0 ? 0 : 1;
} finally {
  rmSync(stage, { recursive: true, force: true });
}
