import { describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import type { MockedResponse } from '@apollo/client/testing/core';
import DashboardPage from './DashboardPage.vue';
// The page fetches its figures' sections beside the figures; here they are loaded from the start.
import '../components/DashboardSections.vue';
import { DashboardDocument } from '@/gql/graphql';
import { freezeClockAt } from '@/shared/testing/clock';
import { byTestId, testIdText } from '@/shared/testing/dom';
import { mountWithPlugins } from '@/shared/testing/mount-with-plugins';
import { sessionFor, settle, userWith } from '@/shared/testing/session-fixtures';
import type { Role } from '@/shared/roles';

/** Riyadh `[from, to)` instants of inclusive days, as the page sends them. */
const period = (from: string, to: string) => ({ from, to });
// Jumada II 1447 = 22 November – 20 December 2025 (Riyadh days).
const JUMADA_II_1447 = period('2025-11-21T21:00:00.000Z', '2025-12-20T21:00:00.000Z');
const PREVIOUS = period('2025-10-23T21:00:00.000Z', '2025-11-21T21:00:00.000Z');
const JANUARY_2026 = period('2025-12-31T21:00:00.000Z', '2026-01-31T21:00:00.000Z');
/** The trends' year in these answers: February 2025 to January 2026 (Riyadh months). */
const TREND_FROM = '2025-01-31T21:00:00.000Z';
const TREND_MONTHS = Array.from({ length: 12 }, (_, i) =>
  new Date(Date.UTC(2025, 1 + i, 1)).toISOString().slice(0, 7),
);

const figures = (invitations: number, responses: number, csat: number | null) => ({
  __typename: 'SatisfactionFigures',
  invitations,
  responses,
  responseRate: invitations ? Math.round((responses / invitations) * 1000) / 10 : null,
  csat,
});

function dashboardAnswer(p: { from: string; to: string }, csat: number): MockedResponse {
  return {
    request: { query: DashboardDocument, variables: { period: p } },
    result: {
      data: {
        dashboard: {
          __typename: 'Dashboard',
          period: { __typename: 'DashboardPeriodRange', ...p },
          previousPeriod: { __typename: 'DashboardPeriodRange', ...PREVIOUS },
          trendPeriod: { __typename: 'DashboardPeriodRange', from: TREND_FROM, to: p.to },
          trendMonths: TREND_MONTHS,
          workload: {
            __typename: 'DashboardWorkload',
            open: 12,
            awaitingCommittee: 3,
            committeeOverdue: 1,
            deferred: 0,
            referred: 2,
          },
          funnel: [],
          volumeByChannel: [],
          committeeCompliance: [],
          topReferralReasons: [],
          stepDurations: [],
          followUp: {
            __typename: 'DashboardFollowUp',
            openFeedback: 4,
            openImprovementActions: 1,
            libraryDocumentsPastReview: 2,
          },
          satisfaction: figures(40, 20, csat),
          satisfactionPrevious: figures(30, 10, 70),
          satisfactionTrend: [
            {
              __typename: 'DashboardSatisfactionMonth',
              month: '2025-11',
              figures: figures(15, 8, 75),
            },
            {
              __typename: 'DashboardSatisfactionMonth',
              month: '2025-12',
              figures: figures(25, 12, csat),
            },
          ],
        },
        handlingSteps: [],
        channels: [],
        referralReasons: [],
        supportFigures: { byMonth: [], householdsServed: 0, deliveries: 0, renewalsDue: 0 },
      },
    },
  };
}

async function openAt(path: string, mocks: MockedResponse[], roles: Role[] = ['MANAGER']) {
  const { session, apollo } = sessionFor(userWith(roles), mocks);
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/dashboard', component: DashboardPage },
      { path: '/:any(.*)*', component: { render: () => null } },
    ],
  });
  await router.push(path);
  await router.isReady();
  const { wrapper } = mountWithPlugins(DashboardPage, { session, apollo, router, locale: 'en' });
  await settle();
  return { wrapper, router };
}

const q = byTestId;
const text = testIdText;

