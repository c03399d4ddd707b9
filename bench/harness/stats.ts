/**
 * Summaries of timing samples. Medians and nearest-rank percentiles rather
 * than means: one GC pause or fsync stall should show as spread, not move
 * the headline figure.
 */
export type Spread = { median: number; min: number; max: number; n: number };

const sorted = (samples: readonly number[]): number[] => {
  if (samples.length === 0) throw new Error('no samples');
  return [...samples].sort((a, b) => a - b);
};

/** Nearest-rank percentile, p in (0, 100]: the smallest sample with at least p % of samples at or below it. */
export const percentile = (samples: readonly number[], p: number): number => {
  if (!(p > 0 && p <= 100)) throw new Error(`percentile out of range: ${p}`);
  const s = sorted(samples);
  return s[Math.max(0, Math.ceil((p / 100) * s.length) - 1)] as number;
};

export const median = (samples: readonly number[]): number => {
  const s = sorted(samples);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

export const spread = (samples: readonly number[]): Spread => {
  const s = sorted(samples);
  return { median: median(s), min: s[0] as number, max: s[s.length - 1] as number, n: s.length };
};

/** `1,234 ms` with a precision that suits the size of the number. */
export const formatMs = (ms: number): string => {
  if (ms >= 100) return `${Math.round(ms).toLocaleString('en-US')} ms`;
  if (ms >= 10) return `${ms.toFixed(1)} ms`;
  return `${ms.toFixed(2)} ms`;
};

/** `1,234 ms (1,200–1,300)`: the median and, in brackets, the range over the repetitions. */
export const formatSpread = (s: Spread): string => {
  const bare = (ms: number) => formatMs(ms).replace(/ ms$/, '');
  return s.n === 1 ? formatMs(s.median) : `${formatMs(s.median)} (${bare(s.min)}–${bare(s.max)})`;
};

export const formatRate = (rows: number, ms: number): string => `${Math.round((rows / ms) * 1000).toLocaleString('en-US')}/s`;

export const formatRatio = (ratio: number): string => `${ratio.toFixed(2)}×`;
