import { describe, expect, it } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import DashboardKpis from './DashboardKpis.vue';
import { mountWithPlugins } from '@/shared/testing/mount-with-plugins';
import { sessionFor, settle, userWith } from '@/shared/testing/session-fixtures';
import type { Role } from '@/shared/roles';

const figures = {
  workload: { open: 42, awaitingCommittee: 7, committeeOverdue: 3, deferred: 2, referred: 5 },
  followUp: { openFeedback: 11, openImprovementActions: 4, libraryDocumentsPastReview: 1 },
};

async function mountFor(roles: Role[]) {
  const { session, apollo } = sessionFor(userWith(roles));
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/:any(.*)*', component: { render: () => null } }],
  });
  await router.push('/dashboard');
  const { wrapper } = mountWithPlugins(DashboardKpis, {
    session,
    apollo,
    router,
    locale: 'en',
    props: { figures },
  });
  await settle();
  return wrapper;
}

const card = (id: string) => document.querySelector<HTMLElement>(`[data-testid="kpi-${id}"]`)!;

describe('dashboard key figures', () => {
  it('shows each figure and links a manager to the filtered list behind it', async () => {
    await mountFor(['MANAGER']);
    const expected: [string, string, string][] = [
      ['open', '42', '/transactions?status=OPEN,REFERRED,AWAITING_COMMITTEE,DEFERRED'],
      ['awaiting-committee', '7', '/transactions?status=AWAITING_COMMITTEE'],
      ['committee-overdue', '3', '/transactions?overdue=1'],
      ['deferred', '2', '/transactions?status=DEFERRED'],
      ['referred', '5', '/transactions?status=REFERRED'],
      ['open-feedback', '11', '/feedback'],
      ['open-improvements', '4', '/feedback/improvements'],
      ['library-review', '1', '/library/review'],
    ];
    for (const [id, value, href] of expected) {
      expect(card(id).querySelector('[data-testid="kpi-value"]')!.textContent!.trim()).toBe(value);
      expect(decodeURIComponent(card(id).getAttribute('href') ?? '')).toBe(href);
    }
    expect(card('committee-overdue').className).toContain('dash-kpi--alert');
    expect(card('deferred').className).not.toContain('dash-kpi--alert');
    // A document past its review date is late: in red, opening the review list.
    expect(card('library-review').className).toContain('dash-kpi--alert');
    expect(card('library-review').textContent).toContain('Library documents past review');
    expect(card('library-review').textContent).toContain('Open the review list');
    expect(card('awaiting-committee').textContent).toContain('Awaiting the committee');
  });

  it('shows an admin the figures without links to lists they cannot open', async () => {
    await mountFor(['ADMIN']);
    expect(card('open').querySelector('[data-testid="kpi-value"]')!.textContent).toContain('42');
    expect(card('open').getAttribute('href')).toBeNull();
    expect(card('open-feedback').getAttribute('href')).toBeNull();
    // The library is open to every signed-in user.
    expect(card('library-review').getAttribute('href')).toBe('/library/review');
  });
});
