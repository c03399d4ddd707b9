import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { throttleProgress, type ImportProgress } from '../../../renderer/db/importProgress';

const written = (done: number): ImportProgress => ({ stage: 'write', kind: 'participants', kindDone: done, kindTotal: 10_000, done, total: 10_000 });

describe('throttleProgress', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('sends at most one report per interval, the newest, and never leaves a step unsent', () => {
    const sent: ImportProgress[] = [];
    const progress = throttleProgress((p) => sent.push(p), 100, () => Date.now());
    for (let done = 0; done <= 10_000; done += 100) {
      progress.report(written(done));
      vi.advanceTimersByTime(5);
    }
    // 101 reports over about half a second: the first at once, then one per 100 ms.
    expect(sent.length).toBeLessThanOrEqual(7);
    vi.advanceTimersByTime(100);
    expect(sent.at(-1)).toEqual(written(10_000));
    const dones = sent.map((p) => (p.stage === 'write' ? p.done : -1));
    expect(dones).toEqual([...dones].sort((a, b) => a - b));
  });

  it('sends the kept report at once on flush, and nothing after', () => {
    const sent: ImportProgress[] = [];
    const progress = throttleProgress((p) => sent.push(p), 100, () => Date.now());
    progress.report({ stage: 'verify' });
    progress.report({ stage: 'readLocal' });
    progress.report({ stage: 'compare' });
    progress.flush();
    expect(sent).toEqual([{ stage: 'verify' }, { stage: 'compare' }]);
    vi.advanceTimersByTime(1000);
    expect(sent).toHaveLength(2);
  });
});
