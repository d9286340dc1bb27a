import { describe, expect, it } from 'vitest';
import { createMemoryHistory, createRouter, type Router } from 'vue-router';
import type { VueWrapper } from '@vue/test-utils';
import VChart from 'vue-echarts';
import ChartCard, { type DrillParams, type TableColumn } from './ChartCard.vue';
import { barChart } from './chart-options';
import { loadChart } from './lazy-chart';
import { mountWithPlugins } from '@/shared/testing/mount-with-plugins';
import { settle } from '@/shared/testing/session-fixtures';

const frame = { rtl: false, format: (v: number) => String(v) };
const option = barChart(frame, ['Reception', 'Review'], [{ name: 'Open', data: [4, 7] }]);
const columns: TableColumn[] = [
  { key: 'position', label: 'No.', numeric: true },
  { key: 'step', label: 'Step' },
  { key: 'count', label: 'Open', numeric: true },
];
const rows = [
  { position: 1, step: 'Reception', count: 4 },
  { position: 2, step: 'Review', count: 7 },
];
const KEYS = ['RECEPTION', 'REVIEW'];
const toStep = (i: number) => ({ path: '/transactions', query: { step: KEYS[i]! } });

async function mountCard(props: Record<string, unknown>, withRouter = true) {
  // ECharts comes with the first chart (lazy-chart.ts): loaded here, so the chart draws at once.
  await loadChart();
  let router: Router | undefined;
  if (withRouter) {
    router = createRouter({
      history: createMemoryHistory(),
      routes: [{ path: '/:any(.*)*', component: { render: () => null } }],
    });
    await router.push('/dashboard');
    await router.isReady();
  }
  const { wrapper } = mountWithPlugins(ChartCard, {
    router,
    locale: 'en',
    props: { title: 'Open by step', name: 'funnel', option, columns, rows, ...props },
  });
  await settle();
  return { wrapper, router };
}

const q = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const links = () =>
  Array.from(document.querySelectorAll<HTMLAnchorElement>('[data-testid="chart-row-link"]'));
/** The series' cursor in the option the chart draws. */
const cursors = (wrapper: VueWrapper) =>
  (wrapper.findComponent(VChart).props('option') as { series: { cursor?: string }[] }).series.map(
    (s) => s.cursor,
  );
/** A click on a bar, as ECharts reports it to the listeners vue-echarts bound on the chart. */
const clickBar = async (wrapper: VueWrapper, params: Partial<DrillParams>) => {
  // The chart's event source (`trigger` is typed for ECharts' own full events only).
  const chart = (
    wrapper.findComponent(VChart).vm as unknown as {
      chart?: { trigger: (event: string, params: object) => void };
    }
  ).chart;
  expect(chart).toBeDefined();
  chart!.trigger('click', { componentType: 'series', ...params });
  await settle();
};

describe('chart card drill-down', () => {
  it('opens the list behind a bar, and links each table row to it', async () => {
    const { wrapper, router } = await mountCard({
      drill: (p: DrillParams) => toStep(p.dataIndex),
      rowLink: (_row: unknown, i: number) => toStep(i),
      drillHint: 'Click a bar to open its transactions.',
    });
    expect(q('chart-drill-hint')!.textContent).toContain('Click a bar to open its transactions.');
    expect(cursors(wrapper)).toEqual(['pointer']);

    // A link per row, on the row's name (its first text column), described by the hint.
    await wrapper.find('[data-testid="chart-table-toggle"]').trigger('click');
    expect(links().map((a) => a.textContent!.trim())).toEqual(['Reception', 'Review']);
    expect(links().map((a) => a.getAttribute('href'))).toEqual([
      '/transactions?step=RECEPTION',
      '/transactions?step=REVIEW',
    ]);
    expect(links()[0]!.closest('td')).toBe(
      document.querySelectorAll('[data-testid="chart-table"] tbody tr')[0]!.children[1],
    );
    expect(links()[1]!.getAttribute('aria-describedby')).toBe(q('chart-drill-hint')!.id);

    links()[1]!.click();
    await settle();
    expect(router!.currentRoute.value.fullPath).toBe('/transactions?step=REVIEW');

    // A click on a bar.
    await router!.push('/dashboard');
    await clickBar(wrapper, { dataIndex: 0, seriesIndex: 0, name: 'Reception' });
    expect(router!.currentRoute.value.fullPath).toBe('/transactions?step=RECEPTION');
  });

  it('links single cells by their column, and ignores a bar that leads nowhere', async () => {
    const { wrapper, router } = await mountCard({
      columns: columns.map((c) =>
        c.key === 'count'
          ? { ...c, link: (_row: unknown, i: number) => (i ? toStep(i) : null) }
          : c,
      ),
      drill: () => null,
    });
    await wrapper.find('[data-testid="chart-table-toggle"]').trigger('click');
    expect(links().map((a) => [a.textContent!.trim(), a.getAttribute('href')])).toEqual([
      ['7', '/transactions?step=REVIEW'],
    ]);
    // No hint given: none shown.
    expect(q('chart-drill-hint')).toBeNull();
    await clickBar(wrapper, { dataIndex: 1, seriesIndex: 0 });
    expect(router!.currentRoute.value.fullPath).toBe('/dashboard');
  });

  it('has no links, no hint and no pointer without drill-down (and needs no router)', async () => {
    const { wrapper } = await mountCard({ drillHint: 'Click a bar.' }, false);
    expect(q('chart-drill-hint')).toBeNull();
    expect(cursors(wrapper)).toEqual(['default']);
    await wrapper.find('[data-testid="chart-table-toggle"]').trigger('click');
    expect(document.querySelectorAll('[data-testid="chart-table"] tbody tr')).toHaveLength(2);
    expect(links()).toHaveLength(0);
    expect(document.querySelector('[data-testid="chart-table"] a')).toBeNull();
    // A click on a bar does nothing (and finds no router to miss).
    await clickBar(wrapper, { dataIndex: 0, seriesIndex: 0 });
    expect(q('chart-funnel')).not.toBeNull();
  });
});
