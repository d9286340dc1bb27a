import { defineAsyncComponent } from 'vue';

/**
 * ECharts (some 190 KiB of JavaScript, gzipped) is loaded with the first chart, never with a
 * page: `./echarts` registers the chart types and components used and hands over vue-echarts'
 * component. The import is made once; every chart after the first finds it loaded.
 */
export const loadChart = () => import('./echarts').then((m) => m.VChart);

/** vue-echarts' `<VChart>`, rendered once ECharts has loaded. */
export const LazyChart = defineAsyncComponent(loadChart);
