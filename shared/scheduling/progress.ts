import type { ScheduleProgress } from './types';

/** How often, at most, the search reports while it runs (phase ends always report). */
export const PROGRESS_EVERY_MS = 100;

/** What a phase knows of its best plan. */
/** `excess`: breaks of spread beyond `maxBreakSpread` (0 without it), so plans compare in the scheduler's order. */
export type Figures = { scheduled: number; weight: number; excess: number; breaks: number };

/**
 * Passes `onProgress` the best plan seen so far, whichever phase found it: the
 * guided search works on a copy that may be worse than the plan it started
 * from, and the app's progress bar must never go backwards. The searches call
 * `tick` where they already read the clock, so reporting costs no extra reads.
 */
export type Reporter = {
  /** Reports if PROGRESS_EVERY_MS have passed since the last report. */
  tick(now: number, figures: Figures): void;
  /** Reports now (a phase has ended). */
  phase(now: number, figures: Figures): void;
};

export const createReporter = (
  onProgress: ((p: ScheduleProgress) => void) | undefined,
  started: number,
  limit: number,
  upperBound: number,
): Reporter => {
  let best: Figures | undefined;
  let last = -Infinity;
  const keep = (f: Figures) => {
    if (!best || f.weight !== best.weight ? !best || f.weight > best.weight : f.excess !== best.excess ? f.excess < best.excess : f.breaks < best.breaks) best = { ...f };
  };
  const report = (now: number) => {
    if (!onProgress || !best) return;
    last = now;
    const fraction = limit > 0 ? Math.min(1, Math.max(0, (now - started) / limit)) : 1;
    onProgress({ fraction, scheduled: best.scheduled, weight: best.weight, upperBound, breaks: best.breaks });
  };
  return {
    tick(now, figures) {
      if (!onProgress) return;
      keep(figures);
      if (now - last >= PROGRESS_EVERY_MS) report(now);
    },
    phase(now, figures) {
      if (!onProgress) return;
      keep(figures);
      report(now);
    },
  };
};
