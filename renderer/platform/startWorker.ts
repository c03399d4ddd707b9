/**
 * A web worker from `start`, or `undefined` where there are none (jsdom) or
 * it cannot start: the caller then does the work on this thread. `start`
 * holds the `new Worker(new URL('./x.ts', import.meta.url), …)` itself, in
 * the caller's module, because that is the form Vite finds and bundles.
 */
export const startWorker = (start: () => Worker): Worker | undefined => {
  if (typeof Worker === 'undefined') return undefined;
  try {
    return start();
  } catch {
    return undefined;
  }
};
