import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, screenshot } from '../support/browser.js';
import { post, signInOverHttp } from '../support/graphql.js';
import { repoRoot, startServer, type RunningServer } from '../support/server.js';

/**
 * Journey: an analyst opens the API explorer (GraphiQL served by Masar at /explorer) with no
 * network but the app's own origin. Signed out, /explorer leads to the sign-in page and back. The
 * analyst reads the schema in the Docs pane, runs the analyst guide's first example over demo
 * data, opens another example in its own tab, downloads a query's list as CSV, sees a refused
 * CSV as a message, reads Arabic names in a result, and, with the session gone, queries with an
 * API token pasted in the headers editor. A staff member gets the "not allowed" page. No request
 * leaves the origin, nothing breaks the Content-Security-Policy, the console stays clean.
 */

const DEMO_PASSWORD = 'demo-pass-2026';
const ANALYST = 'analyst1';
const STAFF = 'staff1';
const FIRST_EXAMPLE = 'CSAT by channel by Hijri month, for the last year';

const testid = (id: string) => `[data-testid="${id}"]`;
const ARABIC = /[\u0600-\u06ff]/;

/** What a page did that it should not: console errors, CSP violations, requests off the origin. */
interface Watch {
  consoleErrors: string[];
  offOrigin: string[];
}

