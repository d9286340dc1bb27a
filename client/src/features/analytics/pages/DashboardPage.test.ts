import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import type { MockedResponse } from '@apollo/client/testing/core';
import DashboardPage from './DashboardPage.vue';
import { DashboardDocument } from '@/gql/graphql';
import { mountWithPlugins } from '@/shared/testing/mount-with-plugins';
import { sessionFor, settle, userWith } from '@/shared/testing/session-fixtures';

/** Riyadh `[from, to)` instants of inclusive days, as the page sends them. */
const period = (from: string, to: string) => ({ from, to });
// Jumada II 1447 = 22 November – 20 December 2025 (Riyadh days).
const JUMADA_II_1447 = period('2025-11-21T21:00:00.000Z', '2025-12-20T21:00:00.000Z');
const PREVIOUS = period('2025-10-23T21:00:00.000Z', '2025-11-21T21:00:00.000Z');
const JANUARY_2026 = period('2025-12-31T21:00:00.000Z', '2026-01-31T21:00:00.000Z');

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
      },
    },
  };
}

async function openAt(path: string, mocks: MockedResponse[]) {
  const { session, apollo } = sessionFor(userWith(['MANAGER']), mocks);
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

const q = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const text = (id: string) =>
  (q(id)?.textContent ?? '')
    .replace(/[\u200e\u200f\u061c]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

describe('dashboard page: the period in the address, Hijri months, refreshing', () => {
  beforeEach(() => {
    // Only the clock: Apollo and Vue keep their real timers.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-27T09:00:00Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
    document.body.innerHTML = '';
  });

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
      { ...dashboardAnswer(JANUARY_2026, 60), delay: 400 },
    ]);
    await router.replace('/dashboard?period=custom&from=2026-01-01&to=2026-01-31');
    await settle();
    expect(q('dashboard-loading')).toBeNull();
    expect(q('dashboard-content')!.getAttribute('aria-busy')).toBe('true');
    expect(text('kpi-csat')).toContain('80%');
    expect(q('dashboard-busy')).not.toBeNull();
    await new Promise((r) => setTimeout(r, 500));
    await settle();
    expect(q('dashboard-content')!.getAttribute('aria-busy')).toBe('false');
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
