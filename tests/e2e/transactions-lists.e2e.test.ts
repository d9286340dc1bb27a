import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { screenshot } from '../support/browser.js';
import type { RunningServer } from '../support/server.js';
import {
  act,
  BENEFICIARY,
  choose,
  MANAGER,
  openSupportRequestOverHttp,
  pageState,
  settled,
  signIn,
  signOut,
  STAFF,
  startJourney,
  testid,
} from './transactions.support.js';

/**
 * After a support request (opened here over HTTP, as the journey's first step does in the
 * browser): an inquiry is opened for the same beneficiary (a second registration is refused as a
 * duplicate and the existing record used) and closed at step 1; the transactions list with its
 * filters kept in the address, and the beneficiary file; the queues for a manager. Screens saved
 * in Arabic and English.
 */
describe('an inquiry closed at step 1, the lists and the beneficiary file', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let reference = '';

  beforeAll(async () => {
    ({ server, browser, context, page } = await startJourney());
    reference = await openSupportRequestOverHttp(server);
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  it('an inquiry for the same beneficiary: the duplicate is refused, the record reused, closed at step 1', async () => {
    await signIn(page, server, STAFF);
    await page.goto(`${server.url}/transactions/new?lang=ar`);
    await page.locator(testid('beneficiary-register')).click();
    await page.locator(`${testid('beneficiary-full-name')} input`).fill('فاطمه احمد');
    await page.locator(`${testid('beneficiary-national-id')} input`).fill(BENEFICIARY.nationalId);
    await page.locator(`${testid('beneficiary-mobile')} input`).fill('0559876543');
    await page.locator(`${testid('beneficiary-city')} input`).fill('جدة');
    await page.locator(`${testid('gender-FEMALE')} input`).check();
    await page.locator(testid('beneficiary-save')).click();
    await page.locator(testid('beneficiary-duplicate')).waitFor();
    expect(await page.locator(testid('beneficiary-duplicate')).innerText()).toContain(
      BENEFICIARY.name,
    );
    await settled(page);
    await screenshot(page, 'beneficiary-duplicate-ar');
    await page.locator(testid('beneficiary-use-existing')).click();
    await page.locator(testid('chosen-beneficiary')).waitFor();

    await choose(page, 'open-channel', 'الاتصالات الهاتفية');
    await page.locator(`${testid('open-type-INQUIRY')} input`).check();
    await page.locator(`${testid('open-subject')} input`).fill('استفسار عن مواعيد صرف الإعانات');
    await page.locator(testid('open-submit')).click();
    await page.waitForURL((url) => url.pathname !== '/transactions/new');
    await page.locator(testid('timeline-event')).first().waitFor();
    const inquiry = new URL(page.url()).pathname.split('/').pop()!;
    expect(inquiry).not.toBe(reference);
    expect((await pageState(page)).actions).toEqual(['CLOSE_INQUIRY', 'REFER', 'WITHDRAW']);

    await act(page, 'CLOSE_INQUIRY', async () => {
      await page
        .locator(`${testid('action-note')} textarea`)
        .first()
        .fill('تُصرف الإعانات في الأسبوع الأول من كل شهر.');
    });
    const state = await pageState(page);
    expect(state.status).toBe('CLOSED');
    expect(state.stepper.RECEPTION).toBe('done');
    expect(state.timeline).toEqual(['OPENED', 'INQUIRY_CLOSED']);
    await settled(page);
    await screenshot(page, 'inquiry-closed-ar');
  });

  it('lists the transactions with filters kept in the address, and the beneficiary file', async () => {
    await page.goto(`${server.url}/transactions?lang=ar`);
    await page.locator(testid('transaction-row')).nth(1).waitFor();
    await page.locator(`${testid('filter-search')} input`).fill('فاطمه');
    await page.waitForURL((url) => url.searchParams.get('q') === 'فاطمه');
    await choose(page, 'filter-type', 'استفسار');
    await page.waitForURL((url) => url.searchParams.get('type') === 'INQUIRY');
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="transaction-row"]').length === 1,
    );
    // A reload keeps the filters.
    await page.reload();
    await page.locator(testid('transaction-row')).first().waitFor();
    expect(await page.locator(testid('transaction-row')).count()).toBe(1);
    expect(await page.locator(`${testid('filter-search')} input`).inputValue()).toBe('فاطمه');
    await settled(page);
    await screenshot(page, 'transactions-filtered-ar');

    await page.goto(`${server.url}/transactions?sort=reference:asc&lang=ar`);
    await page.locator(testid('transaction-row')).nth(1).waitFor();
    const refs = await page
      .locator(testid('transaction-row'))
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-reference')));
    expect(refs[0]).toBe(reference);
    await settled(page);
    await screenshot(page, 'transactions-ar');
    await page.goto(`${server.url}/transactions?lang=en`);
    await page.locator(testid('transaction-row')).nth(1).waitFor();
    await settled(page);
    await screenshot(page, 'transactions-en');

    await page.goto(`${server.url}/transactions/${reference}?lang=ar`);
    await page.locator(testid('beneficiary-link')).click();
    await page.locator(testid('beneficiary-transaction')).nth(1).waitFor();
    expect(await page.locator(testid('beneficiary-name')).innerText()).toBe(BENEFICIARY.name);
    await settled(page);
    await screenshot(page, 'beneficiary-ar');
    await page.goto(`${server.url}/beneficiaries?lang=en`);
    await page.locator(testid('beneficiary-row')).first().waitFor();
    await settled(page);
    await screenshot(page, 'beneficiaries-en');
    await page.goto(`${server.url}/transactions/new?lang=en`);
    await page.locator(`${testid('beneficiary-search')} input`).fill('فاطمة');
    await page.locator(testid('beneficiary-option')).first().waitFor();
    await settled(page);
    await screenshot(page, 'transaction-new-en');
    await page.goto(`${server.url}/policy?lang=ar`);
    await signOut(page);
  });

  it('sends an anonymous visitor to sign in, and opens both queues to a manager', async () => {
    await page.goto(`${server.url}/transactions/${reference}?lang=ar`);
    await page.waitForURL((url) => url.pathname === '/sign-in');
    await signIn(page, server, MANAGER);
    await page.goto(`${server.url}/committee`);
    await page.locator(testid('committee-empty')).waitFor();
    expect(await page.locator(testid('nav-referrals')).isVisible()).toBe(true);
    await signOut(page);
  });
});
