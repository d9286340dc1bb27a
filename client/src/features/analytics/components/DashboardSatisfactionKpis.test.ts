import { describe, expect, it } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import DashboardSatisfactionKpis from './DashboardSatisfactionKpis.vue';
import { visibleText } from '@/shared/testing/dom';
import { mountWithPlugins } from '@/shared/testing/mount-with-plugins';
import { sessionFor, settle, userWith } from '@/shared/testing/session-fixtures';
import type { AppLocale } from '@/shared/locale';
import type { Role } from '@/shared/roles';

type Figures = {
  invitations: number;
  responses: number;
  responseRate: number | null;
  csat: number | null;
};
const figures = (f: Partial<Figures>): Figures => ({
  invitations: 40,
  responses: 20,
  responseRate: 50,
  csat: 75,
  ...f,
});
// April 2026 in Riyadh, as the server sends the period compared with.
const APRIL = { from: '2026-03-31T21:00:00.000Z', to: '2026-04-30T21:00:00.000Z' };

async function mountWith(
  current: Figures,
  previous: Figures,
  options: { roles?: Role[]; locale?: AppLocale; path?: string } = {},
) {
  const { session, apollo } = sessionFor(userWith(options.roles ?? ['MANAGER']));
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/:any(.*)*', component: { render: () => null } }],
  });
  await router.push(options.path ?? '/dashboard');
  mountWithPlugins(DashboardSatisfactionKpis, {
    session,
    apollo,
    router,
    locale: options.locale ?? 'en',
    props: { current, previous, previousPeriod: APRIL },
  });
  await settle();
}

const card = (id: string) => document.querySelector<HTMLElement>(`[data-testid="kpi-${id}"]`)!;
const change = (id: string) => card(id).querySelector<HTMLElement>('[data-testid="kpi-delta"]')!;
const visible = visibleText;

describe('dashboard satisfaction cards: the change against the previous period', () => {
  it('shows a rise in green with ▲ and says it in words for screen readers', async () => {
    await mountWith(
      figures({ csat: 78.2, responseRate: 41.5, responses: 83, invitations: 200 }),
      figures({ csat: 75, responseRate: 44.75 }),
    );
    expect(card('csat').querySelector('[data-testid="kpi-value"]')!.textContent!.trim()).toBe(
      '78.2%',
    );
    const csat = change('csat');
    expect(csat.dataset.trend).toBe('up');
    expect(csat.className).toContain('figure-change--good');
    expect(visible(csat.querySelector('.figure-change__sr')!.textContent!)).toBe(
      'up 3.2 points from the previous period',
    );
    expect(visible(csat.textContent!)).toContain('+3.2 pts vs the previous period');
    // The arrow itself is decoration; the words carry the meaning.
    expect(csat.querySelector('.v-icon')!.getAttribute('aria-hidden')).toBe('true');

    // The response rate fell 3.25 points: ▼, red, rounded to one decimal.
    const rate = change('response-rate');
    expect(rate.dataset.trend).toBe('down');
    expect(rate.className).toContain('figure-change--bad');
    expect(visible(rate.querySelector('.figure-change__sr')!.textContent!)).toBe(
      'down 3.3 points from the previous period',
    );
    expect(visible(card('response-rate').textContent!)).toContain('83 answers to 200 links');
  });

  it('says "unchanged" for a change that rounds to zero', async () => {
    await mountWith(figures({ csat: 75.02 }), figures({ csat: 75 }));
    expect(change('csat').dataset.trend).toBe('flat');
    expect(change('csat').className).toContain('figure-change--neutral');
    expect(visible(change('csat').querySelector('.figure-change__sr')!.textContent!)).toBe(
      'unchanged from the previous period',
    );
  });

  it('shows no change when the previous period had no answers', async () => {
    await mountWith(
      figures({}),
      figures({ responses: 0, csat: null, responseRate: 0, invitations: 12 }),
    );
    for (const id of ['csat', 'response-rate']) {
      expect(change(id).dataset.trend).toBe('none');
      expect(change(id).querySelector('.v-icon')).toBeNull();
      expect(visible(change(id).textContent!)).toBe('No data to compare in the previous period');
    }
  });

  it('shows "—" without a change when the period itself has no answers', async () => {
    await mountWith(
      figures({ responses: 0, invitations: 0, csat: null, responseRate: null }),
      figures({}),
    );
    expect(card('csat').querySelector('[data-testid="kpi-value"]')!.textContent!.trim()).toBe('—');
    expect(change('csat').dataset.trend).toBe('none');
  });

  it('names the previous period in both calendars and links a manager to the analysis', async () => {
    await mountWith(figures({}), figures({}));
    const caption = visible(
      document.querySelector('[data-testid="previous-period"]')!.textContent!,
    );
    expect(caption).toContain('Compared with the previous period: 1 April 2026 – 30 April 2026');
    expect(caption).toContain('1447 AH');
    expect(card('csat').getAttribute('href')).toBe('/satisfaction');
    expect(card('response-rate').getAttribute('href')).toBe('/satisfaction');
    expect(card('csat').textContent).toContain('Open the analysis');
  });

  it("opens the analysis for the dashboard's period, written as the dashboard writes it", async () => {
    const cases = [
      ['/dashboard?period=last12Months&lang=ar', '/satisfaction?period=last12Months'],
      [
        '/dashboard?period=custom&from=2026-01-01&to=2026-03-31',
        '/satisfaction?period=custom&from=2026-01-01&to=2026-03-31',
      ],
      [
        '/dashboard?period=hijriMonth&month=1447-06',
        '/satisfaction?period=hijriMonth&month=1447-06',
      ],
      // This month (the default) and anything the dashboard does not understand: no query.
      ['/dashboard?period=thisMonth', '/satisfaction'],
      ['/dashboard?period=lastWeek&month=x', '/satisfaction'],
    ] as const;
    for (const [path, href] of cases) {
      await mountWith(figures({}), figures({}), { path });
      expect(card('csat').getAttribute('href'), path).toBe(href);
      expect(card('response-rate').getAttribute('href'), path).toBe(href);
      document.body.innerHTML = '';
    }
  });

  it('gives an admin (who cannot open the analysis) the figures without a link', async () => {
    await mountWith(figures({}), figures({}), {
      roles: ['ADMIN'],
      path: '/dashboard?period=last12Months',
    });
    expect(card('csat').getAttribute('href')).toBeNull();
    expect(card('response-rate').getAttribute('href')).toBeNull();
    expect(card('csat').textContent).not.toContain('Open the analysis');
  });

  it("reads in Arabic with the app's Latin digits", async () => {
    await mountWith(figures({ csat: 78.2 }), figures({ csat: 75 }), { locale: 'ar' });
    expect(visible(change('csat').querySelector('.figure-change__sr')!.textContent!)).toBe(
      'ارتفاع 3.2 نقطة عن الفترة السابقة',
    );
    expect(visible(card('csat').querySelector('[data-testid="kpi-value"]')!.textContent!)).toMatch(
      /^78\.2\s?[%٪]$/,
    );
  });
});
