import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { choose, launchBrowser, screenshot, testid } from '../support/browser.js';
import { post, signInOverHttp } from '../support/graphql.js';
import { repoRoot, startServer, type RunningServer } from '../support/server.js';

/**
 * Journey: the manager's dashboard over realistic data (`pnpm seed:demo`: 18 months of
 * transactions, survey links and answers). The manager reads the workload, the satisfaction cards
 * with their change against the previous period and the monthly satisfaction trend in Arabic and
 * English, opens the satisfaction analysis from the CSAT card for the same period (the same figures,
 * kept over a reload and the back button), follows a bar of the open-transactions funnel (a click on the chart, and the link in its
 * table) to the transactions at that step, follows a referral reason to the transactions referred
 * for it (the list's event condition, named on a chip, exported with it), chooses an Umm al-Qura
 * month as the period, follows a card to the filtered transaction list and exports that list as
 * CSV: the file has the byte order mark, the Arabic headers and one row per transaction the list
 * counts.
 */

const DEMO_PASSWORD = 'demo-pass-2026';
const MANAGER = 'manager1';

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
const OPEN_STATUSES = 'OPEN,REFERRED,AWAITING_COMMITTEE,DEFERRED';
interface FunnelStep {
  stepKey: string;
  position: number;
  count: number;
}

/** The transactions list's count ("123 transactions"), in Latin digits. */
async function listTotal(page: Page): Promise<number> {
  const total = page.locator(testid('transactions-total'));
  await total.waitFor();
  return Number(latinDigits(await total.innerText()).replace(/\D/g, ''));
}

/**
 * The widest bar of the funnel chart, where the page shows it, and the position of its step as
 * the category axis names it ("2. …"): ECharts draws each bar as an SVG path filled in the
 * series' colour, its label on the axis level with it.
 */
