import { act, render } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useRowWindow } from '../../../../renderer/features/floor/virtualRows';

/** The browser's ResizeObserver, whose first report the test delivers, as Chromium does after its layout. */
let report: (() => void) | undefined;
beforeEach(() => {
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(private readonly callback: () => void) {}
      observe() {
        report = this.callback;
      }
      disconnect() {
        report = undefined;
      }
    },
  );
});
afterEach(() => vi.unstubAllGlobals());

const seen: { start: number; end: number }[] = [];
const Board = ({ rowCount }: { rowCount: number }) => {
  const ref = useRef<HTMLDivElement>(null);
  const { range } = useRowWindow(ref, 46, rowCount, 460);
  seen.push(range);
  return <div ref={ref} />;
};

describe('useRowWindow', () => {
  it('renders the rows of the expected height first, without measuring while mounting', () => {
    const clientHeight = vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(460);
    seen.length = 0;
    render(<Board rowCount={250} />);
    expect(seen.at(-1)).toEqual({ start: 0, end: 17 });
    expect(clientHeight).not.toHaveBeenCalled();
    // The observer's first report measures the same height: no second render.
    const renders = seen.length;
    act(() => report?.());
    expect(clientHeight).toHaveBeenCalled();
    expect(seen.length).toBe(renders);
  });

  it('follows the measured height when it differs from the expected one', () => {
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(920);
    seen.length = 0;
    render(<Board rowCount={250} />);
    act(() => report?.());
    expect(seen.at(-1)).toEqual({ start: 0, end: 27 });
  });
});
