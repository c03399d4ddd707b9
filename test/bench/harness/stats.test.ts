import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatMs, formatSpread, median, percentile, spread } from '../../../bench/harness/stats';

describe('benchmark statistics', () => {
  it('takes the middle sample, or the mean of the middle two', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('gives nearest-rank percentiles', () => {
    const samples = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(samples, 50)).toBe(50);
    expect(percentile(samples, 95)).toBe(95);
    expect(percentile(samples, 100)).toBe(100);
    expect(percentile([7], 95)).toBe(7);
  });

  it('keeps every percentile within the samples and in order', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1 }), (samples) => {
        const [p50, p95, p99] = [50, 95, 99].map((p) => percentile(samples, p)) as [number, number, number];
        expect(p50).toBeLessThanOrEqual(p95);
        expect(p95).toBeLessThanOrEqual(p99);
        expect(samples).toContain(p95);
      }),
    );
  });

  it('refuses to summarise nothing', () => {
    expect(() => median([])).toThrow('no samples');
    expect(() => percentile([1], 0)).toThrow('out of range');
  });

  it('writes a median with its range', () => {
    expect(formatSpread(spread([1200, 1234.4, 1300]))).toBe('1,234 ms (1,200–1,300)');
    expect(formatSpread(spread([2.5]))).toBe('2.50 ms');
    expect(formatMs(15.96)).toBe('16.0 ms');
    expect(formatMs(0.123)).toBe('0.12 ms');
  });
});
