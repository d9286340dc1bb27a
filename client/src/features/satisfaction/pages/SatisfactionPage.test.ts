import { describe, expect, it } from 'vitest';
import { createMemoryHistory, createRouter, type Router } from 'vue-router';
import {
  ApolloClient,
  ApolloLink,
  InMemoryCache,
  Observable,
  type Operation,
} from '@apollo/client/core';
import { Kind, type ValueNode } from 'graphql';
import SatisfactionPage from './SatisfactionPage.vue';
// The page fetches its figures' sections beside the figures; here they are loaded from the start.
import '../components/SatisfactionSections.vue';
import { mountWithPlugins } from '@/shared/testing/mount-with-plugins';
import { createSession } from '@/shared/composables/use-session';
import { freezeClockAt } from '@/shared/testing/clock';
import { byTestId as q, testIdText as text } from '@/shared/testing/dom';
import { settle, userWith } from '@/shared/testing/session-fixtures';

const figures = (invitations: number, responses: number, csat: number) => ({
  __typename: 'SatisfactionFigures',
  invitations,
  responses,
  responseRate: Math.round((responses / invitations) * 1000) / 10,
  csat,
  nps: 10,
  promoters: 4,
  passives: 3,
  detractors: 3,
  meanOverall: 3.8,
  meanCourtesy: 4,
  meanClarity: 3.9,
  meanSpeed: 3.5,
  meanRecommend: 7.2,
});

interface Filter {
  from: string;
  to: string;
  channelKey: string | null;
  transactionType: string | null;
  mode: string | null;
}

/**
 * Answers each `satisfactionReport` an operation selects (aliased or not, those an `@include`
 * leaves out skipped), in order, with the filter and grouping it asks for.
 */
function reportsOf(
  op: Operation,
  report: (filter: Filter, groupBy: string | null) => Record<string, unknown>,
): Record<string, unknown> {
  const vars = op.variables as Record<string, unknown>;
  const value = (node: ValueNode): unknown =>
    node.kind === Kind.VARIABLE
      ? vars[node.name.value]
      : node.kind === Kind.ENUM || node.kind === Kind.BOOLEAN
        ? node.value
        : null;
  const operation = op.query.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION)!;
  const data: Record<string, unknown> = {};
  for (const field of operation.selectionSet.selections) {
    if (field.kind !== Kind.FIELD || field.name.value !== 'satisfactionReport') continue;
    const include = field.directives?.find((d) => d.name.value === 'include');
    if (include && !value(include.arguments![0]!.value)) continue;
    const arg = (name: string) => field.arguments?.find((a) => a.name.value === name);
    const groupBy = arg('groupBy');
    data[field.alias?.value ?? field.name.value] = report(
      value(arg('filter')!.value) as Filter,
      groupBy ? (value(groupBy.value) as string | null) : null,
    );
  }
  return data;
}

/** Answers every query the page sends, and keeps the reports asked for. */
function fakeServer() {
  const reports: { filter: Filter; groupBy: string | null }[] = [];
  const answer = (op: Operation): Record<string, unknown> => {
    switch (op.operationName) {
      case 'SatisfactionChannels':
        return {
          channels: [
            {
              __typename: 'Channel',
              id: '1',
              key: 'PHONE',
              position: 1,
              name: { __typename: 'LocalizedText', ar: 'الهاتف', en: 'Phone' },
            },
          ],
        };
      case 'SatisfactionOverview':
      case 'SatisfactionTrend':
        return reportsOf(op, (filter, groupBy) => {
          reports.push({ filter, groupBy });
          return {
            __typename: 'SatisfactionReport',
            // The current period's CSAT 80 %, the previous period's 70 %.
            total: figures(40, 20, filter.to > '2026-01-01' ? 80 : 70),
            overallDistribution: [],
            recommendDistribution: [],
            groups: [],
          };
        });
      case 'SatisfactionComments':
        return {
          satisfactionComments: {
            __typename: 'SatisfactionCommentConnection',
            totalCount: 0,
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
            edges: [],
          },
        };
      default:
        throw new Error(`unexpected ${op.operationName}`);
    }
  };
  const link = new ApolloLink(
    (op) =>
      new Observable((observer) => {
        observer.next({ data: answer(op) });
        observer.complete();
      }),
  );
  return { reports, apollo: new ApolloClient({ link, cache: new InMemoryCache() }) };
}

async function openAt(path: string) {
  const server = fakeServer();
  const session = createSession({ initialUser: userWith(['MANAGER']) });
  const router: Router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/satisfaction', component: { render: () => null } },
      { path: '/:any(.*)*', component: { render: () => null } },
    ],
  });
  await router.push(path);
  await router.isReady();
  mountWithPlugins(SatisfactionPage, { session, apollo: server.apollo, router, locale: 'en' });
  await settle();
  return { ...server, router };
}

const NO_FILTERS = { channelKey: null, transactionType: null, mode: null };

