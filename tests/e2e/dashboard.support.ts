/**
 * What the dashboard journeys share (dashboard and dashboard-drilldown e2e tests): the demo data
 * (`pnpm seed:demo`: 18 months of transactions, survey links and answers) and the manager signed
 * in, reading the page's figures and charts, the dashboard's figures straight from GraphQL, and
 * the transactions list and CSV files the dashboard leads to.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, testid } from '../support/browser.js';
import { post, signInOverHttp } from '../support/graphql.js';
import { repoRoot, startServer, type RunningServer } from '../support/server.js';

export const DEMO_PASSWORD = 'demo-pass-2026';
export const MANAGER = 'manager1';

/** Text as read: without the invisible bidi marks Intl inserts, spaces collapsed. */
export const visible = (s: string) =>
  s
    .replace(/[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
export const ARABIC_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/;
export const latinDigits = (s: string) =>
  s.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660));

export async function settled(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(400);
}

/** Waits until a chart has drawn its SVG with shapes in it. */
export async function chartDrawn(page: Page, name: string): Promise<void> {
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
export async function figuresShown(page: Page): Promise<{ from: string; to: string }> {
  const content = page.locator(`${testid('dashboard-content')}[aria-busy="false"]`);
  const failed = page.locator(testid('dashboard-error'));
  await content.or(failed).first().waitFor();
  if (await failed.isVisible()) throw new Error(`dashboard failed: ${await failed.innerText()}`);
  const [from, to] = (await content.getAttribute('data-period'))!.split('_') as [string, string];
  return { from, to };
}

export const kpi = async (page: Page, name: string) =>
  visible(await page.locator(`${testid(`kpi-${name}`)} ${testid('kpi-value')}`).innerText());

/** RFC 4180 records (quoted fields may hold commas, quotes and line breaks). */
export function csvRecords(text: string): string[][] {
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

export interface Figures {
  invitations: number;
  responses: number;
  responseRate: number | null;
  csat: number | null;
}
export interface DashboardAnswer {
  dashboard: {
    workload: { open: number };
    satisfaction: Figures;
    satisfactionPrevious: Figures;
    satisfactionTrend: { month: string; figures: Figures }[];
  };
}
export const FIGURES = 'invitations responses responseRate csat';
export const OPEN_STATUSES = 'OPEN,REFERRED,AWAITING_COMMITTEE,DEFERRED';
export interface FunnelStep {
  stepKey: string;
  position: number;
  count: number;
}

/** The transactions list's count ("123 transactions"), in Latin digits. */
export async function listTotal(page: Page): Promise<number> {
  const total = page.locator(testid('transactions-total'));
  await total.waitFor();
  return Number(latinDigits(await total.innerText()).replace(/\D/g, ''));
}

/**
 * The widest bar of the funnel chart, where the page shows it, and the position of its step as
 * the category axis names it ("2. …"): ECharts draws each bar as an SVG path filled in the
 * series' colour, its label on the axis level with it.
 */
export async function widestFunnelBar(
  page: Page,
): Promise<{ x: number; y: number; position: number }> {
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

export interface DashboardJourney {
  server: RunningServer;
  dataDir: string;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  cookie: string;
}

/**
 * Realistic data written before the server starts, as an association trying Masar would; the
 * manager signed in over HTTP (for GraphQL) and in the browser (in Arabic).
 */
export async function startDashboardJourney(): Promise<DashboardJourney> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'masar-e2e-dashboard-'));
  execFileSync(
    process.execPath,
    [path.join(repoRoot, 'server/dist/cli/seed-demo.js'), '--transactions', '1500', '--seed', '3'],
    { env: { ...process.env, MASAR_DATA_DIR: dataDir, DATABASE_URL: '' }, stdio: 'pipe' },
  );
  const server = await startServer({ dataDir });
  const cookie = await signInOverHttp(server, MANAGER, DEMO_PASSWORD);

  const browser = await launchBrowser();
  const context = await browser.newContext({
    viewport: { width: 1366, height: 900 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  await page.goto(`${server.url}/sign-in?lang=ar`);
  await page.locator(`${testid('sign-in-login')} input`).fill(MANAGER);
  await page.locator(`${testid('sign-in-password')} input`).fill(DEMO_PASSWORD);
  await page.locator(`${testid('sign-in-password')} input`).press('Enter');
  await page.locator(testid('user-menu')).waitFor();
  return { server, dataDir, browser, context, page, cookie };
}

export async function stopDashboardJourney(j: DashboardJourney | undefined): Promise<void> {
  await j?.browser.close();
  await j?.server.stop();
  if (j?.dataDir) fs.rmSync(j.dataDir, { recursive: true, force: true });
}

/** The dashboard's figures for a period straight from GraphQL, to compare the page with. */
export async function dashboardFigures(
  server: RunningServer,
  cookie: string,
  period: { from: string; to: string },
) {
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
export async function expectSatisfactionCard(
  page: Page,
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
