import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, screenshot } from '../support/browser.js';
import { createUser, post, signInOverHttp } from '../support/graphql.js';
import { outputDir, startServer, type RunningServer } from '../support/server.js';

/**
 * Journey: accounts and roles. The first start prints the generated admin password; the admin
 * creates a manager and an analyst over GraphQL; then, in Chromium, each signs in through the UI
 * and sees only what their roles open: the manager reads the audit log, the analyst is kept out
 * of it and creates an API token (shown once), the admin manages users.
 */

const MANAGER = { username: 'manager1', password: 'manager-pass-2024', name: 'مها المدير' };
const ANALYST = { username: 'analyst1', password: 'analyst-pass-2024', name: 'Omar Analyst' };

const testid = (id: string) => `[data-testid="${id}"]`;

/** Fonts loaded and no animation running: screenshots show what a person would see. */
async function settled(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForTimeout(350);
}

async function signInThroughUi(page: Page, server: RunningServer, login: string, password: string) {
  await page.goto(`${server.url}/sign-in`);
  await page.locator(`${testid('sign-in-login')} input`).fill(login);
  await page.locator(`${testid('sign-in-password')} input`).fill(password);
  await page.locator(`${testid('sign-in-password')} input`).press('Enter');
  await page.waitForURL((url) => url.pathname !== '/sign-in');
  // An analyst lands on the API explorer, a page of the server: back to the app.
  if (new URL(page.url()).pathname === '/explorer') await page.goto(`${server.url}/policy`);
  await page.locator(testid('user-menu')).waitFor();
}

/** Waits until the address is this path (a `?redirect=/path` does not count). */
const atPath = (page: Page, path: string) => page.waitForURL((url) => url.pathname === path);

async function signOutThroughUi(page: Page): Promise<void> {
  await page.locator(testid('user-menu')).click();
  await page.locator(testid('sign-out')).click();
  await page.locator(testid('app-sign-in')).waitFor();
}

