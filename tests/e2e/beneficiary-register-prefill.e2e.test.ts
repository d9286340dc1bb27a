import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { screenshot } from '../support/browser.js';
import type { RunningServer } from '../support/server.js';
import {
  nationalId,
  settled,
  signIn,
  STAFF,
  startJourney,
  testid,
} from './transactions.support.js';

/**
 * Registering after a search that found nobody starts from what was searched for (issue 16 item
 * 13): on the beneficiaries page, a national ID searched for is the new record's national ID
 * (Arabic); when opening a transaction, a name searched for is the new record's name (English),
 * and a mobile its mobile. Each registration is saved, so what was filled in is what the server
 * accepted.
 */
describe('registering a beneficiary after a search that found nobody', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ({ server, browser, context, page } = await startJourney());
    await signIn(page, server, STAFF);
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  const field = (id: string) => page.locator(`${testid(id)} input`);

  it('the beneficiaries page: the national ID searched for is filled in (Arabic)', async () => {
    const id = nationalId('112233445');
    await page.goto(`${server.url}/beneficiaries?lang=ar`);
    await page.locator(`${testid('beneficiaries-search')} input`).fill(id);
    await page.locator(testid('beneficiary-register-found-none')).waitFor();
    await settled(page);
    await screenshot(page, 'beneficiaries-found-none-ar');
    await page.locator(testid('beneficiary-register-found-none')).click();
    await page.locator(testid('beneficiary-dialog')).waitFor();
    expect(await field('beneficiary-national-id').inputValue()).toBe(id);
    expect(await field('beneficiary-full-name').inputValue()).toBe('');
    await field('beneficiary-full-name').fill('ليلى حسن العتيبي');
    await field('beneficiary-mobile').fill('0557654321');
    await field('beneficiary-city').fill('الرياض');
    await page.locator(`${testid('gender-FEMALE')} input`).check();
    await settled(page);
    await screenshot(page, 'beneficiary-register-prefill-id-ar');
    await page.locator(testid('beneficiary-save')).click();
    await page.waitForURL(/\/beneficiaries\/\d+/);
    await page.locator(testid('beneficiary-name')).waitFor();
    expect(await page.locator(testid('beneficiary-name')).innerText()).toBe('ليلى حسن العتيبي');

    // Found now: the list shows them, and no registration is offered in its place.
    await page.goto(`${server.url}/beneficiaries?lang=ar&q=${id}`);
    await page.locator(testid('beneficiary-row')).waitFor();
    expect(await page.locator(testid('beneficiary-register-found-none')).count()).toBe(0);
  });

  it('opening a transaction: the name searched for is filled in, then a mobile (English)', async () => {
    await page.goto(`${server.url}/transactions/new?lang=en`);
    await page.locator(`${testid('beneficiary-search')} input`).fill('Omar Saleh');
    await page.locator(testid('beneficiary-none')).waitFor();
    await page.locator(testid('beneficiary-register')).click();
    await page.locator(testid('beneficiary-dialog')).waitFor();
    expect(await field('beneficiary-full-name').inputValue()).toBe('Omar Saleh');
    expect(await field('beneficiary-national-id').inputValue()).toBe('');
    await settled(page);
    await screenshot(page, 'beneficiary-register-prefill-name-en');
    await page.keyboard.press('Escape');
    await page.locator(testid('beneficiary-dialog')).waitFor({ state: 'detached' });

    await page.locator(`${testid('beneficiary-search')} input`).fill('0561112233');
    await page.locator(testid('beneficiary-none')).waitFor();
    await page.waitForFunction(() =>
      document
        .querySelector('[data-testid="beneficiary-none"]')
        ?.textContent?.includes('0561112233'),
    );
    await page.locator(testid('beneficiary-register')).click();
    await page.locator(testid('beneficiary-dialog')).waitFor();
    expect(await field('beneficiary-mobile').inputValue()).toBe('0561112233');
    expect(await field('beneficiary-full-name').inputValue()).toBe('');
    const id = nationalId('212233445');
    await field('beneficiary-full-name').fill('Omar Saleh');
    await field('beneficiary-national-id').fill(id);
    await field('beneficiary-city').fill('Jeddah');
    await page.locator(`${testid('gender-MALE')} input`).check();
    await page.locator(testid('beneficiary-save')).click();
    await page.locator(testid('chosen-beneficiary')).waitFor();
    const chosen = await page.locator(testid('chosen-beneficiary')).innerText();
    expect(chosen).toContain('Omar Saleh');
    expect(chosen).toContain(id);
    // Stored in its international form.
    expect(chosen).toContain('561112233');
    await settled(page);
    await screenshot(page, 'beneficiary-register-prefill-chosen-en');
  });
});
