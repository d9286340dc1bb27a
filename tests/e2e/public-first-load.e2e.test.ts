import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { launchBrowser, screenshot, testid } from '../support/browser.js';
import { createUser, post, signInOverHttp } from '../support/graphql.js';
import { startServer, type RunningServer } from '../support/server.js';

/**
 * Issue 16, item 2: a visitor's first load carries no Apollo Client. The public pages (the
 * policy, the survey, sign-in, a tool's document) ask their data with a plain request
 * (client/src/shared/graphql-request.ts); Apollo Client is fetched with the first page that needs
 * it, after signing in. Then: a signed-in page reads (a query) and changes (a mutation) through
 * it; signing out empties its store, so the next user never sees the last one's data; a session
 * ended on the server ends in the app too.
 */

const ONE = { username: 'tokens1', password: 'tokens-one-2024', name: 'سلمى الأولى' };
const TWO = { username: 'tokens2', password: 'tokens-two-2024', name: 'Tariq Second' };
const FIRST_TOKEN = 'تقرير سلمى الشهري';
const SECOND_TOKEN = 'Tariq weekly export';

/**
 * The scripts the page fetched, by path. Apollo Client is the `apollo` chunk (vite.config.ts
 * names it) and the chunk of plugins/apollo.ts (`apollo-<hash>.js` as well); graphql's own code,
 * which only Apollo needs in the app, the `graphql` chunk.
 */
function watchScripts(page: Page): string[] {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  return scripts;
}
const apolloChunks = (scripts: string[]) =>
  scripts.filter((s) => /\/assets\/(apollo|graphql)-[\w-]+\.js$/.test(s));

async function signIn(page: Page, user: typeof ONE): Promise<void> {
  await page.locator(testid('app-sign-in')).click();
  await page.locator(`${testid('sign-in-login')} input`).fill(user.username);
  await page.locator(`${testid('sign-in-password')} input`).fill(user.password);
  await page.locator(`${testid('sign-in-password')} input`).press('Enter');
  await page.locator(testid('user-menu')).waitFor();
}

async function signOut(page: Page): Promise<void> {
  await page.locator(testid('user-menu')).click();
  await page.locator(testid('sign-out')).click();
  await page.locator(testid('app-sign-in')).waitFor();
}

/** The account's tokens, opened from the drawer (within the app: Apollo's store is kept). */
async function openTokens(page: Page): Promise<void> {
  await page.locator(testid('nav-tokens')).click();
  await page.waitForURL((url) => url.pathname === '/account/tokens');
}