async function widestFunnelBar(page: Page): Promise<{ x: number; y: number; position: number }> {
  return page.locator(`${testid('chart-funnel')} ${testid('chart-canvas')} svg`).evaluate((svg) => {
    const teal = ['#0b5d57', 'rgb(11,93,87)'];
    const bars = Array.from(svg.querySelectorAll('path'))
      .filter((p) => teal.includes((p.getAttribute('fill') ?? '').replace(/\s/g, '').toLowerCase()))
      .map((p) => p.getBoundingClientRect())
      .filter((r) => r.width > 4 && r.height > 4);
    const bar = bars.sort((a, b) => b.width - a.width)[0];
    if (!bar) throw new Error('no bar drawn');
    const y = bar.top + bar.height / 2;
    const strip = (s: string) => s.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').trim();
    const labels = Array.from(svg.querySelectorAll('text'))
      .map((t) => ({ text: strip(t.textContent ?? ''), box: t.getBoundingClientRect() }))
      .filter((l) => /^\d+\. /.test(l.text))
      .sort(
        (a, b) =>
          Math.abs(a.box.top + a.box.height / 2 - y) - Math.abs(b.box.top + b.box.height / 2 - y),
      );
    if (!labels[0]) throw new Error('no step on the axis');
    return { x: bar.left + bar.width / 2, y, position: Number.parseInt(labels[0].text, 10) };
  });
}

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

  it('opens the transactions at a step from a bar of the funnel and from its table', async () => {
    const { body } = await post<{ dashboard: { funnel: FunnelStep[] } }>(
      server,
      `{ dashboard(period: { from: "2026-01-01T00:00:00Z", to: "2026-01-02T00:00:00Z" }) {
        funnel { stepKey position count } } }`,
      {},
      { cookie },
    );
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    const funnel = body.data!.dashboard.funnel;
    expect(funnel.filter((s) => s.count > 0).length).toBeGreaterThan(1);

    // A click on the chart (Arabic: the bars grow from the right) opens that step's open list.
    await page.goto(`${server.url}/dashboard?lang=ar&period=last12Months`);
    await figuresShown(page);
    await chartDrawn(page, 'funnel');
    await settled(page);
    const chart = page.locator(testid('chart-funnel'));
    expect(visible(await chart.locator(testid('chart-drill-hint')).innerText())).toContain(
      'اضغط على شريط في الرسم',
    );
    await chart.scrollIntoViewIfNeeded();
    const bar = await widestFunnelBar(page);
    const clicked = funnel.find((s) => s.position === bar.position)!;
    expect(clicked.count).toBe(Math.max(...funnel.map((s) => s.count)));
    await page.mouse.move(bar.x, bar.y);
    // The pointer says the bar leads somewhere.
    await page.waitForFunction(() =>
      Array.from(
        document.querySelectorAll<HTMLElement>(
          '[data-testid="chart-funnel"] [data-testid="chart-canvas"], [data-testid="chart-funnel"] [data-testid="chart-canvas"] *',
        ),
      ).some((el) => el.style.cursor === 'pointer'),
    );
    await page.mouse.click(bar.x, bar.y);
    await page.waitForURL((url) => url.pathname === '/transactions');
    let query = new URL(page.url()).searchParams;
    expect(query.get('step')).toBe(clicked.stepKey);
    expect(query.get('status')).toBe(OPEN_STATUSES);
    await expect.poll(() => listTotal(page), { timeout: 15_000 }).toBe(clicked.count);

    // Without a mouse: the link on the step's row of the chart's table (English this time).
    await page.goto(`${server.url}/dashboard?lang=en&period=last12Months`);
    await figuresShown(page);
    await chart.locator(testid('chart-table-toggle')).click();
    const rows = chart.locator(`${testid('chart-table')} tbody tr`);
    expect(await rows.count()).toBe(funnel.length);
    // The table lists the steps in order; another step than the one clicked, with transactions.
    const ordered = [...funnel].sort((a, b) => a.position - b.position);
    const other = ordered.findIndex((s) => s.stepKey !== clicked.stepKey && s.count > 0);
    const step = ordered[other]!;
    const link = rows.nth(other).locator(testid('chart-row-link'));
    expect(await rows.nth(other).locator(testid('chart-row-link')).count()).toBe(1);
    const stepTitle = visible(await link.innerText());
    // Described by the hint under the chart.
    const hintId = await link.getAttribute('aria-describedby');
    expect(visible(await page.locator(`#${hintId}`).innerText())).toBe(
      'Click a bar, or a link in the table, to open its transactions.',
    );
    await settled(page);
    await chart.scrollIntoViewIfNeeded();
    await screenshot(page, 'dashboard-funnel-table-en');
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/transactions');
    query = new URL(page.url()).searchParams;
    expect(query.get('step')).toBe(step.stepKey);
    expect(query.get('status')).toBe(OPEN_STATUSES);
    await expect.poll(() => listTotal(page), { timeout: 15_000 }).toBe(step.count);
    // The list's own filter names the step.
    expect(visible(await page.locator(testid('filter-step')).innerText())).toContain(stepTitle);
  });

  it('shows the links of the tables in Arabic', async () => {
    await page.goto(`${server.url}/dashboard?lang=ar&period=last12Months`);
    await figuresShown(page);
    for (const name of ['funnel', 'volume']) {
      const chart = page.locator(testid(`chart-${name}`));
      await chart.locator(testid('chart-table-toggle')).click();
      expect(await chart.locator(testid('chart-row-link')).count()).toBeGreaterThan(0);
    }
    // The volume's table links each month (its total) and each channel in it.
    const month = page
      .locator(`${testid('chart-volume')} ${testid('chart-table')} tbody tr`)
      .last();
    const hrefs = (
      await month
        .locator(testid('chart-row-link'))
        .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href))
    ).map((href) => new URL(href));
    expect(hrefs[0]!.searchParams.get('channel')).toBeNull();
    expect(hrefs.slice(1).every((u) => !!u.searchParams.get('channel'))).toBe(true);
    await settled(page);
    await screenshot(page, 'dashboard-tables-ar');
  });

  it('opens the transactions of a month and a channel, for a reader in Riyadh', async () => {
    // The list reads its days in the reader's time zone, the dashboard its months in Riyadh's.
    const riyadh = await browser.newContext({
      viewport: { width: 1366, height: 900 },
      timezoneId: 'Asia/Riyadh',
    });
    const at = cookie.indexOf('=');
    await riyadh.addCookies([
      { name: cookie.slice(0, at), value: cookie.slice(at + 1), url: server.url },
    ]);
    const tab = await riyadh.newPage();
    try {
      await tab.goto(`${server.url}/dashboard?lang=ar&period=last12Months`);
      const period = await figuresShown(tab);
      const { body } = await post<{
        dashboard: { volumeByChannel: { month: string; channelKey: string; count: number }[] };
      }>(
        server,
        `query($p: DashboardPeriod!) { dashboard(period: $p) {
          volumeByChannel { month channelKey count } } }`,
        { p: period },
        { cookie },
      );
      expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
      const volume = body.data!.dashboard.volumeByChannel;
      // This month so far: its busiest channel, up to today (Riyadh).
      const month = volume
        .map((v) => v.month)
        .sort()
        .at(-1)!;
      const busiest = volume.filter((v) => v.month === month).sort((a, b) => b.count - a.count)[0]!;
      const lastDay = new Date(Date.parse(period.to) - 1 + 3 * 3_600_000)
        .toISOString()
        .slice(0, 10);

      const chart = tab.locator(testid('chart-volume'));
      await chart.locator(testid('chart-table-toggle')).click();
      const links = chart.locator(testid('chart-row-link'));
      const hrefs = (
        await links.evaluateAll((all) => all.map((a) => (a as HTMLAnchorElement).href))
      ).map((href) => new URL(href).searchParams);
      const index = hrefs.findIndex(
        (q) => q.get('channel') === busiest.channelKey && q.get('from') === `${month}-01`,
      );
      expect(index).toBeGreaterThanOrEqual(0);
      expect(hrefs[index]!.get('to')).toBe(lastDay);
      await links.nth(index).click();
      await tab.waitForURL((url) => url.pathname === '/transactions');
      await expect.poll(() => listTotal(tab), { timeout: 15_000 }).toBe(busiest.count);
    } finally {
      await riyadh.close();
    }
  });

  it('opens the transactions referred for a reason, named on a chip, and exports them', async () => {
    await page.goto(`${server.url}/dashboard?lang=ar&period=last12Months`);
    const period = await figuresShown(page);
    const { body } = await post<{
      dashboard: { topReferralReasons: { reasonKey: string; count: number }[] };
      referralReasons: { key: string; label: { ar: string; en: string } }[];
    }>(
      server,
      `query($p: DashboardPeriod!) {
        dashboard(period: $p) { topReferralReasons { reasonKey count } }
        referralReasons { key label { ar en } } }`,
      { p: period },
      { cookie },
    );
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    const reasons = body.data!.dashboard.topReferralReasons;
    expect(reasons.length).toBeGreaterThan(1);
    // The second reason given most (not merely the first row).
    const reason = reasons[1]!;
    const label = body.data!.referralReasons.find((r) => r.key === reason.reasonKey)!.label;
    // The period's first and last Riyadh days.
    const riyadhDay = (ms: number) => new Date(ms + 3 * 3_600_000).toISOString().slice(0, 10);
    const days = {
      from: riyadhDay(Date.parse(period.from)),
      to: riyadhDay(Date.parse(period.to) - 1),
    };

    const chart = page.locator(testid('chart-reasons'));
    expect(visible(await chart.locator(testid('chart-drill-hint')).innerText())).toContain(
      'اضغط على شريط في الرسم',
    );
    await chart.locator(testid('chart-table-toggle')).click();
    const link = chart
      .locator(`${testid('chart-table')} tbody tr`)
      .nth(1)
      .locator(testid('chart-row-link'));
    expect(visible(await link.innerText())).toBe(label.ar);
    await link.click();
    await page.waitForURL((url) => url.pathname === '/transactions');
    const query = new URL(page.url()).searchParams;
    expect(Object.fromEntries(query)).toEqual({
      ev: 'REFERRED',
      reason: reason.reasonKey,
      evFrom: days.from,
      evTo: days.to,
    });
    // As many transactions as the chart counts referrals (one referral each in the demo data).
    await expect.poll(() => listTotal(page), { timeout: 15_000 }).toBe(reason.count);
    const chip = page.locator(testid('event-filter-chip'));
    expect(visible(await chip.locator(testid('event-filter-what')).innerText())).toBe(
      `أُحيلت بسبب: ${label.ar}`,
    );
    expect(visible(await chip.locator(testid('event-filter-hijri')).innerText())).toMatch(/هـ\)$/);
    expect(visible(await chip.innerText())).not.toMatch(ARABIC_DIGITS);
    await settled(page);
    await screenshot(page, 'transactions-event-filter-ar');
    // On a phone the condition wraps inside the chip, which stays in view with the fields folded.
    const drilled = page.url();
    const phone = await context.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.goto(drilled);
    const phoneChip = phone.locator(testid('event-filter-chip'));
    await phoneChip.waitFor();
    const box = (await phoneChip.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    await settled(phone);
    await screenshot(phone, 'transactions-event-filter-ar-390');
    await phone.close();

    // The export sends the same condition: the file has the transactions the list counts.
    const [download, response] = await Promise.all([
      page.waitForEvent('download'),
      page.waitForResponse((r) => r.url().includes('/api/export/transactions.csv')),
      page.locator(testid('transactions-export')).click(),
    ]);
    expect(response.status()).toBe(200);
    const sent = JSON.parse(new URL(response.url()).searchParams.get('filter')!);
    expect(sent.event).toMatchObject({ kinds: ['REFERRED'], referralReasonKey: reason.reasonKey });
    expect(Date.parse(sent.event.from)).toBe(Date.parse(period.from));
    expect(Date.parse(sent.event.to)).toBe(Date.parse(period.to));
    const records = csvRecords(
      fs
        .readFileSync((await download.path())!)
        .toString('utf8')
        .slice(1),
    );
    expect(records.length - 1).toBe(reason.count);

    // In English, the reason by its English label.
    await page.goto(`${page.url()}&lang=en`);
    await expect.poll(() => listTotal(page), { timeout: 15_000 }).toBe(reason.count);
    expect(visible(await chip.locator(testid('event-filter-what')).innerText())).toBe(
      `Referred for: ${label.en}`,
    );
    expect(visible(await chip.locator(testid('event-filter-hijri')).innerText())).toMatch(/AH\)$/);
    await settled(page);
    await screenshot(page, 'transactions-event-filter-en');

    // Removing the chip removes the whole condition: every transaction again.
    await chip.getByRole('button', { name: 'Remove this condition' }).click();
    await page.waitForURL((url) => ![...url.searchParams.keys()].some((k) => k.startsWith('ev')));
    expect(new URL(page.url()).searchParams.get('reason')).toBeNull();
    await expect.poll(() => listTotal(page), { timeout: 15_000 }).toBeGreaterThan(reason.count);
    expect(await page.locator(testid('event-filter')).count()).toBe(0);
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
