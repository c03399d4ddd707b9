import { BarChart, FunnelChart, PieChart, type BarSeriesOption, type FunnelSeriesOption, type PieSeriesOption } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, type GridComponentOption, type LegendComponentOption, type TooltipComponentOption } from 'echarts/components';
import { init, use as register, type ComposeOption, type EChartsType } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

/**
 * The part of ECharts the results use, registered once: bar, pie and funnel
 * charts, drawn as SVG. SVG, not canvas, so the dashboard's chart code also
 * renders the printed report's charts as SVG strings (server-side mode,
 * without a DOM) and works in jsdom, which has no canvas.
 */
register([BarChart, PieChart, FunnelChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export type ChartOption = ComposeOption<BarSeriesOption | PieSeriesOption | FunnelSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption>;

/** A chart drawn into `element` at `size`, the box's size as measured by its caller. */
export const mountChart = (element: HTMLElement, size: { width: number; height: number }): EChartsType => init(element, null, { renderer: 'svg', ...size });

/** One chart as a standalone SVG document fragment, for a printout: no DOM, no animation. */
export const chartSvg = (option: ChartOption, width: number, height: number): string => {
  const chart = init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ ...option, animation: false });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
};
