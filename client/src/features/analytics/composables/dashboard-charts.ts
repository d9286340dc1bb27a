import {
  barChart,
  bidi,
  groupBarChart,
  lineChart,
  type LineSeries,
  SERIES_COLORS,
  type BarSeries,
  type ChartFrame,
} from '@/shared/charts/chart-options';
import type { ChartOption } from '@/shared/charts/echarts';

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

/**
 * Months along the category axis: as many labels as fit without overlapping (every other month
 * when a year is shown in a half-width card); the tooltip and the table name every month.
 */
export function spacedMonths(option: ChartOption): ChartOption {
  const x = option.xAxis as { axisLabel?: object };
  return {
    ...option,
    xAxis: { ...x, axisLabel: { ...x.axisLabel, interval: 'auto', hideOverlap: true } },
  } as ChartOption;
}

/** Height of one entry of a column legend (swatch 14 px and a gap of 6). */
export const LEGEND_ROW = 20;

/**
 * A legend of many series (the eight channels) that never covers the plot and never cuts a
 * name: a column beside the plot on a wide card (at the inline end: left in Arabic, each swatch
 * after its name), above it on a narrow one (the card grows by `LEGEND_ROW` per series).
 */
export function channelLegend(option: ChartOption, frame: ChartFrame, wide: boolean): ChartOption {
  const legend = option.legend as Record<string, unknown>;
  const count = (option.series as unknown[]).length;
  const side = 210;
  const column = {
    ...legend,
    type: 'plain',
    orient: 'vertical',
    itemGap: LEGEND_ROW - 14,
    align: frame.rtl ? 'right' : 'left',
    textStyle: { ...(legend.textStyle as object), width: side - 50, overflow: 'truncate' },
  };
  if (!wide) {
    return {
      ...option,
      legend: {
        ...column,
        top: 0,
        left: frame.rtl ? 'auto' : 8,
        right: frame.rtl ? 8 : 'auto',
        textStyle: { ...column.textStyle, width: 260 },
      },
      grid: { ...(option.grid as object), top: count * LEGEND_ROW + 16 },
    } as ChartOption;
  }
  return {
    ...option,
    legend: {
      ...column,
      top: 'middle',
      left: frame.rtl ? 8 : 'auto',
      right: frame.rtl ? 'auto' : 8,
    },
    grid: { ...(option.grid as object), top: 16, [frame.rtl ? 'left' : 'right']: side },
  } as ChartOption;
}

/** Decisions per month as bars and the share decided on time as a line on a 0–100 % axis. */
export function complianceChart(
  frame: ChartFrame,
  months: string[],
  decisions: { name: string; data: number[] },
  onTime: { name: string; data: (number | null)[] },
): ChartOption {
  const bars = spacedMonths(
    barChart(
      frame,
      months,
      [{ name: decisions.name, data: decisions.data, color: SERIES_COLORS[2] }],
      { counts: true },
    ),
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

/**
 * Shares per month as lines on a 0–100 % axis (CSAT and the response rate): a month without
 * answers is a gap the line bridges, not a fall to zero.
 */
export function percentLinesChart(
  frame: ChartFrame,
  months: string[],
  series: LineSeries[],
): ChartOption {
  const option = lineChart(frame, months, series);
  const percent = (v: unknown) =>
    typeof v === 'number' ? `${frame.format(v)}%` : String(v ?? '—');
  return {
    ...option,
    tooltip: { ...(option.tooltip as object), valueFormatter: percent },
    yAxis: {
      ...(option.yAxis as object),
      min: 0,
      max: 100,
      axisLabel: {
        ...((option.yAxis as { axisLabel?: object }).axisLabel ?? {}),
        formatter: percent,
      },
    },
    series: (option.series as object[]).map((s, i) => ({
      ...s,
      itemStyle: { color: SERIES_COLORS[i % SERIES_COLORS.length] },
    })),
  } as ChartOption;
}
