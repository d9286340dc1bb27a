import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, screenshot, testid } from '../support/browser.js';
import { createUser, signInOverHttp } from '../support/graphql.js';
import { startServer, type RunningServer } from '../support/server.js';
import { signInContext } from './accessibility.support.js';

/**
 * The API explorer and the analyst guide in the app's language (issue 16, item 15). An analyst
 * who never chose a language gets both in Arabic, right to left (GraphiQL's code panes left to
 * right), the guide's examples under their Arabic headings; the explorer's switch shows it in
 * English and the app remembers the choice; the guide opened without `?lang=` follows it, and its
 * own switch brings Arabic back, for the explorer too. Nothing breaks the CSP or logs an error.
 */

const ANALYST = { username: 'analyst-lang', password: 'analyst-pass-2024', name: 'عمر المحلل' };
const FIRST_EXAMPLE = 'CSAT by channel by Hijri month, for the last year';
const FIRST_EXAMPLE_AR = 'الرضا (CSAT) بحسب القناة والشهر الهجري، للسنة الماضية';

const htmlLang = (page: Page) =>
  page.evaluate(() => `${document.documentElement.lang} ${document.documentElement.dir}`);
const stored = (page: Page) => page.evaluate(() => localStorage.getItem('masar.locale'));

async function settled(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForTimeout(300);
}

describe('the explorer and the analyst guide follow the app’s language', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    server = await startServer();
    const admin = await signInOverHttp(
      server,
      'admin',
      /with the password (\S+)/.exec(server.output)![1]!,
    );
    await createUser(server, admin, ANALYST, ['ANALYST']);
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1366, height: 860 } });
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI}`);
      });
    });
    await signInContext(context, server, ANALYST);
    page = await context.newPage();
    page.on('console', (msg) => {
      // A refused request is listed below with its address.
      if (msg.type() === 'error' && !msg.text().startsWith('Failed to load resource')) {
        errors.push(msg.text());
      }
    });
    page.on('response', (res) => {
      if (res.status() >= 400) errors.push(`${res.status()} ${res.url()}`);
    });
    page.on('pageerror', (err) => errors.push(err.message));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('opens the explorer in Arabic, right to left, with the guide’s Arabic examples', async () => {
    await page.goto(`${server.url}/explorer`);
    await page.locator('.graphiql-container').waitFor();
    // Arabic; the bar right to left, GraphiQL (code) and so the page left to right.
    expect(await htmlLang(page)).toBe('ar ltr');
    expect(await page.locator('.explorer-bar').getAttribute('dir')).toBe('rtl');
    expect(await page.title()).toBe('مسار — مستكشف الواجهة البرمجية');
    const bar = page.locator('.explorer-bar');
    expect(await bar.locator('h1').innerText()).toContain('مستكشف الواجهة البرمجية');
    expect(await bar.locator('a', { hasText: 'دليل المحلل' }).getAttribute('href')).toBe(
      '/docs/analyst-guide?lang=ar',
    );
    expect(await bar.locator('a', { hasText: 'العودة إلى مسار' }).getAttribute('href')).toBe('/');
    // The bar reads right to left.
    const [barStart, barEnd] = await bar.evaluate((el) => {
      const title = el.querySelector('h1')!.getBoundingClientRect();
      const links = el.querySelector('nav')!.getBoundingClientRect();
      return [title.left, links.left];
    });
    expect(barStart).toBeGreaterThan(barEnd);
    expect(await page.locator('main.explorer__graphiql').getAttribute('dir')).toBe('ltr');
    // Nothing makes the page wider than the window.
    expect(
      await page.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);

    await page.locator(testid('explorer-examples')).click();
    await page.locator('[role="menuitem"]').filter({ hasText: FIRST_EXAMPLE_AR }).waitFor();
    await settled(page);
    await screenshot(page, 'explorer-examples-ar');
    await page.keyboard.press('Escape');
  });

  it('switches the explorer to English, and the app remembers it', async () => {
    await page.locator(testid('explorer-lang')).click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await htmlLang(page)).toBe('en ltr');
    expect(await page.title()).toBe('Masar — API explorer');
    expect(await stored(page)).toBe('en');
    const bar = page.locator('.explorer-bar');
    expect(await bar.locator('a', { hasText: 'Analyst guide' }).getAttribute('href')).toBe(
      '/docs/analyst-guide?lang=en',
    );
    expect(await page.locator(testid('explorer-lang')).innerText()).toBe('العربية');
    await page.locator(testid('explorer-examples')).click();
    await page.locator('[role="menuitem"]').filter({ hasText: FIRST_EXAMPLE }).waitFor();
    await settled(page);
    await screenshot(page, 'explorer-examples-en');
    await page.keyboard.press('Escape');
    // Opened again, the explorer is still in English.
    await page.reload();
    await page.locator('.graphiql-container').waitFor();
    expect(await htmlLang(page)).toBe('en ltr');
  });

  it('shows the analyst guide in the remembered language, and its switch brings Arabic back', async () => {
    await page.goto(`${server.url}/docs/analyst-guide`);
    await page.waitForURL(`${server.url}/docs/analyst-guide?lang=en`);
    expect(await htmlLang(page)).toBe('en ltr');
    expect(await page.locator('h3').first().innerText()).toBe(FIRST_EXAMPLE);
    await settled(page);
    await screenshot(page, 'analyst-guide-en');

    await page.locator(testid('guide-lang')).click();
    await page.waitForURL(`${server.url}/docs/analyst-guide?lang=ar`);
    expect(await htmlLang(page)).toBe('ar rtl');
    expect(await page.locator('h1').innerText()).toBe('مسار للمحللين: واجهة الإحصاءات البرمجية');
    expect(await page.locator('h3').first().innerText()).toBe(FIRST_EXAMPLE_AR);
    // The examples' code reads left to right in the Arabic page.
    expect(
      await page
        .locator('pre')
        .first()
        .evaluate((el) => getComputedStyle(el).direction),
    ).toBe('ltr');
    expect(await stored(page)).toBe('ar');
    await settled(page);
    await screenshot(page, 'analyst-guide-ar');

    await page.goto(`${server.url}/explorer`);
    await page.locator('.graphiql-container').waitFor();
    expect(await htmlLang(page)).toBe('ar ltr');
    expect(await page.locator('.explorer-bar').getAttribute('dir')).toBe('rtl');
    await settled(page);
    await screenshot(page, 'explorer-ar');
  });

  it('broke no CSP rule and logged no error', () => {
    expect(errors).toEqual([]);
  });
});
