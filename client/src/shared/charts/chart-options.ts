import type { ChartOption } from './echarts';

/**
 * The app's palette for series, calm and distinct (teal, gold, blue, green, red, grey, plum,
 * olive): eight, so the policy's eight channels never share a colour.
 */
export const SERIES_COLORS = [
  '#0b5d57',
  '#c28a2c',
  '#1d6a8a',
  '#2e7d32',
  '#b3261e',
  '#6b7a78',
  '#7b4f9d',
  '#8d8a1c',
];
export const NPS_COLORS = { promoters: '#2e7d32', passives: '#c9a227', detractors: '#b3261e' };

const FONT = "'IBM Plex Sans Arabic', 'Noto Sans Arabic', system-ui, sans-serif";

/**
 * ECharts lays text out itself, so the chart is drawn in a left-to-right box (see ChartCard) and
 * each Arabic text is embedded right-to-left (RLE … PDF): "مؤشر الرضا (CSAT)" keeps its order.
 */
export function bidi(text: string, rtl: boolean): string {
  return rtl ? `\u202B${text}\u202C` : text;
}

export interface ChartFrame {
  rtl: boolean;
  /** Number formatter for axis ticks and tooltips. */
  format: (value: number) => string;
}

/**
 * What every chart shares: the app's font, the tooltip's direction, and the axes laid out for the
 * reading direction: in Arabic the category axis reads from the right (`inverse`) and the value
 * axis stands on the right.
 */
function base(frame: ChartFrame): ChartOption {
  return {
    aria: { enabled: true },
    textStyle: { fontFamily: FONT, fontSize: 13 },
    color: SERIES_COLORS,
    tooltip: {
      trigger: 'axis',
      confine: true,
      textStyle: { fontFamily: FONT },
      extraCssText: frame.rtl ? 'direction: rtl; text-align: right;' : '',
      valueFormatter: (v) => (typeof v === 'number' ? frame.format(v) : String(v ?? '—')),
    },
    legend: { top: 0, left: 'center', textStyle: { fontFamily: FONT } },
    grid: { top: 40, bottom: 8, left: 12, right: 12, containLabel: true },
    animationDuration: 300,
  };
}

function categoryX(frame: ChartFrame, categories: string[], name?: string) {
  return {
    type: 'category' as const,
    data: categories.map((c) => bidi(c, frame.rtl)),
    inverse: frame.rtl,
    name,
    axisLabel: { hideOverlap: true, fontFamily: FONT, lineHeight: 16 },
    axisTick: { alignWithLabel: true },
  };
}

function valueY(frame: ChartFrame, extra: Record<string, unknown> = {}) {
  return {
    type: 'value' as const,
    position: frame.rtl ? ('right' as const) : ('left' as const),
    axisLabel: { formatter: (v: number) => frame.format(v), fontFamily: FONT },
    splitLine: { lineStyle: { color: 'rgba(0,0,0,0.08)' } },
    ...extra,
  };
}

export interface LineSeries {
  name: string;
  data: (number | null)[];
}

/** A trend over periods: one line per figure. */
export function lineChart(
  frame: ChartFrame,
  categories: string[],
  series: LineSeries[],
): ChartOption {
  return {
    ...base(frame),
    xAxis: categoryX(frame, categories),
    yAxis: valueY(frame),
    series: series.map((s) => ({
      type: 'line' as const,
      name: bidi(s.name, frame.rtl),
      data: s.data,
      connectNulls: true,
      symbolSize: 8,
      lineStyle: { width: 3 },
    })),
  };
}

export interface BarSeries {
  name: string;
  data: (number | null)[];
  color?: string;
  stack?: string;
}

/** Up to this many categories, a bar chart names every one (scores, a year's months). */
const EVERY_LABEL_UP_TO = 12;

/**
 * Vertical bars over categories (scores, periods), optionally stacked. Every category is named
 * while there are few; more (a year's weeks) are named as space allows, as on a line chart.
 */
export function barChart(
  frame: ChartFrame,
  categories: string[],
  series: BarSeries[],
  options: { legend?: boolean; counts?: boolean } = {},
): ChartOption {
  const b = base(frame);
  const x = categoryX(frame, categories);
  return {
    ...b,
    legend: options.legend === false ? { show: false } : b.legend,
    grid: { ...(b.grid as object), top: options.legend === false ? 16 : 40 },
    xAxis:
      categories.length <= EVERY_LABEL_UP_TO
        ? { ...x, axisLabel: { ...x.axisLabel, interval: 0, hideOverlap: false } }
        : x,
    yAxis: valueY(frame, options.counts ? { minInterval: 1 } : {}),
    series: series.map((s) => ({
      type: 'bar' as const,
      name: bidi(s.name, frame.rtl),
      data: s.data,
      stack: s.stack,
      barMaxWidth: 48,
      itemStyle: { color: s.color, borderRadius: s.stack ? 0 : [4, 4, 0, 0] },
    })),
  };
}

/**
 * Horizontal bars for named groups (channels, types, …): long Arabic names read on their own
 * line. In Arabic the bars grow from the right, with the names on the right.
 */
export function groupBarChart(
  frame: ChartFrame,
  categories: string[],
  series: BarSeries,
  scale: { min?: number; max?: number } = {},
): ChartOption {
  const b = base(frame);
  return {
    ...b,
    legend: { show: false },
    grid: { ...(b.grid as object), top: 8 },
    tooltip: { ...(b.tooltip as object), axisPointer: { type: 'shadow' } },
    xAxis: {
      type: 'value',
      inverse: frame.rtl,
      ...scale,
      axisLabel: { formatter: (v: number) => frame.format(v), fontFamily: FONT },
      splitLine: { lineStyle: { color: 'rgba(0,0,0,0.08)' } },
    },
    yAxis: {
      type: 'category',
      data: categories.map((c) => bidi(c, frame.rtl)),
      // The first group on top.
      inverse: true,
      position: frame.rtl ? 'right' : 'left',
      axisLabel: { fontFamily: FONT, width: 160, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        name: bidi(series.name, frame.rtl),
        data: series.data,
        barMaxWidth: 28,
        itemStyle: { color: series.color ?? SERIES_COLORS[0], borderRadius: 4 },
        label: {
          show: true,
          position: frame.rtl ? 'left' : 'right',
          formatter: (p: { value?: unknown }) =>
            typeof p.value === 'number' ? frame.format(p.value) : '',
          fontFamily: FONT,
        },
      },
    ],
  };
}