describe('first load of the public pages: no Apollo Client until a page needs it', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    server = await startServer();
    const adminPassword = /with the password (\S+)/.exec(server.output)![1]!;
    const cookie = await signInOverHttp(server, 'admin', adminPassword);
    await createUser(server, cookie, ONE, ['STAFF']);
    await createUser(server, cookie, TWO, ['STAFF']);
    // The second user has a token of their own, made over HTTP.
    const two = await signInOverHttp(server, TWO.username, TWO.password);
    const made = await post<{ apiTokenCreate: { errors: unknown[] } }>(
      server,
      'mutation($i: ApiTokenCreateInput!) { apiTokenCreate(input: $i) { errors { code } } }',
      { i: { name: SECOND_TOKEN } },
      { cookie: two },
    );
    expect(made.body.data?.apiTokenCreate.errors).toEqual([]);
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('loads no Apollo chunk on the policy, the survey, sign-in and a tool’s document', async () => {
    for (const [path, shown] of [
      ['/policy', 'policy'],
      ['/s/not-a-real-token-0000000000000000', 'survey-state-unknown'],
      ['/sign-in', 'sign-in-submit'],
      ['/library/tools/SUPPORT_REQUEST_FORM', 'public-tool-document'],
    ] as const) {
      const visitor = await browser.newPage({ viewport: { width: 390, height: 844 } });
      const scripts = watchScripts(visitor);
      await visitor.goto(`${server.url}${path}`);
      await visitor.locator(testid(shown)).first().waitFor();
      await visitor.waitForLoadState('networkidle');
      expect(scripts.length, path).toBeGreaterThan(0);
      expect(apolloChunks(scripts), path).toEqual([]);
      await visitor.close();
    }
  });

  it('shows the public pages as before, in Arabic and English, on a wide screen and a phone', async () => {
    for (const [name, path, shown] of [
      ['policy', '/policy', 'policy'],
      ['survey-unknown', '/s/not-a-real-token-0000000000000000', 'survey-state-unknown'],
      ['sign-in', '/sign-in', 'sign-in-submit'],
    ] as const) {
      for (const [width, height, suffix] of [
        [1366, 900, ''],
        [390, 844, '-390'],
      ] as const) {
        const visitor = await browser.newPage({ viewport: { width, height } });
        for (const lang of ['ar', 'en']) {
          await visitor.goto(`${server.url}${path}?lang=${lang}`);
          await visitor.locator(testid(shown)).first().waitFor();
          expect(await visitor.locator('html').getAttribute('dir')).toBe(
            lang === 'ar' ? 'rtl' : 'ltr',
          );
          await visitor.evaluate(() => document.fonts.ready.then(() => undefined));
          await visitor.waitForTimeout(350);
          await screenshot(visitor, `first-load-${name}-${lang}${suffix}`);
        }
        await visitor.close();
      }
    }
  });

  it('loads Apollo with the first signed-in page: a query and a mutation work', async () => {
    const scripts = watchScripts(page);
    await page.goto(`${server.url}/policy?lang=ar`);
    await page.locator(testid('policy')).waitFor();
    expect(apolloChunks(scripts)).toEqual([]);

    // Signed in from the policy, back on it: still a public page, still no Apollo.
    await signIn(page, ONE);
    await page.waitForURL((url) => url.pathname === '/policy');
    await page.locator(testid('policy')).waitFor();
    expect(apolloChunks(scripts)).toEqual([]);

    // The first page that needs it brings it.
    await openTokens(page);
    expect(apolloChunks(scripts).length).toBeGreaterThan(0);
    await page.locator(testid('tokens-empty')).waitFor();
    await page.locator(testid('token-create')).first().click();
    await page.locator(`${testid('token-name')} input`).fill(FIRST_TOKEN);
    await page.locator(`${testid('token-name')} input`).press('Enter');
    await page.locator(testid('token-secret')).waitFor();
    await page.locator(testid('token-done')).click();
    await page.locator(testid('token-row')).first().waitFor();
    expect(await page.locator(testid('token-row')).first().innerText()).toContain(FIRST_TOKEN);
  });

  it('shows the next user their own data after a sign-out, never the last one’s', async () => {
    await signOut(page);
    expect(new URL(page.url()).pathname).toBe('/policy');
    // From now on, any sight of the first user's token on the page is recorded.
    await page.evaluate((name) => {
      const w = window as unknown as { sawFirst: boolean };
      w.sawFirst = false;
      new MutationObserver(() => {
        if (document.body.innerText.includes(name)) w.sawFirst = true;
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
    }, FIRST_TOKEN);

    await signIn(page, TWO);
    // The tokens' answer is held back a moment: whatever the page shows meanwhile comes from
    // Apollo's store, which must no longer hold the first user's list.
    const held = async (route: Route) => {
      const body = route.request().postDataJSON() as { operationName?: string } | null;
      if (body?.operationName === 'MyApiTokens') await new Promise((r) => setTimeout(r, 2000));
      await route.continue();
    };
    await page.route('**/graphql', held);
    await openTokens(page);
    await page.locator(testid('token-row')).first().waitFor();
    const rows = await page.locator(testid('token-row')).allInnerTexts();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain(SECOND_TOKEN);
    await page.unroute('**/graphql', held);
    expect(await page.locator(testid('user-menu')).innerText()).toContain(TWO.name);
    expect(await page.evaluate(() => (window as unknown as { sawFirst: boolean }).sawFirst)).toBe(
      false,
    );
    await screenshot(page, 'first-load-second-user-tokens-ar');
  });

  it('ends the session in the app when it ends on the server', async () => {
    // The cookie goes (as when the session expires or is revoked): the next request is refused.
    await context.clearCookies();
    await page.locator(testid('nav-transactions')).click();
    await page.waitForURL((url) => url.pathname === '/sign-in');
    expect(new URL(page.url()).searchParams.get('expired')).toBe('1');
    await page.locator(testid('sign-in-expired')).waitFor();
    expect(await page.locator(testid('user-menu')).count()).toBe(0);
  });
});
