import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, testid } from '../support/browser.js';
import { post } from '../support/graphql.js';
import type { RunningServer } from '../support/server.js';
import {
  chartDrawn,
  figuresShown,
  settled,
  startDashboardJourney,
  stopDashboardJourney,
  visible,
  type DashboardJourney,
} from './dashboard.support.js';

/** The points (symbols) a line chart drew: more than one means a trend, not a dot. */
const points = (page: Page, chart: string) =>
  page
    .locator(`${testid(`chart-${chart}`)} ${testid('chart-canvas')} svg`)
    .evaluate((svg) => svg.querySelectorAll('path').length);

/**
 * The trends cover a year whatever the period of the figures (issue 16 item 10), over the demo
 * data (18 months): with the default "this month", the dashboard's satisfaction trend, volume and
 * compliance charts show the 12 months ending with this one and say so, while the figures stay on
 * the month; the satisfaction page's trend does the same, by month. Arabic and English.
 */
describe("the dashboard's trends with the default period, this month", () => {
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
    it(`draws 12 months of trend beside this month's figures (${lang})`, async () => {
      await page.goto(`${server.url}/dashboard?lang=${lang}`);
      const period = await figuresShown(page);
      const { body } = await post<{
        dashboard: {
          trendMonths: string[];
          satisfactionTrend: { month: string; figures: { invitations: number } }[];
          satisfaction: { invitations: number };
        };
      }>(
        server,
        `query($p: DashboardPeriod!) { dashboard(period: $p) { trendMonths
          satisfactionTrend { month figures { invitations } } satisfaction { invitations } } }`,
        { p: period },
        { cookie },
      );
      expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
      const d = body.data!.dashboard;
      expect(d.trendMonths).toHaveLength(12);
      // The demo data has links in most months: a trend, and this month's figure is its last.
      expect(d.satisfactionTrend.filter((m) => m.figures.invitations > 0).length).toBeGreaterThan(
        6,
      );
      expect(d.satisfactionTrend.at(-1)!.figures.invitations).toBe(d.satisfaction.invitations);

      const last12 = lang === 'ar' ? 'آخر 12 شهرًا' : 'Last 12 months';
      for (const chart of ['satisfaction-trend', 'volume', 'compliance']) {
        await chartDrawn(page, chart);
        expect(visible(await page.locator(testid(`chart-${chart}`)).innerText())).toContain(last12);
      }
      expect(await points(page, 'satisfaction-trend')).toBeGreaterThan(12);
      const volume = page.locator(testid('chart-volume'));
      await volume.locator(testid('chart-table-toggle')).click();
      expect(await volume.locator(`${testid('chart-table')} tbody tr`).count()).toBe(12);
      await volume.locator(testid('chart-table-toggle')).click();

      await page.locator(testid('chart-satisfaction-trend')).scrollIntoViewIfNeeded();
      await settled(page);
      await screenshot(page, `dashboard-trend-this-month-${lang}`);
    });
  }

  for (const lang of ['ar', 'en'] as const) {
    it(`gives the satisfaction page a year of trend by month too (${lang})`, async () => {
      await page.goto(`${server.url}/satisfaction?lang=${lang}`);
      await chartDrawn(page, 'trend');
      const trend = page.locator(testid('chart-trend'));
      expect(visible(await trend.innerText())).toContain(
        lang === 'ar' ? 'آخر 12 شهرًا' : 'Last 12 months',
      );
      await trend.locator(testid('chart-table-toggle')).click();
      // A row per month with links (the demo data has them in most of the year's months).
      expect(await trend.locator(`${testid('chart-table')} tbody tr`).count()).toBeGreaterThan(6);
      await trend.locator(testid('chart-table-toggle')).click();
      expect(await page.locator(`${testid('trend-by')} .v-btn--active`).innerText()).toBe(
        lang === 'ar' ? 'شهري' : 'Monthly',
      );
      await settled(page);
      await screenshot(page, `satisfaction-trend-this-month-${lang}`);
    });
  }
});
