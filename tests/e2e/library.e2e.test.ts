import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot } from '../support/browser.js';
import { createUser, signInOverHttp } from '../support/graphql.js';
import { startServer, type RunningServer } from '../support/server.js';

/**
 * Journey: a beneficiary-relations officer consults the policy's tools. Signed in, they search
 * the library in Arabic typed without diacritics or hamza, open the result, jump through its
 * table of contents, open a tool from the policy page, and read it in English; the page prints
 * alone (no app bar or drawer).
 */

const ADMIN_PASSWORD = 'Library-Harbour-Lantern-2026';
const STAFF = { username: 'officer1', password: 'officer-pass-2026', name: 'نورة الموظفة' };
const testid = (id: string) => `[data-testid="${id}"]`;

async function settled(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForTimeout(400);
}

describe('journey: an officer finds a policy tool by an Arabic search and reads it', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startServer({ env: { MASAR_ADMIN_PASSWORD: ADMIN_PASSWORD } });
    const cookie = await signInOverHttp(server, 'admin', ADMIN_PASSWORD);
    await createUser(server, cookie, STAFF, ['STAFF']);
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await page.goto(`${server.url}/sign-in?lang=ar`);
    await page.locator(`${testid('sign-in-login')} input`).fill(STAFF.username);
    await page.locator(`${testid('sign-in-password')} input`).fill(STAFF.password);
    await page.locator(`${testid('sign-in-password')} input`).press('Enter');
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('searches in Arabic without diacritics or hamza and ranks the support policy guide first', async () => {
    await page.goto(`${server.url}/library`);
    await page.locator(testid('library-document')).first().waitFor();
    expect(await page.locator(testid('library-document')).count()).toBe(4);
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    await settled(page);
    await screenshot(page, 'library-index-ar');

    await page.locator(`${testid('library-search')} input`).fill('دليل سياسه الدعم');
    const first = page.locator(testid('search-hit')).first();
    await first.waitFor();
    expect(await first.getAttribute('data-slug')).toBe('support-policy-guide');
    expect(await first.locator('mark').count()).toBeGreaterThan(0);
    expect(await first.locator(testid('search-snippet')).innerText()).not.toBe('');
    await settled(page);
    await screenshot(page, 'library-search-ar');
  });

  it('opens the result and jumps through its table of contents', async () => {
    await page.locator(testid('search-hit')).first().click();
    await page.waitForURL(/\/library\/support-policy-guide$/);
    await page.locator(testid('document-content')).waitFor();
    expect(await page.locator(testid('document-title')).innerText()).toBe(
      'دليل سياسة الدعم للمستفيدين',
    );
    const links = page.locator(testid('toc-link'));
    const count = await links.count();
    expect(count).toBeGreaterThanOrEqual(5);
    const anchors: string[] = [];
    for (let i = 0; i < count; i++) anchors.push((await links.nth(i).getAttribute('data-anchor'))!);
    // Every entry of the contents names a heading that exists in the text.
    const missing = await page.evaluate(
      (ids) => ids.filter((id) => !document.getElementById(id)),
      anchors,
    );
    expect(missing).toEqual([]);

    await settled(page);
    await screenshot(page, 'library-document-ar');

    const target = anchors[3]!;
    await links.nth(3).click();
    await page.waitForFunction((id) => decodeURIComponent(location.hash) === `#${id}`, target);
    await page.waitForFunction((id) => {
      const top = document.getElementById(id)!.getBoundingClientRect().top;
      return top >= 0 && top < window.innerHeight / 2;
    }, target);

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header.v-app-bar, .v-app-bar').first().isVisible()).toBe(false);
    expect(await page.locator(testid('document-toc')).isVisible()).toBe(false);
    expect(await page.locator(testid('document-content')).isVisible()).toBe(true);
    await screenshot(page, 'library-document-print-ar');
    await page.emulateMedia({ media: 'screen' });
  });

  it("opens a tool's document from the policy page", async () => {
    await page.goto(`${server.url}/policy`);
    const tool = page.locator(`${testid('policy-tool')}[data-tool-key="SUPPORT_REQUEST_FORM"]`);
    await tool.locator(testid('policy-tool-open')).click();
    await page.waitForURL(/\/library\/support-request-form$/);
    await page.locator(testid('document-content')).waitFor();
    expect(await page.locator(testid('document-content')).innerText()).toContain('الآيبان');
    expect(await page.locator(testid('document-step')).count()).toBe(3);
  });

  it('reads the document and searches in English, left to right', async () => {
    await page.locator(testid('lang-switch')).click();
    await page.waitForFunction(() => document.documentElement.dir === 'ltr');
    await page.locator(testid('document-content')).waitFor();
    expect(await page.locator(testid('document-title')).innerText()).toBe(
      'Beneficiary support request form',
    );
    expect(await page.locator(testid('document-content')).getAttribute('dir')).toBe('ltr');
    await settled(page);
    await screenshot(page, 'library-document-en');

    await page.goto(`${server.url}/library`);
    await page.locator(`${testid('library-search')} input`).fill('home visits');
    const first = page.locator(testid('search-hit')).first();
    await first.waitFor();
    expect(await first.getAttribute('data-slug')).toBe('social-research-guide');
    await settled(page);
    await screenshot(page, 'library-search-en');
  });
});