describe('journey: each role signs in and sees only what it may open', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let adminPassword: string;

  beforeAll(async () => {
    server = await startServer();
    const printed = /with the password (\S+)/.exec(server.output);
    expect(printed, 'the first start prints the generated admin password').toBeTruthy();
    adminPassword = printed![1]!;

    const cookie = await signInOverHttp(server, 'admin', adminPassword);
    await createUser(server, cookie, MANAGER, ['MANAGER']);
    await createUser(server, cookie, ANALYST, ['ANALYST']);

    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows the sign-in page in Arabic and English, on a wide screen and a phone', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    for (const [p, suffix] of [
      [page, ''],
      [phone, '-390'],
    ] as const) {
      await p.goto(`${server.url}/sign-in?lang=ar`);
      await p.locator(testid('sign-in-submit')).waitFor();
      expect(await p.locator('html').getAttribute('dir')).toBe('rtl');
      expect(await p.locator(testid('sign-in-submit')).innerText()).toContain('دخول');
      // Anonymous: the drawer offers the policy only.
      expect(await p.locator(testid('nav-users')).count()).toBe(0);
      await settled(p);
      await screenshot(p, `sign-in-ar${suffix}`);

      await p.goto(`${server.url}/sign-in?lang=en`);
      await p.locator(testid('sign-in-submit')).waitFor();
      expect(await p.locator('html').getAttribute('dir')).toBe('ltr');
      await settled(p);
      await screenshot(p, `sign-in-en${suffix}`);
    }

    // A visitor on a phone finds the sign-in button in the app bar, beside the language switch.
    await phone.goto(`${server.url}/policy?lang=ar`);
    await phone.locator(testid('app-sign-in')).waitFor();
    await settled(phone);
    await phone.screenshot({ path: path.join(outputDir, 'app-bar-anonymous-ar-390.png') });
    await phone.locator(testid('app-sign-in')).click();
    await atPath(phone, '/sign-in');
    expect(new URL(phone.url()).searchParams.get('redirect')).toBe('/policy');
    await phone.close();
  });

  it('says clearly when the username or password is wrong', async () => {
    await page.goto(`${server.url}/sign-in?lang=en`);
    await page.locator(`${testid('sign-in-login')} input`).fill('nobody-here');
    await page.locator(`${testid('sign-in-password')} input`).fill('wrong-password-1');
    await page.locator(testid('sign-in-submit')).click();
    await page.locator(testid('sign-in-error')).waitFor();
    expect(await page.locator(testid('sign-in-error')).innerText()).toContain(
      'Wrong username or password',
    );
    await settled(page);
    await screenshot(page, 'sign-in-error-en');
  });

  it('sends an anonymous visitor of a protected page to sign in, then back to it', async () => {
    await page.goto(`${server.url}/admin/audit`);
    await atPath(page, '/sign-in');
    expect(new URL(page.url()).searchParams.get('redirect')).toBe('/admin/audit');
    await page.locator(`${testid('sign-in-login')} input`).fill(MANAGER.username);
    await page.locator(`${testid('sign-in-password')} input`).fill(MANAGER.password);
    await page.locator(`${testid('sign-in-password')} input`).press('Enter');
    await atPath(page, '/admin/audit');
    await page.locator(testid('audit-row')).first().waitFor();
    await signOutThroughUi(page);
  });

  it('lets the manager read the audit log, but not the users', async () => {
    await signInThroughUi(page, server, MANAGER.username, MANAGER.password);
    await expect(page.locator(testid('nav-audit')).isVisible()).resolves.toBe(true);
    expect(await page.locator(testid('nav-users')).count()).toBe(0);
    expect(await page.locator(testid('nav-policy')).count()).toBe(1);

    await page.locator(testid('nav-audit')).click();
    await atPath(page, '/admin/audit');
    await page.locator(testid('audit-row')).first().waitFor();
    const creations = page.locator(`${testid('audit-row')}[data-action="user.create"]`);
    expect(await creations.count()).toBeGreaterThanOrEqual(3); // admin, manager, analyst

    // Newest first: the analyst was created last. Its details show the values after.
    await creations.first().locator(testid('audit-expand')).click();
    const after = page.locator(testid('audit-after')).first();
    await after.waitFor();
    expect(await after.innerText()).toContain(ANALYST.username);

    // Filtered by actor: `system` made one change, the first admin's creation.
    await page.locator(`${testid('audit-filter-actor')} input`).fill('system');
    await page.waitForFunction(() => {
      const rows = Array.from(document.querySelectorAll('[data-testid="audit-row"]'));
      return rows.length === 1 && rows[0]!.getAttribute('data-action') === 'user.create';
    });
    await page.locator(`${testid('audit-filter-clear')}`).click();
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="audit-row"]').length > 1,
    );

    // The same, in Arabic, with the newest user creation opened.
    await page.goto(`${server.url}/admin/audit?lang=ar`);
    await page.locator(testid('audit-row')).first().waitFor();
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    await creations.first().locator(testid('audit-expand')).click();
    await page.locator(testid('audit-after')).first().waitFor();
    await settled(page);
    await screenshot(page, 'audit-ar');

    await page.goto(`${server.url}/admin/audit?lang=en`);
    await page.locator(testid('audit-row')).first().waitFor();
    await page
      .locator(`${testid('audit-row')}[data-action="user.create"]`)
      .first()
      .locator(testid('audit-expand'))
      .click();
    await page.locator(testid('audit-after')).first().waitFor();
    await settled(page);
    await screenshot(page, 'audit-en');

    // The user menu: name, roles, tokens, sign-out.
    await page.locator(testid('user-menu')).click();
    await page.locator(testid('sign-out')).waitFor();
    expect(await page.locator(testid('user-menu-card')).innerText()).toContain('Manager');
    await settled(page);
    await screenshot(page, 'user-menu-en');
    // Esc closes the menu.
    await page.keyboard.press('Escape');
    await page.locator(testid('user-menu-card')).waitFor({ state: 'hidden' });

    await signOutThroughUi(page);
    expect(await page.locator(testid('nav-audit')).count()).toBe(0);
  });

  it('keeps the analyst out of the audit log and the users, and shows a token once', async () => {
    await page.goto(`${server.url}/policy?lang=ar`);
    await signInThroughUi(page, server, ANALYST.username, ANALYST.password);
    expect(await page.locator(testid('nav-audit')).count()).toBe(0);
    expect(await page.locator(testid('nav-users')).count()).toBe(0);
    await expect(page.locator(testid('nav-tokens')).isVisible()).resolves.toBe(true);

    // Opening the audit log directly: the not-allowed page, at the same address.
    await page.goto(`${server.url}/admin/audit`);
    await page.locator(testid('forbidden')).waitFor();
    expect(new URL(page.url()).pathname).toBe('/admin/audit');
    await settled(page);
    await screenshot(page, 'forbidden-ar');

    // A token, created in the UI: its secret is shown this once.
    await page.locator(testid('nav-tokens')).click();
    await atPath(page, '/account/tokens');
    await page.locator(testid('tokens-empty')).waitFor();
    const secret = await createToken(page, 'تقرير شهري', 'tokens-form-ar');
    await settled(page);
    await screenshot(page, 'tokens-ar');

    await page.locator(testid('token-done')).click();
    await page.locator(testid('token-secret')).waitFor({ state: 'detached' });
    expect(await page.content()).not.toContain(secret);
    const row = page.locator(testid('token-row')).first();
    await row.waitFor();
    expect(await row.innerText()).toContain(secret.slice(0, 10));
    expect(await row.getAttribute('data-status')).toBe('active');

    // The token works as a bearer token, for the analyst.
    const { body } = await post<{ me: { username: string } }>(
      server,
      '{ me { username roles } }',
      {},
      { authorization: `Bearer ${secret}` },
    );
    expect(body.data?.me.username).toBe(ANALYST.username);

    // English, with a second token.
    await page.goto(`${server.url}/account/tokens?lang=en`);
    await page.locator(testid('token-row')).first().waitFor();
    const second = await createToken(page, 'monthly report script');
    expect(second).not.toBe(secret);
    await settled(page);
    await screenshot(page, 'tokens-en');
    await page.keyboard.press('Escape');
    await page.locator(testid('token-secret')).waitFor({ state: 'detached' });
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="token-row"]').length === 2,
    );
    await settled(page);
    await screenshot(page, 'tokens-list-en');

    const phone = await context.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.goto(`${server.url}/account/tokens`);
    await phone.locator(testid('token-row')).first().waitFor();
    await settled(phone);
    await screenshot(phone, 'tokens-en-390');
    await phone.close();

    await signOutThroughUi(page);
  });

  it('shows the admin the users, and creates one with a generated password', async () => {
    await page.goto(`${server.url}/policy?lang=ar`);
    await signInThroughUi(page, server, 'admin', adminPassword);
    await expect(page.locator(testid('nav-users')).isVisible()).resolves.toBe(true);
    await expect(page.locator(testid('nav-audit')).isVisible()).resolves.toBe(true);

    await page.locator(testid('nav-users')).click();
    await atPath(page, '/admin/users');
    await page.locator(testid('user-row')).first().waitFor();
    const usernames = await page
      .locator(testid('user-row'))
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-username')));
    expect(usernames).toEqual(['admin', MANAGER.username, ANALYST.username]);
    expect(await page.locator(testid('users-total')).innerText()).toContain('3');
    await settled(page);
    await screenshot(page, 'users-ar');
    // A row's menu, fetched with the first click.
    const adminRow = page.locator(`${testid('user-row')}[data-username="admin"]`);
    await adminRow.locator(testid('user-actions')).click();
    await page.locator(`.v-overlay--active ${testid('user-deactivate')}`).waitFor();
    await settled(page);
    await screenshot(page, 'users-row-menu-ar');
    await page.keyboard.press('Escape');
    await page.locator(`.v-overlay--active ${testid('user-deactivate')}`).waitFor({
      state: 'detached',
    });

    // A new user through the UI, without a password: the generated one is shown once.
    await page.goto(`${server.url}/admin/users?lang=en`);
    await page.locator(testid('user-row')).first().waitFor();
    await page.locator(testid('user-create')).click();
    await page.locator(`${testid('user-username')} input`).fill('staff1');
    await page.locator(`${testid('user-display-name')} input`).fill('Sara Staff');
    await page.locator(testid('user-roles')).click();
    await page.locator('.v-overlay--active [data-role="STAFF"]').click();
    await page.locator('.v-overlay--active [data-role="RESEARCHER"]').click();
    await page.keyboard.press('Escape');
    await settled(page);
    await screenshot(page, 'users-form-en');
    await page.locator(testid('user-save')).click();
    const generated = page.locator(testid('generated-password'));
    await generated.waitFor();
    expect((await generated.inputValue()).length).toBeGreaterThanOrEqual(10);
    await settled(page);
    await screenshot(page, 'users-password-en');
    await page.locator(testid('password-done')).click();
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="user-row"]').length === 4,
    );

    // The same username again: the server's USERNAME_TAKEN lands under the username field.
    await page.locator(testid('user-create')).click();
    await page.locator(`${testid('user-username')} input`).fill('staff1');
    await page.locator(`${testid('user-display-name')} input`).fill('Another');
    await page.locator(testid('user-roles')).click();
    await page.locator('.v-overlay--active [data-role="ANALYST"]').click();
    await page.keyboard.press('Escape');
    await page.locator(testid('user-save')).click();
    await page
      .locator(testid('user-username'))
      .getByText('This username is already taken.')
      .waitFor();
    await page.keyboard.press('Escape');
    await page.locator(testid('user-dialog')).waitFor({ state: 'detached' });

    // The new user's menu: Edit opens the form with their details; opened again, Esc closes it.
    const row = page.locator(`${testid('user-row')}[data-username="staff1"]`);
    await row.locator(testid('user-actions')).click();
    await page.locator(`.v-overlay--active ${testid('user-edit')}`).click();
    await page.locator(testid('user-dialog')).waitFor();
    expect(await page.locator(`${testid('user-display-name')} input`).inputValue()).toBe(
      'Sara Staff',
    );
    await page.keyboard.press('Escape');
    await page.locator(testid('user-dialog')).waitFor({ state: 'detached' });
    await row.locator(testid('user-actions')).click();
    await page.locator(`.v-overlay--active ${testid('user-reset')}`).waitFor();
    expect(await row.locator(testid('user-actions')).getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Escape');
    await page.locator(`.v-overlay--active ${testid('user-reset')}`).waitFor({ state: 'detached' });

    await settled(page);
    await screenshot(page, 'users-en');

    const phone = await context.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.goto(`${server.url}/admin/users?lang=ar`);
    await phone.locator(testid('user-row')).first().waitFor();
    await settled(phone);
    await screenshot(phone, 'users-ar-390');
    await phone.goto(`${server.url}/admin/audit`);
    await phone.locator(testid('audit-row')).first().waitFor();
    await settled(phone);
    await screenshot(phone, 'audit-ar-390');
    await phone.close();
  });
});

/**
 * Opens the new-token dialog, creates a token named `name` (saving a screenshot of the filled
 * form when `formShot` is given), returns the secret shown.
 */
async function createToken(page: Page, name: string, formShot?: string): Promise<string> {
  await page.locator(testid('token-create')).first().click();
  const nameInput = page.locator(`${testid('token-name')} input`);
  await nameInput.waitFor();
  // The dialog focuses its first field.
  await page.waitForFunction(
    () => document.activeElement?.closest('[data-testid="token-name"]') !== null,
  );
  await nameInput.fill(name);
  if (formShot) {
    await settled(page);
    await screenshot(page, formShot);
  }
  await nameInput.press('Enter');
  const secret = page.locator(testid('token-secret'));
  await secret.waitFor();
  const value = await secret.inputValue();
  expect(value).toMatch(/^msr_/);
  expect(await page.locator(testid('token-once-note')).isVisible()).toBe(true);
  return value;
}