// Each test mounts the whole page (filters, charts, comments) a few times: 5 s is short on a
// loaded machine.
describe('satisfaction page: the period and filters in the address', { timeout: 30_000 }, () => {
  freezeClockAt('2026-05-18T09:00:00Z');

  it("shows the dashboard's period and the filters the address gives", async () => {
    const { reports } = await openAt(
      '/satisfaction?period=last12Months&channel=PHONE&type=INQUIRY&mode=SELF&trend=MONTH&metric=nps',
    );
    const current = {
      from: '2025-06-01',
      to: '2026-05-18',
      channelKey: 'PHONE',
      transactionType: 'INQUIRY',
      mode: 'SELF',
    };
    expect(reports).toContainEqual({ filter: current, groupBy: 'MONTH' });
    for (const groupBy of ['CHANNEL', 'TRANSACTION_TYPE', 'HANDLING_TIME', 'POLICY_VERSION']) {
      expect(reports).toContainEqual({ filter: current, groupBy });
    }
    // Compared with the 352 days before.
    expect(reports).toContainEqual({
      filter: { ...current, from: '2024-06-14', to: '2025-05-31' },
      groupBy: null,
    });
    expect(text('filter-period')).toContain('Last 12 months');
    expect(text('filter-channel')).toContain('Phone');
    expect(text('filter-type')).toContain('Inquiry');
    expect(q('filter-mode')!.querySelector('.v-btn--active')!.textContent).toContain('Self');
    expect(text('period-text')).toContain('1 June 2025 – 18 May 2026');
    expect(text('kpi-csat')).toContain('80%');
    expect(text('breakdown-metric')).toContain('NPS');
  });

  it('reads a Hijri month and a custom range as the dashboard writes them', async () => {
    let page = await openAt('/satisfaction?period=hijriMonth&month=1447-06');
    expect(page.reports[0]!.filter).toEqual({
      from: '2025-11-22',
      to: '2025-12-20',
      ...NO_FILTERS,
    });
    expect(text('filter-hijri-month')).toContain('Jumada II 1447 AH');
    document.body.innerHTML = '';

    page = await openAt('/satisfaction?period=custom&from=2026-02-01&to=2026-02-14');
    expect(page.reports[0]!.filter).toEqual({
      from: '2026-02-01',
      to: '2026-02-14',
      ...NO_FILTERS,
    });
    // The date field shows the day as day/month/year (English here).
    expect((q('filter-from')!.querySelector('input') as HTMLInputElement).value).toBe('01/02/2026');
    document.body.innerHTML = '';

    // Backwards: nothing asked, the page says why.
    page = await openAt('/satisfaction?period=custom&from=2026-02-14&to=2026-02-01');
    expect(page.reports).toEqual([]);
    expect(text('period-text')).toContain('Choose a valid start and end date');
  });

  it('ignores what it does not understand: this month, every channel, type and mode', async () => {
    const { reports } = await openAt(
      '/satisfaction?period=lastWeek&channel=no%20such&type=COMPLAINT&mode=EMAIL&trend=DAY&metric=x',
    );
    expect(reports).toContainEqual({
      filter: { from: '2026-05-01', to: '2026-05-18', ...NO_FILTERS },
      groupBy: null,
    });
    // The trend: by month over the 12 months ending with this one (not the month alone).
    expect(reports).toContainEqual({
      filter: { from: '2025-06-01', to: '2026-05-18', ...NO_FILTERS },
      groupBy: 'MONTH',
    });
    expect(text('filter-period')).toContain('This month');
    expect(text('filter-channel')).toContain('All channels');
  });

  it('writes a change to the address; the grouping and the figure ask only for what they change', async () => {
    const { reports, router } = await openAt('/satisfaction?period=quarter');
    expect(reports[0]!.filter).toEqual({ from: '2026-04-01', to: '2026-05-18', ...NO_FILTERS });

    // Answers given by staff: in the address, and every report asked again.
    const asked = reports.length;
    const staff = [...q('filter-mode')!.querySelectorAll('button')].find((b) =>
      b.textContent!.includes('Staff'),
    )!;
    staff.click();
    await settle();
    expect(router.currentRoute.value.query).toEqual({ period: 'quarter', mode: 'STAFF_ASSISTED' });
    expect(reports.slice(asked).map((r) => r.filter.mode)).toContain('STAFF_ASSISTED');

    // The trend by Hijri month: only the trend's report again, the filter kept (over the trend's
    // year: the 12 months ending with the quarter's last).
    const before = reports.length;
    const hijri = [...q('trend-by')!.querySelectorAll('button')].find((b) =>
      b.textContent!.includes('Hijri'),
    )!;
    hijri.click();
    await settle();
    expect(router.currentRoute.value.query).toEqual({
      period: 'quarter',
      mode: 'STAFF_ASSISTED',
      trend: 'HIJRI_MONTH',
    });
    expect(reports.slice(before)).toEqual([
      {
        filter: { from: '2025-06-01', to: '2026-05-18', ...NO_FILTERS, mode: 'STAFF_ASSISTED' },
        groupBy: 'HIJRI_MONTH',
      },
    ]);

    // Another figure for the breakdowns: nothing asked again.
    const drawn = reports.length;
    await router.replace({ query: { ...router.currentRoute.value.query, metric: 'responseRate' } });
    await settle();
    expect(text('breakdown-metric')).toContain('Response rate');
    expect(reports.length).toBe(drawn);

    // Back to the address as it was (the back button, a shared link): the view follows.
    const after = reports.length;
    await router.replace('/satisfaction?period=lastMonth');
    await settle();
    expect(text('filter-period')).toContain('Last month');
    expect(text('period-text')).toContain('1 April 2026 – 30 April 2026');
    expect(reports.slice(after)).toContainEqual({
      filter: { from: '2025-05-01', to: '2026-04-30', ...NO_FILTERS },
      groupBy: 'MONTH',
    });
  });
});
