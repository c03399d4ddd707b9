/**
 * Timing helpers of the registry page. "Painted" is approximated by a double
 * requestAnimationFrame: the first callback runs before the frame that will
 * show the change, the second one after that frame has been produced.
 */
export const now = (): number => performance.now();

export const nextFrame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve));

/** Resolves with `performance.now()` once a frame after the call has been painted. */
export const afterPaint = async (): Promise<number> => {
  await nextFrame();
  await nextFrame();
  return now();
};

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Resolves with the time at which `test` first held, checked on every DOM
 * change under `root` (the MutationObserver callback runs right after the
 * commit that made it true) and once at the start.
 */
export const waitForDom = (root: Node, test: () => boolean, timeoutMs: number, what: string): Promise<number> =>
  new Promise((resolve, reject) => {
    if (test()) {
      resolve(now());
      return;
    }
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
    }, timeoutMs);
    const observer = new MutationObserver(() => {
      if (!test()) return;
      const at = now();
      clearTimeout(timer);
      observer.disconnect();
      resolve(at);
    });
    observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
  });

/**
 * Long tasks (> 50 ms of main-thread work in one go) as the browser reports
 * them; `between(a, b)` gives the durations of those that overlap [a, b].
 */
export const longTasks = () => {
  const seen: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => seen.push(...list.getEntries()));
  observer.observe({ type: 'longtask', buffered: false });
  return {
    /** Long tasks are reported asynchronously: flush what the browser holds before reading. */
    between(from: number, to: number): number[] {
      seen.push(...observer.takeRecords());
      return seen.filter((e) => e.startTime + e.duration >= from && e.startTime <= to).map((e) => e.duration);
    },
    clear(): void {
      seen.length = 0;
    },
  };
};
