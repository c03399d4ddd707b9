import { useEffect, useRef } from 'react';
import type { EChartsType } from 'echarts/core';
import { mountChart, type ChartOption } from './echarts';

/**
 * An ECharts chart as a React element: made at the first report of its
 * box's size, given each new option in full (`notMerge`, so a series that
 * disappeared goes), resized with its box, disposed on unmount.
 *
 * The size comes from a ResizeObserver, which the browser calls after its
 * own layout. Making the chart while mounting would measure the box and
 * force a layout of the whole page, and the observer's first report would
 * then draw every chart a second time (together ~120 ms when 成果统计 opens).
 */
export const EChart = ({ option, height, testId }: { option: ChartOption; height: number; testId?: string }) => {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const latest = useRef(option);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const size = { width: Math.round(entry.contentRect.width), height: Math.round(entry.contentRect.height) };
      const made = chart.current;
      if (made === null) {
        const created = mountChart(element, size);
        chart.current = created;
        created.setOption(latest.current, { notMerge: true });
      } else if (made.getWidth() !== size.width || made.getHeight() !== size.height) made.resize(size);
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    latest.current = option;
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={ref} style={{ width: '100%', height }} data-testid={testId} />;
};
