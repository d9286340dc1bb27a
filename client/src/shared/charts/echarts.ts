/**
 * The parts of Apache ECharts the analytics page uses, registered once: the SVG renderer (crisp,
 * printable, its text is real text), line and bar charts, and the grid, tooltip, legend and aria
 * components. Importing from `echarts/core` keeps every other chart type out of the bundle.
 * Loaded only with the first chart (lazy-chart.ts): import it for its types alone elsewhere.
 */
import { use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { BarChart, LineChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type {
  AriaComponentOption,
  GridComponentOption,
  LegendComponentOption,
  TooltipComponentOption,
} from 'echarts/components';

export { default as VChart } from 'vue-echarts';

use([
  SVGRenderer,
  BarChart,
  LineChart,
  AriaComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
]);

export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | AriaComponentOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
>;
