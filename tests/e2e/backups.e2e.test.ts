import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot, testid } from '../support/browser.js';
import { post, signInOverHttp } from '../support/graphql.js';
import { startServer, type RunningServer } from '../support/server.js';

/**
 * Journey: the admin checks the backups. The server runs with a daily backup time; it takes the
 * backup due since its start by itself; the admin finds it in the administration menu, in Arabic
 * and English, with both calendars and the schedule.
 */

const ADMIN_PASSWORD = 'Saffron-Harbour-Lantern-71';

async function signIn(page: Page, server: RunningServer) {
  await page.goto(`${server.url}/sign-in`);
  await page.locator(`${testid('sign-in-login')} input`).fill('admin');
  await page.locator(`${testid('sign-in-password')} input`).fill(ADMIN_PASSWORD);
  await page.locator(`${testid('sign-in-password')} input`).press('Enter');
  await page.locator(testid('user-menu')).waitFor();
}

describe('journey: the admin reads the last backup and the schedule', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startServer({
      env: { MASAR_ADMIN_PASSWORD: ADMIN_PASSWORD, MASAR_BACKUP_TIME: '02:30' },
    });
    // The scheduled backup the server takes shortly after its start.
    const cookie = await signInOverHttp(server, 'admin', ADMIN_PASSWORD);
    for (let i = 0; i < 150; i++) {
      const { body } = await post<{ backupStatus: { lastRun: { status: string } | null } }>(
        server,
        '{ backupStatus { lastRun { status } } }',
        {},
        { cookie },
      );
      if (body.data?.backupStatus.lastRun?.status === 'OK') break;
      await new Promise((r) => setTimeout(r, 200));
    }
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('opens Backups from the administration menu: the run, both calendars, the schedule', async () => {
    await signIn(page, server);
    await page.goto(`${server.url}/policy?lang=ar`);
    await page.locator(testid('nav-backups')).click();
    await page.waitForURL((url) => url.pathname === '/admin/backups');
    const status = page.locator(testid('backup-status'));
    await status.waitFor();
    expect(await status.getAttribute('data-status')).toBe('OK');
    expect(await status.innerText()).toContain('نجحت');
    // Gregorian and Hijri (Umm al-Qura) dates of the run.
    const run = page.locator(testid('backup-last-run'));
    expect(await run.locator('.date-time__hijri').first().innerText()).toMatch(/هـ/);
    expect(await page.locator(testid('backup-location')).innerText()).toMatch(/masar-\d{4}-/);
    expect(await page.locator(testid('backup-schedule-time')).innerText()).toContain('02:30');
    await screenshot(page, 'backups-ar');

    await page.goto(`${server.url}/admin/backups?lang=en`);
    await page.locator(testid('backup-status')).waitFor();
    expect(await page.locator(testid('backup-status')).innerText()).toContain('Succeeded');
    expect(await page.locator(testid('backup-schedule-time')).innerText()).toBe(
      'Every day at 02:30, Riyadh time.',
    );
    await screenshot(page, 'backups-en');
  });
});
