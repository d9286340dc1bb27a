import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, screenshot } from '../support/browser.js';
import { post, signInOverHttp } from '../support/graphql.js';
import { repoRoot, startServer, type RunningServer } from '../support/server.js';

/**
 * Journey: the manager's dashboard over realistic data (`pnpm seed:demo`: 18 months of
 * transactions, survey links and answers). The manager reads the workload, the satisfaction cards
 * with their change against the previous period and the monthly satisfaction trend in Arabic and
 * English, chooses an Umm al-Qura month as the period, follows a card to the filtered transaction
 * list and exports that list as CSV: the file has the byte order mark, the Arabic headers and one
 * row per transaction the list counts.
 */

const DEMO_PASSWORD = 'demo-pass-2026';
const MANAGER = 'manager1';

const testid = (id: string) => `[data-testid="${id}"]`;
/** Text as read: without the invisible bidi marks Intl inserts, spaces collapsed. */
const visible = (s: string) =>
  s
    .replace(/[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
const ARABIC_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/;
const latinDigits = (s: string) =>
  s.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660));

async function settled(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(400);
}

/** Waits until a chart has drawn its SVG with shapes in it. */
async function chartDrawn(page: Page, name: string): Promise<void> {
  await page.waitForFunction((n) => {
    const el = document.querySelector(
      `[data-testid="chart-${n}"] [data-testid="chart-canvas"] svg`,
    );
    if (!el) return false;
    const box = el.getBoundingClientRect();
    return box.width > 100 && box.height > 100 && el.querySelectorAll('path').length > 3;
  }, name);
}

/** Waits until the figures shown are those of the period chosen (none loading). */
async function figuresShown(page: Page): Promise<{ from: string; to: string }> {
  const content = page.locator(`${testid('dashboard-content')}[aria-busy="false"]`);
  const failed = page.locator(testid('dashboard-error'));
  await content.or(failed).first().waitFor();
  if (await failed.isVisible()) throw new Error(`dashboard failed: ${await failed.innerText()}`);
  const [from, to] = (await content.getAttribute('data-period'))!.split('_') as [string, string];
  return { from, to };
}

const kpi = async (page: Page, name: string) =>
  visible(await page.locator(`${testid(`kpi-${name}`)} ${testid('kpi-value')}`).innerText());

/** Picks the option showing `text` in the menu of the select marked `id`. */
async function choose(page: Page, id: string, text: string): Promise<void> {
  await page.locator(`${testid(id)} .v-field`).click();
  await page.locator('.v-overlay--active .v-list-item').filter({ hasText: text }).first().click();
  await page.locator('.v-overlay--active .v-list-item').first().waitFor({ state: 'hidden' });
}

/** RFC 4180 records (quoted fields may hold commas, quotes and line breaks). */
function csvRecords(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field || record.length) records.push([...record, field]);
  return records;
}

interface Figures {
  invitations: number;
  responses: number;
  responseRate: number | null;
  csat: number | null;
}
interface DashboardAnswer {
  dashboard: {
    workload: { open: number };
    satisfaction: Figures;
    satisfactionPrevious: Figures;
    satisfactionTrend: { month: string; figures: Figures }[];
  };
}
const FIGURES = 'invitations responses responseRate csat';

describe('journey: the manager reads the dashboard, picks a Hijri month and exports a list', () => {
  let server: RunningServer;
  let dataDir: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let cookie: string;

  /** The dashboard's figures for a period straight from GraphQL, to compare the page with. */
  async function figuresFor(period: { from: string; to: string }) {
    const { body } = await post<DashboardAnswer>(
      server,
      `query($p: DashboardPeriod!) { dashboard(period: $p) {
        workload { open }
        satisfaction { ${FIGURES} } satisfactionPrevious { ${FIGURES} }
        satisfactionTrend { month figures { ${FIGURES} } }
      } }`,
      { p: period },
      { cookie },
    );
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    return body.data!.dashboard;
  }

  /** A satisfaction card shows the share and its change as GraphQL gives them. */
  async function expectSatisfactionCard(
    name: 'csat' | 'response-rate',
    key: 'csat' | 'responseRate',
    d: DashboardAnswer['dashboard'],
    lang: 'ar' | 'en',
  ): Promise<void> {
    const value = await kpi(page, name);
    const current = d.satisfaction[key];
    if (current === null) expect(value).toBe('—');
    else expect(Number(value.replace(/[^\d.]/g, ''))).toBe(Math.round(current * 10) / 10);
    const change = page.locator(`${testid(`kpi-${name}`)} ${testid('kpi-delta')}`);
    const previous = d.satisfactionPrevious[key];
    if (d.satisfactionPrevious.responses === 0 || current === null || previous === null) {
      expect(await change.getAttribute('data-trend')).toBe('none');
      return;
    }
    const delta =
      Math.sign(current - previous) * (Math.round(Math.abs(current - previous) * 10) / 10);
    const trend = delta > 0 ? 'up' : delta < 0 ? 'down' : 'flat';
    expect(await change.getAttribute('data-trend')).toBe(trend);
    const label = visible((await change.locator('.figure-change__sr').textContent()) ?? '');
    if (trend !== 'flat') {
      expect(label).toContain(String(Math.abs(delta)));
      expect(label).toContain(
        lang === 'ar' ? 'نقطة عن الفترة السابقة' : 'points from the previous period',
      );
      expect(label.startsWith(lang === 'ar' ? (trend === 'up' ? 'ارتفاع' : 'انخفاض') : trend)).toBe(
        true,
      );
    }
  }

  beforeAll(async () => {
    // Realistic data written before the server starts, as an association trying Masar would.
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'masar-e2e-dashboard-'));
    execFileSync(
      process.execPath,
      [
        path.join(repoRoot, 'server/dist/cli/seed-demo.js'),
        '--transactions',
        '1500',
        '--seed',
        '3',
      ],
      { env: { ...process.env, MASAR_DATA_DIR: dataDir, DATABASE_URL: '' }, stdio: 'pipe' },
    );
    server = await startServer({ dataDir });
    cookie = await signInOverHttp(server, MANAGER, DEMO_PASSWORD);

    browser = await launchBrowser();
    context = await browser.newContext({
      viewport: { width: 1366, height: 900 },
      acceptDownloads: true,
    });
    page = await context.newPage();
    await page.goto(`${server.url}/sign-in?lang=ar`);
    await page.locator(`${testid('sign-in-login')} input`).fill(MANAGER);
    await page.locator(`${testid('sign-in-password')} input`).fill(DEMO_PASSWORD);
    await page.locator(`${testid('sign-in-password')} input`).press('Enter');
    await page.locator(testid('user-menu')).waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

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
      await expectSatisfactionCard('csat', 'csat', d, lang);
      await expectSatisfactionCard('response-rate', 'responseRate', d, lang);
      expect(await page.locator(testid('kpi-csat')).getAttribute('href')).toBe('/satisfaction');
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
    await expectSatisfactionCard('csat', 'csat', d, 'ar');
    await expectSatisfactionCard('response-rate', 'responseRate', d, 'ar');
    if (d.satisfactionTrend.some((m) => m.figures.invitations > 0)) {
      await chartDrawn(page, 'satisfaction-trend');
    }
    // A reload shows the same month.
    await page.reload();
    expect(await figuresShown(page)).toEqual(period);
    await settled(page);
    await screenshot(page, 'dashboard-hijri-month-ar');
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
