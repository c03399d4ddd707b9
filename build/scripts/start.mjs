// `npm start`: build the renderer and the Electron bundles, then run the
// desktop app. Where Electron cannot run (its binary is fetched lazily on first
// run and that fails offline; no display; a locked-down machine), serve the
// same build for a browser instead, and say so in one line.
import { spawn } from 'node:child_process';
import console from 'node:console';
import { createRequire } from 'node:module';
import path from 'node:path';
import process from 'node:process';
import { clearTimeout, setTimeout } from 'node:timers';
import { fileURLToPath, URL } from 'node:url';
import { build, preview } from 'vite';
import { buildElectron } from './build-electron.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const configFile = path.join(root, 'vite.config.ts');
const require = createRequire(import.meta.url);

/** The lazy download gets this long; offline it usually fails in well under a second. */
const DOWNLOAD_TIMEOUT_MS = 20_000;
/** An Electron that is still running after this long has started; an earlier exit means it could not. */
const STARTUP_GRACE_MS = 4_000;

const lastLine = (text) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .at(-1) ?? '';

/**
 * `require('electron')` returns the binary's path but first downloads it with
 * a blocking `spawnSync` that has no timeout (node_modules/electron/index.js).
 * So run its installer ourselves, with a timeout, and require only after it
 * succeeded; the installer exits at once when the binary is already there.
 */
const electronBinary = () =>
  new Promise((resolve) => {
    // A local Electron build (documented by electron's index.js) needs no download.
    if (process.env.ELECTRON_OVERRIDE_DIST_PATH) return resolve({ binary: require('electron') });
    const installer = path.join(path.dirname(require.resolve('electron/package.json')), 'install.js');
    const child = spawn(process.execPath, [installer], { stdio: ['ignore', 'ignore', 'pipe'], timeout: DOWNLOAD_TIMEOUT_MS });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', (error) => resolve({ reason: `cannot run the Electron installer: ${error.message}` }));
    child.on('exit', (code, signal) => {
      if (signal !== null) return resolve({ reason: `Electron download timed out after ${DOWNLOAD_TIMEOUT_MS / 1000} s` });
      if (code !== 0) {
        const why = stderr.match(/^\w*Error: (.+)$/m)?.[1] ?? lastLine(stderr);
        return resolve({ reason: `Electron download failed: ${why || `exit code ${code}`}` });
      }
      try {
        resolve({ binary: require('electron') });
      } catch (error) {
        resolve({ reason: error instanceof Error ? error.message : String(error) });
      }
    });
  });

/**
 * Resolves `{ reason }` if Electron fails to start, or never resolves once it
 * runs: the process then lives and exits with the app. Electron's own output
 * is held back during startup so that a failure shows as one line.
 */
const runElectron = (binary) =>
  new Promise((resolve) => {
    const env = { ...process.env };
    // Set by some tools; it would make Electron behave as plain Node.
    delete env.ELECTRON_RUN_AS_NODE;
    const child = spawn(binary, ['.'], { cwd: root, env, stdio: ['inherit', 'inherit', 'pipe'] });
    let started = false;
    let stopping = false;
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      if (started) process.stderr.write(chunk);
      else stderr += chunk;
    });
    const timer = setTimeout(() => {
      started = true;
      process.stderr.write(stderr);
    }, STARTUP_GRACE_MS);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ reason: `cannot start Electron: ${error.message}` });
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (started || stopping) process.exit(code ?? 1);
      resolve({ reason: `Electron exited at startup: ${lastLine(stderr) || (signal ?? `exit code ${code}`)}` });
    });
    // Ctrl-C during startup means stop, not "fall back to the browser".
    for (const name of ['SIGINT', 'SIGTERM']) {
      process.on(name, () => {
        stopping = true;
        child.kill(name);
      });
    }
  });

const serveForBrowser = async (reason) => {
  const server = await preview({ configFile, logLevel: 'warn', preview: { host: '127.0.0.1', port: 4173, open: false } });
  // Vite moves to the next free port when 4173 is taken; report where it really is.
  const url = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4173/';
  console.log(`对接台: Electron runtime unavailable (${reason}); serving the same UI for a browser at ${url}`);
  for (const name of ['SIGINT', 'SIGTERM']) process.on(name, () => server.close().finally(() => process.exit(0)));
};

console.log('对接台: building the renderer and the Electron bundles…');
// The browser fallback has no app.getVersion(); it reads the version from the build.
await build({ configFile, logLevel: 'warn' });
await buildElectron();

const found = await electronBinary();
const failure = 'binary' in found ? await runElectron(found.binary) : found;
await serveForBrowser(failure.reason);