describe('dashboard page: the period in the address, Hijri months, refreshing', () => {
  freezeClockAt('2026-11-27T09:00:00Z');

  it('asks for the Gregorian days of the Hijri month in the address and shows its figures', async () => {
    // The mock answers only these exact variables: the month maps to 22 Nov – 20 Dec 2025.
    await openAt('/dashboard?period=hijriMonth&month=1447-06', [
      dashboardAnswer(JUMADA_II_1447, 80),
    ]);
    expect(q('dashboard-error')).toBeNull();
    expect(text('period-text')).toContain('22 November 2025 – 20 December 2025');
    expect(text('period-hijri-month')).toContain('Jumada II 1447 AH');
    expect(text('kpi-csat')).toContain('80%');
    // 80 % against 70 % before: ▲ 10 points.
    expect(
      q('kpi-csat')!.querySelector<HTMLElement>('[data-testid="kpi-delta"]')!.dataset.trend,
    ).toBe('up');
    expect(text('kpi-response-rate')).toContain('50%');
    expect(text('kpi-library-review')).toContain('2');
    expect(q('chart-satisfaction-trend')).not.toBeNull();
    expect(q('chart-satisfaction-trend')!.querySelector('[data-testid="chart-empty"]')).toBeNull();
    expect(text('last-updated')).toMatch(/^Last updated \d{1,2}:\d{2}/);
  });

  it('keeps the figures on screen (no skeleton) while another period loads', async () => {
    const { router } = await openAt('/dashboard?period=hijriMonth&month=1447-06', [
      dashboardAnswer(JUMADA_II_1447, 80),
      // Long enough that a loaded machine still looks at the page while it waits.
      { ...dashboardAnswer(JANUARY_2026, 60), delay: 2500 },
    ]);
    await router.replace('/dashboard?period=custom&from=2026-01-01&to=2026-01-31');
    await settle();
    expect(q('dashboard-loading')).toBeNull();
    expect(q('dashboard-content')!.getAttribute('aria-busy')).toBe('true');
    expect(text('kpi-csat')).toContain('80%');
    expect(q('dashboard-busy')).not.toBeNull();
    await vi.waitFor(
      () => expect(q('dashboard-content')!.getAttribute('aria-busy')).toBe('false'),
      { timeout: 15_000, interval: 100 },
    );
    await settle();
    expect(q('dashboard-busy')).toBeNull();
    expect(text('kpi-csat')).toContain('60%');
    expect(text('period-text')).toContain('1 January 2026 – 31 January 2026');
  });

  it('refuses a custom range that ends before it starts, without asking the server', async () => {
    await openAt('/dashboard?period=custom&from=2026-02-01&to=2026-01-01', []);
    expect(text('period-invalid')).toContain('the start on or before the end');
    expect(q('dashboard-content')).toBeNull();
    expect(q('dashboard-error')).toBeNull();
  });

  it('refreshes on demand without the skeleton and can pause the automatic refresh', async () => {
    const { wrapper } = await openAt('/dashboard?period=hijriMonth&month=1447-06', [
      dashboardAnswer(JUMADA_II_1447, 80),
      { ...dashboardAnswer(JUMADA_II_1447, 82), delay: 300 },
    ]);
    await wrapper.get('[data-testid="refresh-now"]').trigger('click');
    await settle();
    expect(q('dashboard-loading')).toBeNull();
    expect(q('dashboard-content')).not.toBeNull();
    expect(text('kpi-csat')).toContain('80%');
    await new Promise((r) => setTimeout(r, 400));
    await settle();
    expect(text('kpi-csat')).toContain('82%');
    const toggle = wrapper.get('[data-testid="auto-refresh"] input');
    expect((toggle.element as HTMLInputElement).checked).toBe(true);
    await toggle.setValue(false);
    expect((toggle.element as HTMLInputElement).checked).toBe(false);
  });
});

// 10 November 2025 – 20 January 2026 (Riyadh days): November and January only in part.
const WINTER = period('2025-11-09T21:00:00.000Z', '2026-01-20T21:00:00.000Z');
const name = (ar: string, en: string) => ({ __typename: 'LocalizedText', ar, en });

/**
 * Figures with a funnel, volume per channel, referral reasons, compliance and days per step to
 * drill into.
 */
