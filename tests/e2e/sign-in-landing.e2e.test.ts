import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot } from '../support/browser.js';
import { createUser, signInOverHttp, type TestUser } from '../support/graphql.js';
import { startServer, type RunningServer } from '../support/server.js';
import {
  COMMITTEE,
  MANAGER,
  openSupportRequestOverHttp,
  RESEARCHER,
  settled,
  STAFF,
  testid,
} from './transactions.support.js';

/**
 * Journey (issue 16 item 7): signing in lands each role on its work instead of the public policy
 * page — staff on the transactions, the committee on its queue, a researcher on theirs, a manager
 * on the dashboard, an analyst on the API explorer, an administrator on the users — unless a page
 * sent them to sign in, which they go back to. The explorer is in the drawer of those who may
 * open it.
 */

const ANALYST = { username: 'analyst1', password: 'analyst-pass-2024', name: 'عمر المحلل' };

describe('journey: signing in lands each role on its work', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let adminPassword = '';
  let reference = '';

  /** Signs in through the form at `from` and returns the path it lands on. */
  const signInAt = async (from: string, who: { username: string; password: string }) => {
    await page.goto(`${server.url}${from}`);
    await page.locator(`${testid('sign-in-login')} input`).fill(who.username);
    await page.locator(`${testid('sign-in-password')} input`).fill(who.password);
    await page.locator(`${testid('sign-in-password')} input`).press('Enter');
    await page.waitForURL((url) => url.pathname !== '/sign-in');
    return new URL(page.url()).pathname;
  };
  const signOut = async () => {
    await page.context().clearCookies();
  };

  beforeAll(async () => {
    server = await startServer();
    adminPassword = /with the password (\S+)/.exec(server.output)![1]!;
    const admin = await signInOverHttp(server, 'admin', adminPassword);
    const users: [TestUser, string[]][] = [
      [STAFF, ['STAFF']],
      [RESEARCHER, ['RESEARCHER']],
      [COMMITTEE, ['COMMITTEE']],
      [MANAGER, ['MANAGER']],
      [ANALYST, ['ANALYST']],
    ];
    for (const [user, roles] of users) await createUser(server, admin, user, roles);
    reference = await openSupportRequestOverHttp(server);
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it.each([
    ['staff', STAFF, '/transactions', 'transaction-row'],
    ['committee', COMMITTEE, '/committee', 'committee-total'],
    ['researcher', RESEARCHER, '/referrals', 'referrals-total'],
    ['manager', MANAGER, '/dashboard', 'nav-explorer'],
    ['admin', null, '/admin/users', 'user-row'],
  ] as const)('lands the %s on their work', async (_, who, path, ready) => {
    const landed = await signInAt(
      '/sign-in?lang=ar',
      who ?? { username: 'admin', password: adminPassword },
    );
    expect(landed).toBe(path);
    await page.locator(testid('user-menu')).waitFor();
    await page.locator(testid(ready)).first().waitFor();
    await signOut();
  });

  it('lands the analyst on the API explorer, linked from the drawer of who may open it', async () => {
    expect(await signInAt('/sign-in?lang=ar', ANALYST)).toBe('/explorer');
    // GraphiQL, served by the server, not the app.
    await page.waitForFunction(() => document.title.length > 0);
    expect(await page.locator(testid('user-menu')).count()).toBe(0);

    await page.goto(`${server.url}/satisfaction?lang=ar`);
    const link = page.locator(testid('nav-explorer'));
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe('/explorer');
    await settled(page);
    await screenshot(page, 'nav-explorer-analyst-ar');
    await page.goto(`${server.url}/satisfaction?lang=en`);
    await link.waitFor();
    expect(await link.innerText()).toContain('Statistics API explorer');
    await settled(page);
    await screenshot(page, 'nav-explorer-analyst-en');
    await link.click();
    await page.waitForURL((url) => url.pathname === '/explorer');
    await signOut();
  });

  it('staff do not see the explorer in the drawer', async () => {
    expect(await signInAt('/sign-in?lang=en', STAFF)).toBe('/transactions');
    await page.locator(testid('nav-transactions')).waitFor();
    expect(await page.locator(testid('nav-explorer')).count()).toBe(0);
    await settled(page);
    await screenshot(page, 'landing-staff-en');
    await signOut();
  });

  it('goes back to the page that asked for the sign-in', async () => {
    await page.goto(`${server.url}/transactions/${reference}?lang=ar`);
    await page.waitForURL((url) => url.pathname === '/sign-in');
    // (The app takes `lang` off the address once it has applied it.)
    expect(new URL(page.url()).searchParams.get('redirect')).toBe(`/transactions/${reference}`);
    await page.locator(`${testid('sign-in-login')} input`).fill(COMMITTEE.username);
    await page.locator(`${testid('sign-in-password')} input`).fill(COMMITTEE.password);
    await page.locator(`${testid('sign-in-password')} input`).press('Enter');
    await page.waitForURL((url) => url.pathname === `/transactions/${reference}`);
    await page.locator(testid('timeline-event')).first().waitFor();
    await settled(page);
    await screenshot(page, 'landing-redirect-ar');
    await signOut();
  });

  it('lands the manager on the dashboard, the explorer beside it in the drawer', async () => {
    expect(await signInAt('/sign-in?lang=en', MANAGER)).toBe('/dashboard');
    await page.locator(testid('nav-explorer')).waitFor();
    await settled(page);
    await screenshot(page, 'landing-manager-en');
    await page.goto(`${server.url}/dashboard?lang=ar`);
    await page.locator(testid('nav-explorer')).waitFor();
    await settled(page);
    await screenshot(page, 'landing-manager-ar');
  });
});
