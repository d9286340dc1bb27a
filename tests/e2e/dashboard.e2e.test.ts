import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, screenshot } from '../support/browser.js';
import { createUser, post, signInOverHttp } from '../support/graphql.js';
import { startServer, type RunningServer } from '../support/server.js';

/**
 * Journey: the manager's dashboard. An officer opens three transactions and closes one; the
 * manager opens /dashboard in Arabic and English, reads the workload cards and the charts, and
 * follows a card to the filtered transaction list.
 */

const STAFF = { username: 'staff-d', password: 'staff-pass-2024', name: 'سارة الموظفة' };
const MANAGER = { username: 'manager-d', password: 'manager-pass-2024', name: 'مها المديرة' };

/** A valid Saudi national ID: nine digits and their Luhn check digit. */
function nationalId(firstNine: string): string {
  for (let d = 0; d <= 9; d++) {
    const id = firstNine + d;
    let sum = 0;
    for (let i = 0; i < 10; i++) {
      const digit = Number(id[i]);
      const doubled = digit * 2;
      sum += i % 2 === 0 ? (doubled > 9 ? doubled - 9 : doubled) : digit;
    }
    if (sum % 10 === 0) return id;
  }
  throw new Error('no check digit');
}

const testid = (id: string) => `[data-testid="${id}"]`;

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

const kpi = async (page: Page, name: string) =>
  (await page.locator(`${testid(`kpi-${name}`)} ${testid('kpi-value')}`).innerText()).trim();

describe('journey: the manager reads the dashboard and follows a figure to its list', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    server = await startServer();
    const adminPassword = /with the password (\S+)/.exec(server.output)![1]!;
    const admin = await signInOverHttp(server, 'admin', adminPassword);
    await createUser(server, admin, STAFF, ['STAFF']);
    await createUser(server, admin, MANAGER, ['MANAGER']);

    const staff = await signInOverHttp(server, STAFF.username, STAFF.password);
    const b = await post<{ beneficiaryCreate: { beneficiary: { id: string } } }>(
      server,
      'mutation($i: BeneficiaryCreateInput!) { beneficiaryCreate(input: $i) { beneficiary { id } errors { code } } }',
      {
        i: {
          fullName: 'فاطمة أحمد الزهراني',
          nationalId: nationalId('108765432'),
          mobile: '0551234567',
          city: 'الرياض',
          gender: 'FEMALE',
        },
      },
      { cookie: staff },
    );
    expect(b.body.errors, JSON.stringify(b.body.errors)).toBeUndefined();
    const beneficiaryId = b.body.data!.beneficiaryCreate.beneficiary.id;

    for (let i = 0; i < 3; i++) {
      const opened = await post<{
        transactionOpen: { transaction: { id: string; version: number } };
      }>(
        server,
        'mutation($i: TransactionOpenInput!) { transactionOpen(input: $i) { transaction { id version } } }',
        {
          i: { beneficiaryId, channelKey: 'PHONE', type: 'INQUIRY', subject: 'استفسار عن الخدمات' },
        },
        { cookie: staff },
      );
      expect(opened.body.errors, JSON.stringify(opened.body.errors)).toBeUndefined();
      if (i === 0) {
        const t = opened.body.data!.transactionOpen.transaction;
        await post(
          server,
          'mutation($i: TransactionTargetInput!) { transactionCloseInquiry(input: $i) { errors { code } } }',
          { i: { id: t.id, expectedVersion: t.version } },
          { cookie: staff },
        );
      }
    }

    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    page = await context.newPage();
    await page.goto(`${server.url}/sign-in?lang=ar`);
    await page.locator(`${testid('sign-in-login')} input`).fill(MANAGER.username);
    await page.locator(`${testid('sign-in-password')} input`).fill(MANAGER.password);
    await page.locator(`${testid('sign-in-password')} input`).press('Enter');
    await page.locator(testid('user-menu')).waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  for (const lang of ['ar', 'en'] as const) {
    it(`shows the workload and the charts (${lang})`, async () => {
      await page.goto(`${server.url}/dashboard?lang=${lang}`);
      await page.locator(testid('kpi-open')).waitFor();
      expect(await page.locator('html').getAttribute('dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
      expect(await kpi(page, 'open')).toBe('2');
      expect(await kpi(page, 'committee-overdue')).toBe('0');
      expect(await kpi(page, 'open-feedback')).toBe('0');
      expect(await page.locator(`${testid('kpi-awaiting-committee')}`).innerText()).toContain(
        lang === 'ar' ? 'بانتظار اللجنة' : 'Awaiting the committee',
      );
      await chartDrawn(page, 'funnel');
      await chartDrawn(page, 'volume');
      await page.locator(testid('nav-dashboard')).waitFor();
      await settled(page);
      await screenshot(page, `dashboard-${lang}`);
    });
  }

  it('follows the awaiting-committee card to the filtered transaction list', async () => {
    await page.locator(testid('kpi-awaiting-committee')).click();
    await page.waitForURL((url) => url.pathname === '/transactions');
    expect(new URL(page.url()).searchParams.get('status')).toBe('AWAITING_COMMITTEE');
  });
});
