import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, testid } from '../support/browser.js';
import { post } from '../support/graphql.js';
import type { RunningServer } from '../support/server.js';
import {
  chartDrawn,
  figuresShown,
  kpi,
  latinDigits,
  settled,
  startDashboardJourney,
  stopDashboardJourney,
  type DashboardJourney,
} from './dashboard.support.js';

/**
 * Issue 18, item 8: the dashboard says what support was delivered, over the demo data (which
 * delivers awards on most completed requests): households served, deliveries and renewals due as
 * the server counts them, and the deliveries per month by support type as a chart and a table.
 */
describe('the dashboard’s support delivered', () => {
  let journey: DashboardJourney | undefined;
  let server: RunningServer;
  let page: Page;
  let cookie: string;

  beforeAll(async () => {
    journey = await startDashboardJourney();
    ({ server, page, cookie } = journey);
  });
  afterAll(() => stopDashboardJourney(journey));

  for (const lang of ['ar', 'en'] as const) {
    it(`shows the server's counts and draws deliveries by type and month (${lang})`, async () => {
      await page.goto(`${server.url}/dashboard?lang=${lang}`);
      const period = await figuresShown(page);
      const { body } = await post<{
        supportFigures: {
          householdsServed: number;
          deliveries: number;
          renewalsDue: number;
          byMonth: { month: string; deliveries: number }[];
        };
      }>(
        server,
        `query($p: DashboardPeriod!) { supportFigures(period: $p) {
          householdsServed deliveries renewalsDue byMonth { month deliveries } } }`,
        { p: period },
        { cookie },
      );
      expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
      const f = body.data!.supportFigures;
      // The demo delivers in most months of the year, and registrations fall due every month.
      expect(new Set(f.byMonth.map((m) => m.month)).size).toBeGreaterThan(6);
      expect(f.renewalsDue).toBeGreaterThan(0);
      for (const [name, value] of [
        ['households-served', f.householdsServed],
        ['deliveries', f.deliveries],
        ['renewals-due', f.renewalsDue],
      ] as const) {
        expect(latinDigits(await kpi(page, name)).replace(/\D/g, ''), name).toBe(String(value));
      }
      await chartDrawn(page, 'support');
      const chart = page.locator(testid('chart-support'));
      await chart.locator(testid('chart-table-toggle')).click();
      expect(await chart.locator(`${testid('chart-table')} tbody tr`).count()).toBe(12);
      await chart.locator(testid('chart-table-toggle')).click();
      await page.locator(testid('dashboard-support')).scrollIntoViewIfNeeded();
      await settled(page);
      await screenshot(page, `dashboard-support-${lang}`);
    });
  }
});
