import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import path from 'node:path';
import { screenshot, testid } from '../support/browser.js';
import { outputDir } from '../support/server.js';
import { post } from '../support/graphql.js';
import { describeViolations, failingViolations } from './accessibility.support.js';
import {
  figuresShown,
  listTotal,
  settled,
  startDashboardJourney,
  stopDashboardJourney,
  visible,
  type DashboardJourney,
} from './dashboard.support.js';

/**
 * Journey (issue 16 item 12): the app's one date field, on the transactions list's "opened
 * between" filter over the demo data, for a manager in Riyadh. A Hijri day typed (in Arabic-Indic
 * digits in Arabic) is shown day/month/year with its Gregorian day under it, a Gregorian day with
 * its Hijri day; the list then holds exactly the transactions the server counts for those days;
 * a text that is no day says so and changes nothing; the calendar picks a day with the keyboard
 * in either calendar. In Arabic and English, on a wide screen and on a 390-px phone.
 */

/** 1 Jumada I 1448 is 12 October 2026; 15 Jumada II 1448 is 25 November 2026 (Umm al-Qura). */
const HIJRI_FROM = { ar: '١/٥/١٤٤٨ هـ', en: '1448-05-01', iso: '2026-10-12' };
const GREGORIAN_TO = { typed: '25/11/2026', iso: '2026-11-25' };