function drillAnswer(): MockedResponse {
  const answer = dashboardAnswer(WINTER, 80);
  const data = (answer.result as { data: Record<string, Record<string, unknown>> }).data;
  data.dashboard = {
    ...data.dashboard,
    funnel: [
      { __typename: 'DashboardFunnelStep', stepKey: 'REVIEW', position: 2, count: 5 },
      { __typename: 'DashboardFunnelStep', stepKey: 'RECEPTION', position: 1, count: 3 },
      { __typename: 'DashboardFunnelStep', stepKey: 'DELIVERY', position: 3, count: 0 },
    ],
    volumeByChannel: [
      { __typename: 'DashboardVolume', month: '2025-11', channelKey: 'PHONE', count: 4 },
      { __typename: 'DashboardVolume', month: '2025-12', channelKey: 'PHONE', count: 6 },
      { __typename: 'DashboardVolume', month: '2025-12', channelKey: 'VISIT', count: 2 },
      { __typename: 'DashboardVolume', month: '2026-01', channelKey: 'VISIT', count: 1 },
    ],
    committeeCompliance: [
      { __typename: 'DashboardCompliance', month: '2025-12', decisions: 4, onTime: 3 },
      { __typename: 'DashboardCompliance', month: '2025-11', decisions: 2, onTime: 2 },
    ],
    topReferralReasons: [
      { __typename: 'DashboardReferralReason', reasonKey: 'DOCUMENTS', count: 3 },
      { __typename: 'DashboardReferralReason', reasonKey: 'ELIGIBILITY', count: 1 },
    ],
    stepDurations: [
      {
        __typename: 'DashboardStepDuration',
        stepKey: 'REVIEW',
        position: 2,
        transactions: 9,
        medianDays: 2,
        p90Days: 6,
      },
    ],
  };
  const steps = [
    ['RECEPTION', 1, 'الاستقبال', 'Reception'],
    ['REVIEW', 2, 'المراجعة', 'Review'],
  ] as const;
  (data as Record<string, unknown>).handlingSteps = steps.map(([key, position, ar, en]) => ({
    __typename: 'HandlingStep',
    id: key,
    key,
    position,
    title: name(ar, en),
  }));
  (data as Record<string, unknown>).referralReasons = [
    {
      __typename: 'ReferralReason',
      id: '1',
      key: 'DOCUMENTS',
      label: name('المستندات المطلوبة غير واضحة', 'Required documents unclear'),
    },
    {
      __typename: 'ReferralReason',
      id: '2',
      key: 'ELIGIBILITY',
      label: name('شروط الاستحقاق غير واضحة', 'Eligibility unclear'),
    },
  ];
  (data as Record<string, unknown>).channels = [
    { __typename: 'Channel', id: '1', key: 'PHONE', position: 1, name: name('الهاتف', 'Phone') },
    { __typename: 'Channel', id: '2', key: 'VISIT', position: 2, name: name('زيارة', 'Visit') },
  ];
  return answer;
}

/** The links of a chart's table, as [text, decoded href]. */
async function tableLinks(
  wrapper: Awaited<ReturnType<typeof openAt>>['wrapper'],
  chart: string,
): Promise<[string, string][]> {
  const card = wrapper.get(`[data-testid="chart-${chart}"]`);
  await card.get('[data-testid="chart-table-toggle"]').trigger('click');
  return card
    .findAll('[data-testid="chart-row-link"]')
    .map((a) => [a.text().trim(), decodeURIComponent(a.attributes('href') ?? '')]);
}

