import highsLoader from 'highs';
import wasmUrl from 'highs/runtime?url';
import { highsSolver, type MipSolver } from '@shared/scheduling';

let runtime: ReturnType<typeof highsLoader> | undefined;

/**
 * HiGHS for the exact mode, in the scheduling worker: a solve blocks its
 * thread for up to the whole time limit, so never call this on the UI thread.
 * The .wasm is the asset Vite emits for `highs/runtime` (the package's export
 * of highs.wasm), handed over through `locateFile` because the bundled loader
 * no longer sits beside it; the app's CSP allows compiling it with
 * 'wasm-unsafe-eval'. Loaded once per worker; a failed load is retried on the
 * next call (a file briefly locked by an antivirus scan, say).
 */
export const workerHighsSolver = async (): Promise<MipSolver> => {
  runtime ??= highsLoader({ locateFile: () => wasmUrl }).catch((error: unknown) => {
    runtime = undefined;
    throw error;
  });
  return highsSolver(await runtime);
};
