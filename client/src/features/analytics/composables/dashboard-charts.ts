import {
  barChart,
  bidi,
  groupBarChart,
  SERIES_COLORS,
  type BarSeries,
  type ChartFrame,
} from '@/features/satisfaction/composables/chart-options';
import type { ChartOption } from '@/features/satisfaction/composables/echarts';

/** Horizontal bars of counts for named groups: whole-number ticks only. */
export function countBarChart(
  frame: ChartFrame,
  categories: string[],
  series: BarSeries,
): ChartOption {
  const option = groupBarChart(frame, categories, series);
  return { ...option, xAxis: { ...(option.xAxis as object), minInterval: 1 } } as ChartOption;
}

/** Horizontal bars for named groups with several series side by side (the first group on top). */
export function groupBarsChart(
  frame: ChartFrame,
  categories: string[],
  series: BarSeries[],
): ChartOption {
  const one = groupBarChart(frame, categories, series[0]!);
  const [template] = one.series as Record<string, unknown>[];
  return {
    ...one,
    legend: { top: 0, left: 'center' },
    grid: { ...(one.grid as object), top: 36 },
    series: series.map((s, i) => ({
      ...template,
      name: bidi(s.name, frame.rtl),
      data: s.data,
      itemStyle: { color: s.color ?? SERIES_COLORS[i % SERIES_COLORS.length], borderRadius: 4 },
    })),
  } as ChartOption;
}

/** Decisions per month as bars and the share decided on time as a line on a 0–100 % axis. */
export function complianceChart(
  frame: ChartFrame,
  months: string[],
  decisions: { name: string; data: number[] },
  onTime: { name: string; data: (number | null)[] },
): ChartOption {
  const bars = barChart(
    frame,
    months,
    [{ name: decisions.name, data: decisions.data, color: SERIES_COLORS[2] }],
    { counts: true },
  );
  return {
    ...bars,
    yAxis: [
      bars.yAxis as object,
      {
        type: 'value',
        min: 0,
        max: 100,
        position: frame.rtl ? 'left' : 'right',
        axisLabel: { formatter: (v: number) => `${frame.format(v)}%` },
        splitLine: { show: false },
      },
    ],
    series: [
      ...(bars.series as object[]),
      {
        type: 'line',
        name: bidi(onTime.name, frame.rtl),
        data: onTime.data,
        yAxisIndex: 1,
        connectNulls: true,
        symbolSize: 8,
        lineStyle: { width: 3 },
        itemStyle: { color: SERIES_COLORS[1] },
      },
    ],
  } as ChartOption;
}
