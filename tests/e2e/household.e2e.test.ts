import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { screenshot } from '../support/browser.js';
import { signInOverHttp } from '../support/graphql.js';
import type { RunningServer } from '../support/server.js';
import {
  choose,
  nationalId,
  registerBeneficiaryOverHttp,
  settled,
  signIn,
  STAFF,
  startJourney,
  testid,
} from './transactions.support.js';

/**
 * A beneficiary's household (issue 18 item 4) on their page: empty at first; a member added (a
 * wrong check digit refused under its field first, the typed text kept; the date of birth typed
 * in the Hijri calendar); the circumstances recorded (rent, income, expenses, national address),
 * and the server's totals shown. Arabic, English, and a 390-px phone.
 */
describe('household and circumstances on the beneficiary page', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let beneficiaryId: string;

  beforeAll(async () => {
    ({ server, browser, context, page } = await startJourney());
    const cookie = await signInOverHttp(server, STAFF.username, STAFF.password);
    beneficiaryId = await registerBeneficiaryOverHttp(server, cookie);
    await signIn(page, server, STAFF);
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  const field = (id: string) => page.locator(`${testid(id)} input`).first();

  it('adds a member: a wrong check digit is refused under its field, then saved (Arabic)', async () => {
    await page.goto(`${server.url}/beneficiaries/${beneficiaryId}?lang=ar`);
    await page.locator(testid('household-empty')).waitFor();
    await settled(page);
    await screenshot(page, 'household-empty-ar');

    await page.locator(testid('household-add-member')).click();
    await page.locator(testid('household-member-dialog')).waitFor();
    await field('household-member-name').fill('سعد بن أحمد الزهراني');
    await choose(page, 'household-member-relation', 'ابن');
    const id = nationalId('109988776');
    const wrong = id.slice(0, 9) + String((Number(id[9]) + 1) % 10);
    await field('household-member-national-id').fill(wrong);
    await field('household-member-dob').fill('1436-03-15');
    await field('household-member-dob').press('Tab');
    await choose(page, 'household-member-occupation', 'طالب');
    await page.locator(`${testid('member-gender-MALE')} input`).check();
    await page.locator(testid('household-member-save')).click();
    const idField = page.locator(testid('household-member-national-id'));
    await idField.locator('.v-messages__message').filter({ hasText: 'رقم' }).first().waitFor();
    expect(await field('household-member-national-id').inputValue()).toBe(wrong);
    expect(await field('household-member-name').inputValue()).toBe('سعد بن أحمد الزهراني');
    await settled(page);
    await screenshot(page, 'household-member-refused-ar');

    await field('household-member-national-id').fill(id);
    await page.locator(testid('household-member-save')).click();
    await page.locator(testid('household-member-dialog')).waitFor({ state: 'detached' });
    const row = page.locator(testid('household-member'));
    await row.first().waitFor();
    const text = await row.first().innerText();
    expect(text).toContain('سعد بن أحمد الزهراني');
    expect(text).toContain(id);
    // 15 Rabi' al-Awwal 1436 is 6 January 2015.
    expect(text).toContain('2015');
  });

  it('records the circumstances and shows the server’s totals (Arabic)', async () => {
    await page.locator(testid('household-edit-circumstances')).click();
    await page.locator(testid('household-circumstances-dialog')).waitFor();
    await choose(page, 'household-housing', 'إيجار');
    await field('household-rent').fill('2500');
    await field('household-income-SOCIAL_SECURITY').fill('1800');
    await field('household-income-CITIZEN_ACCOUNT').fill('٩٠٠');
    await field('household-expense-FOOD').fill('1500');
    await field('household-expense-UTILITIES').fill('400');
    await field('household-address-buildingNumber').fill('7235');
    await field('household-address-street').fill('شارع الأمير سلطان');
    await field('household-address-district').fill('النسيم');
    await field('household-address-city').fill('الرياض');
    await field('household-address-postalCode').fill('14251');
    await field('household-address-additionalNumber').fill('3120');
    await settled(page);
    await screenshot(page, 'household-circumstances-dialog-ar');
    await page.locator(testid('household-circumstances-save')).click();
    await page.locator(testid('household-circumstances-dialog')).waitFor({ state: 'detached' });
    const totals = page.locator(testid('household-totals'));
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="household-totals"]')?.textContent?.includes('2,700'),
    );
    const shown = await totals.innerText();
    expect(shown).toContain('4,400'); // expenses: 2,500 rent + 1,500 + 400
    expect(shown).toContain('1,350'); // income per person: 2,700 / 2
    expect(await page.locator(testid('household-balance')).innerText()).toContain('عجز');
    expect(await page.locator(testid('household-housing-address')).innerText()).toContain('14251');
    await settled(page);
    await screenshot(page, 'household-card-ar');
  });

  it('reads the same in English', async () => {
    await page.goto(`${server.url}/beneficiaries/${beneficiaryId}?lang=en`);
    await page.locator(testid('household-members')).waitFor();
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="household-totals"]')?.textContent?.includes('2,700'),
    );
    expect(await page.locator(testid('household-card')).innerText()).toContain('Social security');
    await settled(page);
    await screenshot(page, 'household-card-en');
    await page.locator(testid('household-add-member')).click();
    await page.locator(testid('household-member-dialog')).waitFor();
    await settled(page);
    await screenshot(page, 'household-member-dialog-en');
    await page.keyboard.press('Escape');
  });

  it('fits a 390-px phone', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const p = await phone.newPage();
    try {
      await signIn(p, server, STAFF);
      await p.goto(`${server.url}/beneficiaries/${beneficiaryId}?lang=ar`);
      await p.locator(testid('household-members')).waitFor();
      await settled(p);
      const overflow = await p.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await p.locator(testid('household-card')).scrollIntoViewIfNeeded();
      await screenshot(p, 'household-card-phone-ar');
    } finally {
      await phone.close();
    }
  });

  it('edits a member, then removes them after asking (English)', async () => {
    await page.goto(`${server.url}/beneficiaries/${beneficiaryId}?lang=en`);
    await page.locator(testid('household-member-edit')).first().click();
    await page.locator(testid('household-member-dialog')).waitFor();
    expect(await field('household-member-name').inputValue()).toBe('سعد بن أحمد الزهراني');
    await choose(page, 'household-member-occupation', 'Working');
    await page.locator(testid('household-member-save')).click();
    await page.locator(testid('household-member-dialog')).waitFor({ state: 'detached' });
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="household-member"]')?.textContent?.includes('Working'),
    );
    await page.locator(testid('household-member-remove')).first().click();
    await page.locator(testid('confirm-ok')).click();
    await page.locator(testid('household-member')).waitFor({ state: 'detached' });
    const totals = await page.locator(testid('household-totals')).innerText();
    expect(totals).toContain('2,700'); // the income stays; the household is the beneficiary alone
    expect(totals).toMatch(/People in the household\s+1/);
  });
});
