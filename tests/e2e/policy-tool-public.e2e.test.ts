import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot, testid } from '../support/browser.js';
import { startServer, type RunningServer } from '../support/server.js';
import { describeViolations, failingViolations } from './accessibility.support.js';

const settled = async (page: Page) => {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForTimeout(400);
};

/**
 * The policy's tools are the association's public guides and forms (issue 16 item 14): a visitor
 * who is not signed in follows "open the document" from the public policy page and reads the
 * published text, in Arabic and in English (axe-core finds nothing serious), instead of being
 * sent to sign in. The library itself (its other documents, drafts, history) still asks them to
 * sign in.
 */
describe('a visitor opens a tool of the policy without signing in', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    // The app's CSP forbids inline scripts: axe-core is injected as one (accessibility.e2e too).
    const context = await browser.newContext({
      viewport: { width: 1366, height: 900 },
      bypassCSP: true,
    });
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const openTool = async (lang: 'ar' | 'en', key: string) => {
    await page.goto(`${server.url}/policy?lang=${lang}`);
    const tool = page.locator(`${testid('policy-tool')}[data-tool-key="${key}"]`);
    await tool.locator(testid('policy-tool-open')).click();
    await page.waitForURL((url) => url.pathname === `/library/tools/${key}`);
    await page.locator(testid('public-tool-document')).waitFor();
  };

  it('reads the support request form in Arabic, right to left', async () => {
    await openTool('ar', 'SUPPORT_REQUEST_FORM');
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.locator(testid('document-title')).innerText()).toBe('طلب دعم مستفيد');
    const content = page.locator(testid('document-content'));
    expect(await content.innerText()).toContain('رقم الهوية الوطنية');
    expect(await content.getAttribute('dir')).toBe('rtl');
    expect(await page.locator(testid('toc-link')).count()).toBeGreaterThanOrEqual(5);
    // Not the sign-in page, and nothing of the library's internal page (history, files, owner).
    expect(new URL(page.url()).pathname).toBe('/library/tools/SUPPORT_REQUEST_FORM');
    expect(await page.locator('.doc-history, .doc-header').count()).toBe(0);
    await settled(page);
    await screenshot(page, 'policy-tool-public-ar');
    const violations = await failingViolations(page);
    expect(violations, describeViolations('public tool (ar)', violations)).toEqual([]);

    // Back to the policy.
    await page.locator(testid('public-tool-back')).click();
    await page.waitForURL((url) => url.pathname === '/policy');
    await page.locator(testid('policy-tool')).first().waitFor();
  });

  it('reads the bylaws in English, left to right', async () => {
    await openTool('en', 'BYLAWS');
    expect(await page.locator('html').getAttribute('dir')).toBe('ltr');
    const content = page.locator(testid('document-content'));
    expect(await content.getAttribute('dir')).toBe('ltr');
    expect(await content.innerText()).toMatch(/[A-Za-z]{4,}/);
    expect(await page.locator(testid('document-title')).innerText()).toMatch(/bylaws/i);
    await settled(page);
    await screenshot(page, 'policy-tool-public-en');
    const violations = await failingViolations(page);
    expect(violations, describeViolations('public tool (en)', violations)).toEqual([]);
  });

  it('still asks a visitor to sign in for the library itself', async () => {
    await page.goto(`${server.url}/library/support-request-form?lang=en`);
    await page.waitForURL((url) => url.pathname === '/sign-in');
    expect(await page.locator(testid('document-content')).count()).toBe(0);
    // A key the policy does not list: nothing to read.
    await page.goto(`${server.url}/library/tools/NOT_A_TOOL?lang=en`);
    await page.locator(testid('tool-missing')).waitFor();
  });
});
