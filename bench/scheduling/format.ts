import { median } from '../harness/stats';

/**
 * A figure over the repetitions: the value when every repetition gave the
 * same, else the median and, in brackets, the range. Deterministic planners
 * show one value; a time-limited search may not.
 */
export const across = (values: readonly number[], format: (x: number) => string = String): string => {
  const min = Math.min(...values);
  const max = Math.max(...values);
  return min === max ? format(min) : `${format(median(values))} (${format(min)}–${format(max)})`;
};

export const count = (n: number): string => n.toLocaleString('en-US');

export const fixed = (digits: number) => (x: number): string => x.toFixed(digits);
