import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { EChartsCoreOption } from 'echarts/core';

// Only what the results page draws, with the SVG renderer (crisp in print, no canvas): the
// charting library is its own chunk, loaded with this page, never with the app.
echarts.use([BarChart, LineChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, SVGRenderer]);

/** One chart: ECharts drawn into a div, redrawn when its option changes, disposed with the page. */
export function EChart({ option, height = 320, label }: { option: EChartsCoreOption; height?: number; label: string }) {
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  useEffect(() => {
    if (!el.current) return;
    chart.current = echarts.init(el.current, undefined, { renderer: 'svg' });
    const resize = () => chart.current?.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    // Chart text in the page's own face: left to itself ECharts asks for a generic sans-serif, which
    // fontconfig may answer with a brush face (AR PL UKai) for Chinese unit names.
    const fontFamily = el.current ? getComputedStyle(el.current).fontFamily : undefined;
    chart.current?.setOption({ textStyle: { fontFamily }, ...option }, true);
  }, [option]);
  return <div ref={el} role="img" aria-label={label} style={{ width: '100%', height }} />;
}
