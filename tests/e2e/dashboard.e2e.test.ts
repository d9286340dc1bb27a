import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { choose, screenshot, testid } from '../support/browser.js';
import type { RunningServer } from '../support/server.js';
import {
  ARABIC_DIGITS,
  chartDrawn,
  csvRecords,
  dashboardFigures,
  expectSatisfactionCard,
  figuresShown,
  kpi,
  latinDigits,
  settled,
  visible,
  startDashboardJourney,
  stopDashboardJourney,
  type DashboardJourney,
} from './dashboard.support.js';

/**
 * Journey: the manager's dashboard over realistic data (`pnpm seed:demo`). The manager reads the
 * workload, the satisfaction cards with their change against the previous period and the monthly
 * satisfaction trend in Arabic and English, opens the satisfaction analysis from the CSAT card for
 * the same period (the same figures, kept over a reload and the back button), chooses an Umm
 * al-Qura month as the period, follows a card to the filtered transaction list and exports that
 * list as CSV: the file has the byte order mark, the Arabic headers and one row per transaction
 * the list counts. The drill-down from the charts is in dashboard-drilldown.e2e.test.ts.
 */
describe('journey: the manager reads the dashboard, picks a Hijri month and exports a list', () => {
  let journey: DashboardJourney | undefined;
  let server: RunningServer;
  let context: BrowserContext;
  let page: Page;
  let cookie: string;
  /** The dashboard's figures for a period straight from GraphQL, to compare the page with. */
  const figuresFor = (period: { from: string; to: string }) =>
    dashboardFigures(server, cookie, period);

  beforeAll(async () => {
    journey = await startDashboardJourney();
    ({ server, context, page, cookie } = journey);
  });
  afterAll(() => stopDashboardJourney(journey));

  for (const lang of ['ar', 'en'] as const) {
    it(`shows the workload, satisfaction against the previous period and its trend (${lang})`, async () => {
      await page.goto(`${server.url}/dashboard?lang=${lang}&period=last12Months`);
      const period = await figuresShown(page);
      expect(await page.locator('html').getAttribute('dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
      const d = await figuresFor(period);

      expect(await kpi(page, 'open')).toBe(String(d.workload.open));
      expect(await page.locator(testid('kpi-awaiting-committee')).innerText()).toContain(
        lang === 'ar' ? 'بانتظار اللجنة' : 'Awaiting the committee',
      );
      expect(await page.locator(testid('kpi-library-review')).getAttribute('href')).toBe(
        '/library/review',
      );

      // Satisfaction: demo data has answers in the year and in the year before it.
      expect(d.satisfaction.responses).toBeGreaterThan(0);
      await expectSatisfactionCard(page, 'csat', 'csat', d, lang);
      await expectSatisfactionCard(page, 'response-rate', 'responseRate', d, lang);
      // The cards open the analysis for the dashboard's period.
      for (const name of ['csat', 'response-rate']) {
        expect(await page.locator(testid(`kpi-${name}`)).getAttribute('href')).toBe(
          '/satisfaction?period=last12Months',
        );
      }
      expect(visible(await page.locator(testid('previous-period')).innerText())).toContain(
        lang === 'ar' ? 'مقارنةً بالفترة السابقة' : 'Compared with the previous period',
      );
      // Figures in the app's Latin digits, in Arabic too.
      const figures = await page.locator(testid('dashboard-content')).innerText();
      expect(figures).not.toMatch(ARABIC_DIGITS);

      // The trend: a line per figure over the months, its table a row per month.
      await chartDrawn(page, 'satisfaction-trend');
      const trend = page.locator(testid('chart-satisfaction-trend'));
      expect(await trend.locator(testid('chart-empty')).count()).toBe(0);
      const legendText = visible(
        await trend
          .locator(`${testid('chart-canvas')} svg`)
          .evaluate((svg) =>
            Array.from(svg.querySelectorAll('text'), (t) => t.textContent).join(' | '),
          ),
      );
      expect(legendText).toContain(lang === 'ar' ? 'مؤشر الرضا (CSAT)' : 'CSAT');
      expect(legendText).toContain(lang === 'ar' ? 'نسبة الاستجابة' : 'Response rate');
      await trend.locator(testid('chart-table-toggle')).click();
      const rows = trend.locator(`${testid('chart-table')} tbody tr`);
      expect(await rows.count()).toBe(d.satisfactionTrend.length);
      // Each month in both calendars.
      expect(visible(await rows.first().innerText())).toMatch(lang === 'ar' ? /هـ/ : /AH/);
      await trend.locator(testid('chart-table-toggle')).click();

      await chartDrawn(page, 'funnel');
      await chartDrawn(page, 'volume');
      expect(visible(await page.locator(testid('last-updated')).innerText())).toMatch(
        lang === 'ar' ? /^آخر تحديث \d{1,2}:\d{2}/ : /^Last updated \d{1,2}:\d{2}/,
      );
      await settled(page);
      await screenshot(page, `dashboard-${lang}`);
    });
  }

  it("opens the satisfaction analysis from the CSAT card for the dashboard's period", async () => {
    await page.goto(`${server.url}/dashboard?lang=ar&period=last12Months`);
    await figuresShown(page);
    const mainLine = `${testid('period-text')} .period-line__main`;
    const days = visible(await page.locator(mainLine).innerText());
    const csat = await kpi(page, 'csat');
    const rate = await kpi(page, 'response-rate');
    expect(csat).not.toBe('—');

    await page.locator(testid('kpi-csat')).click();
    await page.waitForURL((url) => url.pathname === '/satisfaction');
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({
      period: 'last12Months',
    });
    /** The analysis shows the dashboard's period, its days and its figures. */
    const sameAsDashboard = async () => {
      await page.locator(`${testid('kpi-csat')} ${testid('kpi-value')}`).waitFor();
      expect(visible(await page.locator(testid('filter-period')).innerText())).toContain(
        'آخر 12 شهرًا',
      );
      expect(visible(await page.locator(mainLine).innerText())).toBe(days);
      expect(await kpi(page, 'csat')).toBe(csat);
      expect(await kpi(page, 'response-rate')).toBe(rate);
    };
    await sameAsDashboard();
    await chartDrawn(page, 'trend');
    await settled(page);
    await screenshot(page, 'satisfaction-from-dashboard-ar');

    // A reload, and the back button from another page, keep the period.
    await page.reload();
    await sameAsDashboard();
    await page.locator(testid('nav-dashboard')).click();
    await page.waitForURL((url) => url.pathname === '/dashboard');
    await figuresShown(page);
    await page.goBack();
    await page.waitForURL((url) => url.pathname === '/satisfaction');
    expect(new URL(page.url()).searchParams.get('period')).toBe('last12Months');
    await sameAsDashboard();
    // Back again: the dashboard, for the same period.
    await page.goBack();
    await page.waitForURL((url) => url.pathname === '/dashboard');
    expect(new URL(page.url()).searchParams.get('period')).toBe('last12Months');
  });

  it('takes an Umm al-Qura month as the period, kept in the address', async () => {
    await page.goto(`${server.url}/dashboard?lang=ar`);
    await figuresShown(page);
    await choose(page, 'dashboard-period', 'شهر هجري');
    await page.waitForURL((url) => url.searchParams.get('period') === 'hijriMonth');
    const current = new URL(page.url()).searchParams.get('month');

    // The month before the current one: a whole Hijri month.
    await page.locator(`${testid('period-hijri-month')} .v-field`).click();
    const options = page.locator('.v-overlay--active .v-list-item');
    const option = options.nth(1);
    const title = visible(await option.locator('.v-list-item-title').innerText());
    expect(title).toMatch(/^[\u0600-\u06ff ]+ \d{4} هـ$/);
    await option.click();
    await page.waitForURL((url) => {
      const month = url.searchParams.get('month');
      return !!month && month !== current;
    });
    const period = await figuresShown(page);
    // The period runs from the first to the last day of that month (Riyadh midnights).
    const hijriDay = (iso: string) =>
      page.evaluate((at) => {
        const f = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
          day: 'numeric',
          timeZone: 'Asia/Riyadh',
        });
        return f.format(new Date(at));
      }, iso);
    expect(await hijriDay(period.from)).toBe('1');
    expect(await hijriDay(period.to)).toBe('1');
    expect(visible(await page.locator(testid('period-text')).innerText())).toContain(title);

    const d = await figuresFor(period);
    await expectSatisfactionCard(page, 'csat', 'csat', d, 'ar');
    await expectSatisfactionCard(page, 'response-rate', 'responseRate', d, 'ar');
    if (d.satisfactionTrend.some((m) => m.figures.invitations > 0)) {
      await chartDrawn(page, 'satisfaction-trend');
    }
    // A reload shows the same month.
    await page.reload();
    expect(await figuresShown(page)).toEqual(period);
    await settled(page);
    await screenshot(page, 'dashboard-hijri-month-ar');

    // The CSAT card opens the analysis for that month (in another tab here): the same figure.
    const month = new URL(page.url()).searchParams.get('month')!;
    const href = await page.locator(testid('kpi-csat')).getAttribute('href');
    expect(href).toBe(`/satisfaction?period=hijriMonth&month=${month}`);
    const csat = await kpi(page, 'csat');
    const tab = await context.newPage();
    try {
      await tab.goto(`${server.url}${href}`);
      await tab.locator(`${testid('kpi-csat')} ${testid('kpi-value')}`).waitFor();
      expect(visible(await tab.locator(testid('filter-hijri-month')).innerText())).toContain(title);
      expect(await kpi(tab, 'csat')).toBe(csat);
      await settled(tab);
      await screenshot(tab, 'satisfaction-hijri-month-ar');
    } finally {
      await tab.close();
    }
  });

  it('follows the open-transactions card to the list and exports it as CSV', async () => {
    await page.locator(testid('kpi-open')).click();
    await page.waitForURL((url) => url.pathname === '/transactions');
    expect(new URL(page.url()).searchParams.get('status')).toBe(
      'OPEN,REFERRED,AWAITING_COMMITTEE,DEFERRED',
    );
    await page.locator(testid('transactions-total')).waitFor();
    const total = Number(
      latinDigits(await page.locator(testid('transactions-total')).innerText()).replace(/\D/g, ''),
    );
    expect(total).toBeGreaterThan(25); // more than one page: the file is the list, not the page

    const [download, response] = await Promise.all([
      page.waitForEvent('download'),
      page.waitForResponse((r) => r.url().includes('/api/export/transactions.csv')),
      page.locator(testid('transactions-export')).click(),
    ]);
    expect(response.status()).toBe(200);
    const sent = new URL(response.url()).searchParams;
    expect(JSON.parse(sent.get('filter')!)).toEqual({
      status: ['OPEN', 'REFERRED', 'AWAITING_COMMITTEE', 'DEFERRED'],
    });
    expect(sent.get('lang')).toBe('ar');
    expect(download.suggestedFilename()).toMatch(/^transactions-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = fs.readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records = csvRecords(bytes.toString('utf8').slice(1));
    expect(records[0]![0]).toBe('المرجع');
    expect(records.length - 1).toBe(total);
    await settled(page);
    await screenshot(page, 'transactions-export-ar');
  });

  it('says so when the server refuses the filter (400)', async () => {
    await page.route('**/api/export/transactions.csv**', (route) =>
      route.fulfill({
        status: 400,
        contentType: 'application/json',
        body: JSON.stringify({
          errors: [{ code: 'BAD_USER_INPUT', message: 'filter.status: bad', field: 'filter' }],
        }),
      }),
    );
    await page.locator(testid('transactions-export')).click();
    const snackbar = page.locator(testid('transactions-export-error'));
    await snackbar.locator('.v-snackbar__content').waitFor();
    expect(await snackbar.locator('.v-snackbar__content').innerText()).toContain(
      'رفض الخادم عوامل التصفية',
    );
    await page.unroute('**/api/export/transactions.csv**');
  });

  it('fits a phone in Arabic', async () => {
    const phone = await context.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.goto(`${server.url}/dashboard?lang=ar&period=last12Months`);
    await figuresShown(phone);
    await chartDrawn(phone, 'satisfaction-trend');
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    await settled(phone);
    await screenshot(phone, 'dashboard-ar-390');
    await phone.close();
  });
});
