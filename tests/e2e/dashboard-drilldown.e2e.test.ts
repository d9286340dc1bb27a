import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { screenshot, testid } from '../support/browser.js';
import { post } from '../support/graphql.js';
import type { RunningServer } from '../support/server.js';
import {
  ARABIC_DIGITS,
  chartDrawn,
  csvRecords,
  figuresShown,
  type FunnelStep,
  listTotal,
  OPEN_STATUSES,
  settled,
  visible,
  widestFunnelBar,
  startDashboardJourney,
  stopDashboardJourney,
  type DashboardJourney,
} from './dashboard.support.js';

/**
 * Journey: the dashboard's drill-down over realistic data (`pnpm seed:demo`). The manager follows
 * a bar of the open-transactions funnel (a click on the chart, and the link in its table) to the
 * transactions at that step, a month and a channel of the volume to their transactions (for a
 * reader in Riyadh), and a referral reason to the transactions referred for it (the list's event
 * condition, named on a chip, exported with it); the tables' links read in Arabic.
 */
describe("journey: the dashboard's charts lead to the transactions they count", () => {
  let journey: DashboardJourney | undefined;
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let cookie: string;

  beforeAll(async () => {
    journey = await startDashboardJourney();
    ({ server, browser, context, page, cookie } = journey);
  });
  afterAll(() => stopDashboardJourney(journey));

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
});
