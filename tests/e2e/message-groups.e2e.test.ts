import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { screenshot } from '../support/browser.js';
import { repoRoot, type RunningServer } from '../support/server.js';
import { signInContext } from './accessibility.support.js';
import { rawKeysOn } from './raw-keys.js';
import { openSupportRequestOverHttp, STAFF, startJourney, testid } from './transactions.support.js';

/**
 * The messages come in groups (client/src/locales/groups.ts): a page fetches the shared group
 * and its own, in the language shown; a language switch fetches the page's groups in the other
 * language; a page reached after the switch comes in that language. No screen shows a message
 * key in place of its text, in either language, before or after a switch.
 */

const manifest = JSON.parse(
  fs.readFileSync(path.join(repoRoot, 'client/dist/.vite/manifest.json'), 'utf8'),
) as Record<string, { file: string }>;
/** The built file of each group's chunk → `<locale>/<group>`. */
const groupOfFile = new Map<string, string>(
  Object.entries(manifest).flatMap(([key, chunk]) => {
    const match = /^src\/locales\/messages\/(\w+)\/(\w+)\.js$/.exec(key);
    return match ? [[`/${chunk.file}`, `${match[1]}/${match[2]}`] as const] : [];
  }),
);

/** The groups of messages `page` fetches from now on. */
function watchGroups(page: Page): string[] {
  const fetched: string[] = [];
  page.on('request', (request) => {
    const group = groupOfFile.get(new URL(request.url()).pathname);
    if (group) fetched.push(group);
  });
  return fetched;
}

async function expectNoRawKeys(page: Page, where: string) {
  expect(await rawKeysOn(page), `${where}: message keys shown`).toEqual([]);
}

describe('messages in groups: each page fetches its own, in the language shown', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let reference: string;

  beforeAll(async () => {
    let first: BrowserContext;
    ({ server, browser, context: first } = await startJourney());
    await first.close();
    reference = await openSupportRequestOverHttp(server);
    context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('the public policy fetches the shared and policy groups only; a switch fetches them in English', async () => {
    expect(groupOfFile.size).toBeGreaterThan(20);
    const page = await context.newPage();
    const fetched = watchGroups(page);
    await page.goto(`${server.url}/policy?lang=ar`, { waitUntil: 'networkidle' });
    await page.locator(testid('policy-step')).first().waitFor();
    expect(fetched.sort()).toEqual(['ar/policy', 'ar/shared']);
    await expectNoRawKeys(page, '/policy (ar)');

    fetched.length = 0;
    await page.locator(testid('lang-switch')).click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.waitForLoadState('networkidle');
    expect(fetched.sort()).toEqual(['en/policy', 'en/shared']);
    await expectNoRawKeys(page, '/policy (ar → en)');
    await screenshot(page, 'message-groups-policy-switched-en');

    // A page reached after the switch: its groups in English only.
    fetched.length = 0;
    await page.goto(`${server.url}/sign-in`, { waitUntil: 'networkidle' });
    await page.locator(testid('sign-in-login')).waitFor();
    expect(fetched.sort()).toEqual(['en/errors', 'en/shared', 'en/signIn']);
    await expectNoRawKeys(page, '/sign-in (en)');
    await page.close();
  });

  it('a transaction’s page, switched from English to Arabic and back, shows no key', async () => {
    await signInContext(context, server, STAFF);
    const page = await context.newPage();
    const fetched = watchGroups(page);
    await page.goto(`${server.url}/transactions/${reference}?lang=en`, {
      waitUntil: 'networkidle',
    });
    await page.locator(testid('timeline-event')).first().waitFor();
    expect(fetched.every((g) => g.startsWith('en/'))).toBe(true);
    expect(fetched).toEqual(expect.arrayContaining(['en/shared', 'en/transaction']));
    expect(fetched).not.toContain('en/policyEditor');
    await expectNoRawKeys(page, `/transactions/${reference} (en)`);

    await page.locator(testid('lang-switch')).click();
    await page.waitForFunction(() => document.documentElement.lang === 'ar');
    await page.waitForLoadState('networkidle');
    await expectNoRawKeys(page, `/transactions/${reference} (en → ar)`);
    await screenshot(page, 'message-groups-transaction-switched-ar');

    // Through the app's own links (no reload): the list, in Arabic, with its groups.
    await page.locator(testid('nav-transactions')).first().click();
    await page.waitForURL(/\/transactions$/);
    await page.waitForLoadState('networkidle');
    expect(fetched).toContain('ar/transactionList');
    await expectNoRawKeys(page, '/transactions (ar)');
    await screenshot(page, 'message-groups-transactions-ar');

    await page.locator(testid('lang-switch')).click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.waitForLoadState('networkidle');
    await expectNoRawKeys(page, '/transactions (ar → en)');
    await screenshot(page, 'message-groups-transactions-en');
    await page.close();
  });
});