describe('journey: one date field, either calendar, both shown', () => {
  let j: DashboardJourney;
  let context: BrowserContext;
  let page: Page;
  let expected = 0;

  beforeAll(async () => {
    j = await startDashboardJourney();
    // Days are read where the reader is: Riyadh, as the association's staff.
    context = await j.browser.newContext({
      viewport: { width: 1366, height: 900 },
      timezoneId: 'Asia/Riyadh',
      bypassCSP: true, // axe-core is injected as an inline script
    });
    const at = j.cookie.indexOf('=');
    await context.addCookies([
      { name: j.cookie.slice(0, at), value: j.cookie.slice(at + 1), url: j.server.url },
    ]);
    page = await context.newPage();
    // What the server counts from Riyadh's midnight of the first day to the one after the last.
    const { body } = await post<{ transactions: { totalCount: number } }>(
      j.server,
      `query($f: TransactionFilter) { transactions(filter: $f, first: 1) { totalCount } }`,
      {
        f: {
          openedFrom: '2026-10-11T21:00:00.000Z',
          openedTo: '2026-11-25T21:00:00.000Z',
        },
      },
      { cookie: j.cookie },
    );
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    expected = body.data!.transactions.totalCount;
    expect(expected).toBeGreaterThan(0);
  });
  afterAll(async () => {
    await context?.close();
    await stopDashboardJourney(j);
  });

  const field = (which: 'from' | 'to') => page.locator(testid(`filter-${which}`));
  const fieldText = async (which: 'from' | 'to') =>
    visible(await field(which).locator('input').inputValue());
  const hint = async (which: 'from' | 'to') =>
    visible(await field(which).locator('.v-messages').innerText());

  for (const lang of ['ar', 'en'] as const) {
    it(`filters by a Hijri first day and a Gregorian last day, both calendars shown (${lang})`, async () => {
      await page.goto(`${j.server.url}/transactions?lang=${lang}`);
      const all = await listTotal(page);
      expect(all).toBeGreaterThan(expected);

      await field('from').locator('input').fill(HIJRI_FROM[lang]);
      await field('from').locator('input').press('Tab');
      await field('to').locator('input').fill(GREGORIAN_TO.typed);
      await field('to').locator('input').press('Enter');

      await page.waitForURL(
        (url) =>
          url.searchParams.get('from') === HIJRI_FROM.iso &&
          url.searchParams.get('to') === GREGORIAN_TO.iso,
      );
      await expect.poll(() => listTotal(page), { timeout: 15_000 }).toBe(expected);
      // The Hijri day as typed, in the field's own form, its Gregorian day under it; and back.
      expect(await fieldText('from')).toBe(lang === 'ar' ? '01/05/1448 هـ' : '01/05/1448 AH');
      await expect
        .poll(() => hint('from'))
        .toBe(lang === 'ar' ? '12 أكتوبر 2026' : '12 October 2026');
      expect(await fieldText('to')).toBe('25/11/2026');
      await expect
        .poll(() => hint('to'))
        .toBe(lang === 'ar' ? '15 جمادى الآخرة 1448 هـ' : 'Jumada II 15, 1448 AH');
      await settled(page);
      await screenshot(page, `date-field-filter-${lang}`);

      // A day that does not exist: said under the field, the list unchanged.
      await field('to').locator('input').fill('30/6/1448');
      await field('to').locator('input').press('Enter');
      await field('to')
        .getByText(lang === 'ar' ? 'لا يوجد هذا اليوم في تقويم أم القرى' : 'no such day in the Umm')
        .waitFor();
      expect(new URL(page.url()).searchParams.get('to')).toBe(GREGORIAN_TO.iso);
      expect(await listTotal(page)).toBe(expected);
      await screenshot(page, `date-field-invalid-${lang}`);
      const violations = await failingViolations(page);
      expect(violations, describeViolations(`filters (${lang})`, violations)).toEqual([]);
    });
  }

  it('picks a day from the Hijri calendar with the keyboard alone', async () => {
    await page.goto(`${j.server.url}/transactions?lang=ar&from=${HIJRI_FROM.iso}`);
    await field('from').locator(testid('date-field-open')).focus();
    await page.keyboard.press('Enter');
    const calendar = page.locator(testid('date-calendar'));
    await calendar.waitFor();
    await calendar.locator(testid('date-calendar-hijri')).focus();
    await page.keyboard.press('Enter');
    // The chosen day has the focus, in its Hijri month: the next day is to its left (RTL).
    await page.waitForFunction(
      () => (document.activeElement as HTMLElement | null)?.dataset.day === '2026-10-12',
    );
    expect(visible(await calendar.innerText())).toContain('جمادى الأولى 1448 هـ');
    await settled(page);
    await screenshot(page, 'date-field-calendar-hijri-ar');
    const violations = await failingViolations(page);
    expect(violations, describeViolations('calendar (ar)', violations)).toEqual([]);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    // 2 Jumada I + 7 days = 9 Jumada I 1448 = 20 October 2026.
    await page.waitForURL((url) => url.searchParams.get('from') === '2026-10-20');
    expect(await fieldText('from')).toBe('09/05/1448 هـ');
    await expect.poll(() => hint('from')).toBe('20 أكتوبر 2026');
  });

  it("sets the dashboard's own period with a Hijri first day (ar)", async () => {
    await page.goto(
      `${j.server.url}/dashboard?lang=ar&period=custom&from=${HIJRI_FROM.iso}&to=${GREGORIAN_TO.iso}`,
    );
    expect(await figuresShown(page)).toEqual({
      from: '2026-10-11T21:00:00.000Z',
      to: '2026-11-25T21:00:00.000Z',
    });
    const from = page.locator(testid('period-from'));
    // 1 Jumada II 1448 is 11 November 2026.
    await from.locator('input').fill('١/٦/١٤٤٨');
    await from.locator('input').press('Enter');
    await expect
      .poll(async () => (await figuresShown(page)).from, { timeout: 15_000 })
      .toBe('2026-11-10T21:00:00.000Z');
    expect(visible(await from.locator('input').inputValue())).toBe('01/06/1448 هـ');
    await expect
      .poll(async () => visible(await from.locator('.v-messages').innerText()))
      .toBe('11 نوفمبر 2026');
    await settled(page);
    await page.screenshot({ path: path.join(outputDir, 'date-field-dashboard-ar.png') });
  });

  it('filters the audit log from a Hijri day (en)', async () => {
    await page.goto(`${j.server.url}/admin/audit?lang=en`);
    const from = page.locator(testid('audit-filter-from'));
    await from.locator('input').fill('1448-06-15');
    await from.locator('input').press('Enter');
    await expect
      .poll(async () => visible(await from.locator('.v-messages').innerText()))
      .toBe('25 November 2026');
    expect(await from.locator('input').inputValue()).toBe('15/06/1448 AH');
    await settled(page);
    await page.screenshot({ path: path.join(outputDir, 'date-field-audit-en.png') });
  });

  it('fits a 390-px phone, the calendar too (en)', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${j.server.url}/transactions?lang=en&from=${HIJRI_FROM.iso}`);
    await page.locator(testid('filter-toggle')).click();
    await field('from').locator('input').waitFor();
    await expect.poll(() => hint('from')).toBe('Jumada I 1, 1448 AH');
    await settled(page);
    await page.screenshot({ path: path.join(outputDir, 'date-field-phone-en.png') });
    await field('from').locator(testid('date-field-open')).click();
    const calendar = page.locator(testid('date-calendar'));
    await calendar.waitFor();
    // The menu comes with its first opening (LazyMenu) and places itself once its content is
    // measured: within the screen, its right edge too.
    await expect
      .poll(async () => {
        const box = (await calendar.boundingBox())!;
        return [box.x >= 0, Math.round(box.x + box.width) <= 390];
      })
      .toEqual([true, true]);
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(outputDir, 'date-field-phone-calendar-en.png') });
    await page.keyboard.press('Escape');
  });
});
