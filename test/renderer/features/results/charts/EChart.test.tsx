import { act, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChartOption } from '../../../../../renderer/features/results/charts/echarts';
import { EChart } from '../../../../../renderer/features/results/charts/EChart';

const made = vi.hoisted(() => ({
  charts: [] as { size: { width: number; height: number }; setOption: ReturnType<typeof vi.fn>; resize: ReturnType<typeof vi.fn>; dispose: ReturnType<typeof vi.fn> }[],
}));
vi.mock('../../../../../renderer/features/results/charts/echarts', () => ({
  mountChart: (_element: HTMLElement, size: { width: number; height: number }) => {
    const chart = {
      size: { ...size },
      setOption: vi.fn(),
      resize: vi.fn((next: { width: number; height: number }) => Object.assign(chart.size, next)),
      dispose: vi.fn(),
      getWidth: () => chart.size.width,
      getHeight: () => chart.size.height,
    };
    made.charts.push(chart);
    return chart;
  },
}));

/** The browser's ResizeObserver; the test delivers its reports, as Chromium does after a layout. */
let report: ((width: number, height: number) => void) | undefined;
beforeEach(() => {
  made.charts.length = 0;
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(private readonly callback: (entries: { contentRect: { width: number; height: number } }[]) => void) {}
      observe() {
        report = (width, height) => this.callback([{ contentRect: { width, height } }]);
      }
      disconnect() {
        report = undefined;
      }
    },
  );
});
afterEach(() => vi.unstubAllGlobals());

const bars = (n: number): ChartOption => ({ series: [{ type: 'bar', data: [n] }] });

describe('EChart', () => {
  it('makes the chart at the first report of its size and draws it once', () => {
    render(<EChart option={bars(1)} height={300} />);
    expect(made.charts).toHaveLength(0);
    act(() => report?.(600.4, 300));
    expect(made.charts).toHaveLength(1);
    expect(made.charts[0]?.size).toEqual({ width: 600, height: 300 });
    expect(made.charts[0]?.setOption).toHaveBeenCalledExactlyOnceWith(bars(1), { notMerge: true });
    act(() => report?.(600, 300));
    expect(made.charts[0]?.resize).not.toHaveBeenCalled();
  });

  it('resizes when its box does, and takes a new option in full', () => {
    const { rerender, unmount } = render(<EChart option={bars(1)} height={300} />);
    act(() => report?.(600, 300));
    act(() => report?.(480, 300));
    expect(made.charts[0]?.resize).toHaveBeenCalledExactlyOnceWith({ width: 480, height: 300 });
    rerender(<EChart option={bars(2)} height={300} />);
    expect(made.charts[0]?.setOption).toHaveBeenLastCalledWith(bars(2), { notMerge: true });
    unmount();
    expect(made.charts[0]?.dispose).toHaveBeenCalled();
  });

  it('draws the latest option when it arrives before the first report', () => {
    const { rerender } = render(<EChart option={bars(1)} height={300} />);
    rerender(<EChart option={bars(3)} height={300} />);
    act(() => report?.(600, 300));
    expect(made.charts[0]?.setOption).toHaveBeenCalledExactlyOnceWith(bars(3), { notMerge: true });
  });
});