describe('dashboard page: drill-down from the charts to the transactions list', () => {
  freezeClockAt('2026-11-27T09:00:00Z');

  const WINTER_PATH = '/dashboard?period=custom&from=2025-11-10&to=2026-01-20';

  it('links each step of the funnel and each month and channel of the volume to its list', async () => {
    const { wrapper } = await openAt(WINTER_PATH, [drillAnswer()]);
    const open = 'status=OPEN,REFERRED,AWAITING_COMMITTEE,DEFERRED';
    expect(await tableLinks(wrapper, 'funnel')).toEqual([
      ['Reception', `/transactions?step=RECEPTION&${open}`],
      ['Review', `/transactions?step=REVIEW&${open}`],
    ]);
    // A step without open transactions is listed, not linked.
    expect(
      q('chart-funnel')!.querySelectorAll('[data-testid="chart-table"] tbody tr'),
    ).toHaveLength(3);
    expect(text('chart-funnel')).toContain('Click a bar, or a link in the table');

    // The year's months (the trend covers 12 whatever the period), each a row: a month with
    // transactions (all channels: its total) and each channel in it that has some are linked; the
    // last month is clipped to the period's last day.
    expect(text('chart-volume')).toContain('Last 12 months · February 2025 – January 2026');
    expect(
      q('chart-volume')!.querySelectorAll('[data-testid="chart-table"] tbody tr'),
    ).toHaveLength(12);
    expect(await tableLinks(wrapper, 'volume')).toEqual([
      ['November 2025', '/transactions?from=2025-11-01&to=2025-11-30'],
      ['4', '/transactions?channel=PHONE&from=2025-11-01&to=2025-11-30'],
      ['December 2025', '/transactions?from=2025-12-01&to=2025-12-31'],
      ['6', '/transactions?channel=PHONE&from=2025-12-01&to=2025-12-31'],
      ['2', '/transactions?channel=VISIT&from=2025-12-01&to=2025-12-31'],
      ['January 2026', '/transactions?from=2026-01-01&to=2026-01-20'],
      ['1', '/transactions?channel=VISIT&from=2026-01-01&to=2026-01-20'],
    ]);

    // The satisfaction trend counts survey links, not transactions: no drill-down, no hint.
    expect(await tableLinks(wrapper, 'satisfaction-trend')).toEqual([]);
    expect(
      q('chart-satisfaction-trend')!.querySelector('[data-testid="chart-drill-hint"]'),
    ).toBeNull();
  });

  it('links reasons, decisions and stays to the list through its event condition', async () => {
    const { wrapper } = await openAt(WINTER_PATH, [drillAnswer()]);
    const days = 'evFrom=2025-11-10&evTo=2026-01-20';
    // A reason: the transactions referred for it in the period (Riyadh days).
    expect(await tableLinks(wrapper, 'reasons')).toEqual([
      ['Required documents unclear', `/transactions?ev=REFERRED&reason=DOCUMENTS&${days}`],
      ['Eligibility unclear', `/transactions?ev=REFERRED&reason=ELIGIBILITY&${days}`],
    ]);
    expect(text('chart-reasons')).toContain('Click a bar, or a link in the table');

    // A month of the trend: its decisions; its on-time and late counts with `late`, a count of
    // none not linked.
    const decided = '/transactions?ev=APPROVED,REJECTED';
    expect(await tableLinks(wrapper, 'compliance')).toEqual([
      ['November 2025', `${decided}&evFrom=2025-11-01&evTo=2025-11-30`],
      ['2', `${decided}&evFrom=2025-11-01&evTo=2025-11-30&late=0`],
      ['December 2025', `${decided}&evFrom=2025-12-01&evTo=2025-12-31`],
      ['3', `${decided}&evFrom=2025-12-01&evTo=2025-12-31&late=0`],
      ['1', `${decided}&evFrom=2025-12-01&evTo=2025-12-31&late=1`],
    ]);
    const november = q('chart-compliance')!.querySelector('[data-testid="chart-table"] tbody tr')!;
    expect(november.textContent).toMatch(/November 2025\s*2\s*2\s*0\s*100%/);

    // A step: the transactions whose stays there ended in the period.
    expect(await tableLinks(wrapper, 'durations')).toEqual([
      ['Review', `/transactions?evStep=REVIEW&${days}`],
    ]);
    expect(text('chart-durations')).toContain('Click a bar, or a link in the table');
  });

  it('gives an admin, who cannot open the transactions list, no drill-down', async () => {
    const { wrapper } = await openAt(WINTER_PATH, [drillAnswer()], ['ADMIN']);
    for (const chart of ['funnel', 'volume', 'reasons', 'compliance', 'durations']) {
      expect(await tableLinks(wrapper, chart)).toEqual([]);
    }
    expect(document.querySelector('[data-testid="chart-drill-hint"]')).toBeNull();
  });
});
