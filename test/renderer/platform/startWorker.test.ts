import { afterEach, describe, expect, it, vi } from 'vitest';
import { startWorker } from '../../../renderer/platform/startWorker';

/** Only its presence matters: `startWorker` asks whether the global exists. */
const SomeWorker = function Worker() {};

afterEach(() => vi.unstubAllGlobals());

describe('startWorker', () => {
  it('gives the started worker', () => {
    const worker = { postMessage: vi.fn() } as unknown as Worker;
    vi.stubGlobal('Worker', SomeWorker);
    expect(startWorker(() => worker)).toBe(worker);
  });

  it('gives nothing where there are no workers, without trying', () => {
    vi.stubGlobal('Worker', undefined);
    const start = vi.fn(() => ({}) as Worker);
    expect(startWorker(start)).toBeUndefined();
    expect(start).not.toHaveBeenCalled();
  });

  it('gives nothing when the worker cannot start', () => {
    vi.stubGlobal('Worker', SomeWorker);
    expect(
      startWorker(() => {
        throw new Error('SecurityError');
      }),
    ).toBeUndefined();
  });
});
