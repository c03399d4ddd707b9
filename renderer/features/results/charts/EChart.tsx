import { useEffect, useRef } from 'react';
import type { EChartsType } from 'echarts/core';
import { mountChart, type ChartOption } from './echarts';

/**
 * An ECharts chart as a React element: made on mount, given each new option
 * in full (`notMerge`, so a series that disappeared goes), resized with its
 * box, disposed on unmount.
 */
export const EChart = ({ option, height, testId }: { option: ChartOption; height: number; testId?: string }) => {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const made = mountChart(element);
    chart.current = made;
    const observer = new ResizeObserver(() => made.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      made.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={ref} style={{ width: '100%', height }} data-testid={testId} />;
};