describe('journey: an analyst explores the statistics API offline in GraphiQL', () => {
  let server: RunningServer;
  let dataDir: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let watch: Watch;

  /**
   * A browser context that reaches the app's own origin only (every other request is aborted and
   * recorded), and records console errors and CSP violations of every page it opens.
   */
  async function offlineContext(): Promise<{ context: BrowserContext; watch: Watch }> {
    const origin = new URL(server.url).origin;
    const w: Watch = { consoleErrors: [], offOrigin: [] };
    const ctx = await browser.newContext({
      viewport: { width: 1366, height: 860 },
      acceptDownloads: true,
      locale: 'en-GB',
    });
    await ctx.route('**/*', async (route) => {
      const url = route.request().url();
      if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin) {
        await route.continue();
      } else {
        w.offOrigin.push(url);
        await route.abort('internetdisconnected');
      }
    });
    // Runs in every document before its own scripts (injected by the browser, not by the page,
    // so the policy does not apply to it): the policy's violation reports.
    await ctx.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI}`);
      });
    });
    // This journey reads the explorer in English (the app's language switch, remembered);
    // explorer-language.e2e opens it in Arabic, the default.
    await ctx.addInitScript(() => {
      try {
        if (!localStorage.getItem('masar.locale')) localStorage.setItem('masar.locale', 'en');
      } catch {
        // A document without storage (the browser's own blank page): nothing to remember.
      }
    });
    ctx.on('page', (p) => watchPage(p, w));
    return { context: ctx, watch: w };
  }

  function watchPage(p: Page, w: Watch): void {
    p.on('console', (msg) => {
      if (msg.type() === 'error') w.consoleErrors.push(`${msg.text()} @ ${msg.location().url}`);
    });
    p.on('pageerror', (err) => w.consoleErrors.push(`page error: ${err.message}`));
  }

  /** The text of the CodeMirror editor inside `selector` (GraphiQL's editors). */
  async function editorText(selector: string): Promise<string> {
    return page.locator(`${selector} .CodeMirror`).evaluate((el) => {
      const cm = (el as HTMLElement & { CodeMirror: { getValue(): string } }).CodeMirror;
      return cm.getValue();
    });
  }

  async function setEditorText(selector: string, text: string): Promise<void> {
    await page.locator(`${selector} .CodeMirror`).evaluate((el, value) => {
      const cm = (el as HTMLElement & { CodeMirror: { setValue(v: string): void } }).CodeMirror;
      cm.setValue(value);
    }, text);
  }

  /**
   * Waits until GraphiQL has read the query in the editor (it does 100 ms after a change): the
   * operation it will send is then this one, not the name the editor held before.
   */
  async function queryRead(operationName: string | null): Promise<void> {
    await page.waitForFunction((name) => {
      const el = document.querySelector('.graphiql-query-editor .CodeMirror') as
        (HTMLElement & { CodeMirror: { operationName?: string | null } }) | null;
      return !!el && (el.CodeMirror.operationName ?? null) === name;
    }, operationName);
  }

  /** Writes a query in the editor and waits until GraphiQL has read it. */
  async function writeQuery(text: string): Promise<void> {
    await setEditorText(QUERY_EDITOR, text);
    await queryRead(/^\s*query\s+(\w+)/.exec(text)?.[1] ?? null);
  }

  const QUERY_EDITOR = '.graphiql-query-editor';
  const RESPONSE = '.graphiql-response';
  const VISIBLE_TOOL_EDITOR = '.graphiql-editor-tool .graphiql-editor:not(.hidden)';

  /** Runs the query in the editor and returns the parsed response once it has come. */
  async function run(): Promise<{ data?: Record<string, unknown>; errors?: unknown[] }> {
    await setEditorText(RESPONSE, '');
    await page.locator('button.graphiql-execute-button').click();
    await page.waitForFunction(() => {
      const el = document.querySelector('.graphiql-response .CodeMirror') as
        (HTMLElement & { CodeMirror: { getValue(): string } }) | null;
      return !!el && el.CodeMirror.getValue().trim().startsWith('{');
    });
    return JSON.parse(await editorText(RESPONSE)) as {
      data?: Record<string, unknown>;
      errors?: unknown[];
    };
  }

  async function settled(p: Page): Promise<void> {
    await p.evaluate(() => document.fonts.ready.then(() => undefined));
    await p.waitForTimeout(300);
  }

  beforeAll(async () => {
    // Demo data, written before the server starts: 18 months of transactions and survey answers.
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'masar-e2e-explorer-'));
    execFileSync(
      process.execPath,
      [path.join(repoRoot, 'server/dist/cli/seed-demo.js'), '--transactions', '400', '--seed', '5'],
      { env: { ...process.env, MASAR_DATA_DIR: dataDir, DATABASE_URL: '' }, stdio: 'pipe' },
    );
    server = await startServer({ dataDir });
    browser = await launchBrowser();
    ({ context, watch } = await offlineContext());
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('sends an anonymous visitor to sign in, and back to the explorer after', async () => {
    const response = await page.goto(`${server.url}/explorer`);
    expect(response!.request().redirectedFrom()?.url()).toBe(`${server.url}/explorer`);
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    expect(new URL(page.url()).searchParams.get('redirect')).toBe('/explorer');

    await page.locator(`${testid('sign-in-login')} input`).fill(ANALYST);
    await page.locator(`${testid('sign-in-password')} input`).fill(DEMO_PASSWORD);
    await page.locator(`${testid('sign-in-password')} input`).press('Enter');
    await page.waitForURL(`${server.url}/explorer`);
    await page.locator('.graphiql-container').waitFor();
    expect(await page.title()).toBe('Masar — API explorer');
  });

  it('loads GraphiQL with the first example and the schema in the Docs pane', async () => {
    const bar = page.locator('.explorer-bar');
    expect(await bar.locator('h1').innerText()).toContain('Masar — API explorer');
    expect(await bar.locator('a', { hasText: 'Analyst guide' }).getAttribute('href')).toBe(
      '/docs/analyst-guide?lang=en',
    );
    expect(await bar.locator('a', { hasText: 'Back to Masar' }).getAttribute('href')).toBe('/');
    // The default query is the guide's first example.
    expect(await editorText(QUERY_EDITOR)).toContain('query CsatByChannelByHijriMonth');

    // Docs: the schema, fetched by introspection with the session cookie.
    await page.locator('button[aria-label="Show Documentation Explorer"]').click();
    const docs = page.locator('.graphiql-doc-explorer');
    await docs.locator('a.graphiql-doc-explorer-type-name', { hasText: /^Query$/ }).click();
    const field = docs.locator('a.graphiql-doc-explorer-field-name', {
      hasText: /^transactionStats$/,
    });
    await field.waitFor();
    await field.click();
    expect(await docs.innerText()).toContain('groupBy');
    await settled(page);
    await screenshot(page, 'explorer-docs');
    await page.locator('button[aria-label="Hide Documentation Explorer"]').click();
  });

  it('runs the example "CSAT by channel by Hijri month" from the Examples menu', async () => {
    await page.locator(testid('explorer-examples')).click();
    const items = page.locator('[role="menuitem"]');
    expect(await items.count()).toBeGreaterThanOrEqual(5);
    await settled(page);
    await screenshot(page, 'explorer-examples');
    await items.filter({ hasText: FIRST_EXAMPLE }).click();
    expect(await editorText(QUERY_EDITOR)).toContain('query CsatByChannelByHijriMonth');
    await queryRead('CsatByChannelByHijriMonth');

    const result = await run();
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    const rows = result.data!.satisfactionStats as {
      key: { channel: string; hijriMonth: string };
      figures: { invitations: number };
    }[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0]!.key.hijriMonth).toMatch(/^14\d\d-\d\d$/);
    expect(rows.some((r) => r.figures.invitations > 0)).toBe(true);
    await settled(page);
    await screenshot(page, 'explorer-result');
  });

  it('opens another example in a tab of its own', async () => {
    const tabs = page.locator('.graphiql-tab');
    const before = await tabs.count();
    await page.locator(testid('explorer-examples')).click();
    await page
      .locator('[role="menuitem"]')
      .filter({ hasText: 'How many transactions each channel brought, month by month' })
      .click();
    await page.waitForFunction(
      (n) => document.querySelectorAll('.graphiql-tab').length === n,
      Math.max(before, 1) + 1,
    );
    await expect.poll(() => editorText(QUERY_EDITOR)).toContain('query VolumeByChannelAndMonth');
    await queryRead('VolumeByChannelAndMonth');
    const result = await run();
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    expect((result.data!.transactionStats as unknown[]).length).toBeGreaterThan(0);

    // Back to the first example: its tab, not a new one.
    const count = await tabs.count();
    await page.locator(testid('explorer-examples')).click();
    await page.locator('[role="menuitem"]').filter({ hasText: FIRST_EXAMPLE }).click();
    await expect.poll(() => editorText(QUERY_EDITOR)).toContain('query CsatByChannelByHijriMonth');
    await queryRead('CsatByChannelByHijriMonth');
    expect(await tabs.count()).toBe(count);
  });

  it('downloads the query in the editor as CSV', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator(testid('explorer-csv')).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^satisfactionStats-\d{4}-\d{2}-\d{2}\.csv$/);
    const file = await download.path();
    const text = fs.readFileSync(file, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [header, ...lines] = text.slice(1).trim().split(/\r?\n/);
    expect(header).toBe(
      'key.channel,key.hijriMonth,figures.invitations,figures.responses,figures.responseRate,figures.csat,figures.nps',
    );
    expect(lines.length).toBeGreaterThan(0);
    await expect
      .poll(() => page.locator(testid('explorer-status')).innerText())
      .toContain('Downloaded satisfactionStats-');
  });

  it('shows why a CSV cannot be made instead of downloading', async () => {
    let downloaded = false;
    const onDownload = () => (downloaded = true);
    page.on('download', onDownload);
    const query = await editorText(QUERY_EDITOR);
    await writeQuery('{ satisfactionStats { nope } }');
    await page.locator(testid('explorer-csv')).click();
    const status = page.locator(`${testid('explorer-status')}[role="alert"]`);
    await status.waitFor();
    expect(await status.innerText()).toMatch(
      /^The CSV could not be made \(400\): Cannot query field "nope"/,
    );
    await settled(page);
    await screenshot(page, 'explorer-csv-error');
    page.off('download', onDownload);
    expect(downloaded).toBe(false);
    await writeQuery(query);
    // Editing the query clears the message about the previous one.
    await expect.poll(() => page.locator(testid('explorer-status')).innerText()).toBe('');
    // The browser reports the refused request itself: expected here, not an error of the page.
    watch.consoleErrors = watch.consoleErrors.filter(
      (e) => !/status of 400 .*@ .*\/api\/csv$/.test(e),
    );
  });

  it('shows Arabic names in a result as Arabic text', async () => {
    await page.locator('button.graphiql-tab-add').click();
    await writeQuery(
      'query ChannelNames {\n  channels {\n    key\n    name {\n      ar\n      en\n    }\n  }\n}\n',
    );
    const result = await run();
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    const channels = result.data!.channels as { name: { ar: string } }[];
    expect(channels.length).toBeGreaterThan(0);
    expect(channels.every((c) => ARABIC.test(c.name.ar))).toBe(true);
    // The result pane shows the Arabic letters (in a font that has them, not boxes).
    const shown = await page.locator(`${RESPONSE} .CodeMirror-lines`).innerText();
    expect(shown).toContain(channels[0]!.name.ar);
    const hasArabicFont = await page.evaluate(() =>
      document.fonts.check('16px "IBM Plex Sans Arabic"', 'قناة'),
    );
    expect(hasArabicFont).toBe(true);
    await settled(page);
    await screenshot(page, 'explorer-arabic');
  });

  it('sends an API token pasted in the headers editor, with and without the session', async () => {
    const cookie = await signInOverHttp(server, ANALYST, DEMO_PASSWORD);
    const { body } = await post<{ apiTokenCreate: { token: string | null } }>(
      server,
      'mutation($i: ApiTokenCreateInput!) { apiTokenCreate(input: $i) { token errors { message } } }',
      { i: { name: 'explorer test', expiresInDays: 1 } },
      { cookie },
    );
    const token = body.data!.apiTokenCreate.token!;
    expect(token).toBeTruthy();

    // The session ends; the page stays open. The pasted token signs the requests.
    await context.clearCookies();
    await writeQuery('{ me { username roles } }');
    const anonymous = await run();
    expect(anonymous.data?.me, JSON.stringify(anonymous)).toBeNull();

    await page.locator('.graphiql-editor-tools button', { hasText: 'Headers' }).click();
    await setEditorText(VISIBLE_TOOL_EDITOR, JSON.stringify({ Authorization: `Bearer ${token}` }));
    const withToken = await run();
    expect(withToken.data!.me).toEqual({ username: ANALYST, roles: ['ANALYST'] });

    // The CSV button sends the same headers.
    await writeQuery(
      '{ transactionStats(groupBy: [CHANNEL]) { key { channel } measures { count } } }',
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator(testid('explorer-csv')).click(),
    ]);
    const text = fs.readFileSync(await download.path(), 'utf8');
    expect(text.slice(1).split(/\r?\n/)[0]).toBe('key.channel,measures.count');
    await settled(page);
    await screenshot(page, 'explorer-token');

    // The page itself still needs a signed-in analyst.
    const again = await context.request.get(`${server.url}/explorer`, { maxRedirects: 0 });
    expect(again.status()).toBe(302);
    expect(again.headers().location).toBe('/sign-in?redirect=%2Fexplorer');
  });

  it('tells a staff member the explorer is not for their role', async () => {
    const cookie = await signInOverHttp(server, STAFF, DEMO_PASSWORD);
    const staff = await offlineContext();
    const [name, value] = cookie.split('=') as [string, string];
    await staff.context.addCookies([{ name, value, url: server.url }]);
    const staffPage = await staff.context.newPage();
    const response = await staffPage.goto(`${server.url}/explorer`);
    expect(response!.status()).toBe(403);
    expect(response!.headers()['content-type']).toMatch(/^text\/html/);
    expect(await staffPage.locator('h1').innerText()).toBe(
      'The API explorer is for analysts and managers',
    );
    expect(await staffPage.locator('a', { hasText: 'Back to Masar' }).getAttribute('href')).toBe(
      '/',
    );
    await screenshot(staffPage, 'explorer-forbidden');
    // Only the browser's own report of the 403 itself.
    expect(staff.watch.consoleErrors.filter((e) => !/status of 403/.test(e))).toEqual([]);
    expect(staff.watch.offOrigin).toEqual([]);
    await staff.context.close();
  });

  it('made no request off the origin, broke no CSP rule and logged no error', () => {
    expect(watch.offOrigin).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
  });
});
