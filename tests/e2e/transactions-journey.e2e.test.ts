import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { screenshot } from '../support/browser.js';
import type { RunningServer } from '../support/server.js';
import {
  act,
  BENEFICIARY,
  checkItems,
  choose,
  COMMITTEE,
  pageState,
  RESEARCHER,
  settled,
  signIn,
  signOut,
  STAFF,
  startJourney,
  testid,
  timelineHas,
} from './transactions.support.js';

/**
 * Journey: one support request through the seven handling steps, in Arabic, by the roles the
 * policy names. A beneficiary-relations officer registers the beneficiary and opens the request,
 * completes reception, refers it at verification to the social researcher, who returns it with
 * guidance from the referrals queue; the officer completes verification, records the attestation
 * and submits to the research committee; a committee member defers it for missing documents from
 * the committee queue; the officer returns it; the committee approves; the officer completes the
 * registration and delivers the service: closed. Each screen is saved in Arabic and English, the
 * transaction page on a phone. (The inquiry, the lists and the beneficiary file:
 * transactions-lists.e2e.test.ts.)
 */

describe('journey: a support request from step 1 to step 7', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let reference = '';

  beforeAll(async () => {
    ({ server, browser, context, page } = await startJourney());
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const goToTransaction = async (p: Page = page) => {
    await p.goto(`${server.url}/transactions/${reference}`);
    await p.locator(testid('stepper')).waitFor();
    await p.locator(testid('timeline-event')).first().waitFor();
  };

  it('staff registers a beneficiary and opens a support request', async () => {
    await signIn(page, server, STAFF);
    expect(await page.locator(testid('nav-transactions')).isVisible()).toBe(true);
    expect(await page.locator(testid('nav-committee')).count()).toBe(0);
    await page.locator(testid('nav-transactions')).click();
    await page.locator(testid('transactions-empty')).waitFor();
    await settled(page);
    await screenshot(page, 'transactions-empty-ar');

    await page.locator(testid('transaction-new')).click();
    await page.locator(testid('beneficiary-search')).waitFor();
    await page.locator(testid('beneficiary-register')).click();
    const form = testid('beneficiary-dialog');
    await page.locator(form).waitFor();
    await page.locator(`${testid('beneficiary-full-name')} input`).fill(BENEFICIARY.name);
    // A mistyped national ID is flagged while typing (the check digit).
    const wrong =
      BENEFICIARY.nationalId.slice(0, 9) + ((Number(BENEFICIARY.nationalId[9]) + 1) % 10);
    await page.locator(`${testid('beneficiary-national-id')} input`).fill(wrong);
    await page.locator(`${testid('beneficiary-mobile')} input`).fill(BENEFICIARY.mobile);
    await page
      .locator(`${testid('beneficiary-national-id')}`)
      .getByText('رقم التحقق لا يطابق')
      .waitFor();
    expect(await page.locator(testid('beneficiary-save')).isDisabled()).toBe(true);
    await page.locator(`${testid('beneficiary-national-id')} input`).fill(BENEFICIARY.nationalId);
    await page.locator(`${testid('beneficiary-city')} input`).fill(BENEFICIARY.city);
    await page.locator(`${testid('gender-FEMALE')} input`).check();
    await page.locator(`${testid('beneficiary-date-of-birth')} input`).fill('1988-04-12');
    await settled(page);
    await screenshot(page, 'beneficiary-register-ar');
    await page.locator(testid('beneficiary-save')).click();
    await page.locator(testid('chosen-beneficiary')).waitFor();
    expect(await page.locator(testid('chosen-beneficiary')).innerText()).toContain(
      BENEFICIARY.name,
    );

    await choose(page, 'open-channel', 'المقابلة');
    await page.locator(`${testid('open-subject')} input`).fill('طلب مساعدة في سداد إيجار السكن');
    await settled(page);
    await screenshot(page, 'transaction-new-ar');
    await page.locator(testid('open-submit')).click();
    await page.waitForURL(/\/transactions\/MSR-\d{4}-\d{6}$/);
    reference = new URL(page.url()).pathname.split('/').pop()!;
    await page.locator(testid('stepper')).waitFor();
    await page.locator(testid('timeline-event')).first().waitFor();

    const state = await pageState(page);
    expect(state.status).toBe('OPEN');
    expect(state.current).toBe('RECEPTION');
    expect(state.stepper.REFERRAL).toBe('skipped');
    expect(state.timeline).toEqual(['OPENED']);
    // A support request completes reception; it cannot be closed as an inquiry.
    expect(state.actions).toEqual(['COMPLETE_STEP', 'REFER', 'WITHDRAW']);
    // The step's tools link into the policy library.
    expect(await page.locator(testid('tool-BYLAWS')).getAttribute('href')).toBe(
      '/library/tools/BYLAWS',
    );
    await settled(page);
    await screenshot(page, 'transaction-step1-ar');
  });

  it('staff completes reception, then refers the request at verification', async () => {
    await act(
      page,
      'COMPLETE_STEP',
      async (dialog) => {
        await checkItems(page, dialog, ['GREETED_COURTEOUSLY', 'REQUEST_IDENTIFIED']);
        // Two required items unchecked: the step cannot be completed yet.
        expect(await page.locator(`${dialog} ${testid('action-submit')}`).isDisabled()).toBe(true);
        await checkItems(page, dialog, ['QUESTIONS_ANSWERED', 'SUFFICIENT_TIME_GIVEN']);
      },
      'transaction-complete-step-ar',
    );
    let state = await pageState(page);
    expect(state.current).toBe('VERIFICATION');
    expect(state.stepper.RECEPTION).toBe('done');
    expect(state.timeline).toEqual(['OPENED', 'STEP_COMPLETED']);

    await act(
      page,
      'REFER',
      async () => {
        await choose(page, 'refer-researcher', RESEARCHER.name);
        await choose(page, 'refer-reason', 'المستندات المطلوبة غير واضحة');
      },
      'transaction-refer-ar',
    );
    state = await pageState(page);
    expect(state.status).toBe('REFERRED');
    expect(state.current).toBe('REFERRAL');
    expect(state.actions).toEqual(['WITHDRAW']);
    expect(await page.locator(testid('transaction-assignee')).innerText()).toContain(
      RESEARCHER.name,
    );
    await signOut(page);
  });

  it('the researcher finds it in the referrals queue and returns it with guidance', async () => {
    await signIn(page, server, RESEARCHER);
    expect(await page.locator(testid('nav-referrals')).isVisible()).toBe(true);
    await page.locator(testid('nav-referrals')).click();
    const row = page.locator(`${testid('referral-row')}[data-reference="${reference}"]`);
    await row.waitFor();
    expect(await row.locator(testid('referral-reason')).innerText()).toContain(
      'المستندات المطلوبة غير واضحة',
    );
    await settled(page);
    await screenshot(page, 'referrals-ar');
    await page.goto(`${server.url}/referrals?lang=en`);
    await row.waitFor();
    await settled(page);
    await screenshot(page, 'referrals-en');
    await page.goto(`${server.url}/referrals?lang=ar`);
    await row.waitFor();

    await row.locator(testid('referral-return')).click();
    const dialog = testid('action-dialog-RETURN_FROM_REFERRAL');
    await page.locator(dialog).waitFor();
    await page.locator(testid('timeline-event')).first().waitFor();
    await page
      .locator(`${testid('return-guidance')} textarea`)
      .first()
      .fill('شُرحت للمستفيدة المستندات المطلوبة: صورة الهوية وإثبات الدخل وعقد الإيجار.');
    await settled(page);
    await screenshot(page, 'transaction-return-ar');
    await page.locator(`${dialog} ${testid('action-submit')}`).click();
    await page.locator(dialog).waitFor({ state: 'detached' });
    await timelineHas(page, 4);
    const state = await pageState(page);
    expect(state.status).toBe('OPEN');
    expect(state.current).toBe('VERIFICATION');
    expect(state.stepper.REFERRAL).toBe('done');
    expect(state.actions).toEqual([]);
    await signOut(page);
  });

  it('staff completes verification, records the attestation and submits to the committee', async () => {
    await signIn(page, server, STAFF);
    await goToTransaction();
    expect((await pageState(page)).timeline).toEqual([
      'OPENED',
      'STEP_COMPLETED',
      'REFERRED',
      'REFERRAL_RETURNED',
    ]);
    await act(page, 'COMPLETE_STEP', (dialog) =>
      checkItems(page, dialog, [
        'NATIONAL_ID_COPY',
        'VALID_MOBILE',
        'ADDRESS_CITY',
        'FAMILY_MEMBERS',
        'INCOME_PROOF',
      ]),
    );
    expect((await pageState(page)).current).toBe('ATTESTATION');

    await act(
      page,
      'ATTEST',
      async (dialog) => {
        expect(await page.locator(`${dialog} ${testid('attestation-text')}`).innerText()).toContain(
          BENEFICIARY.name,
        );
        expect(await page.locator(`${dialog} ${testid('attest-witness')}`).innerText()).toContain(
          STAFF.name,
        );
        await page.locator(`${testid('attest-confirmed')} input`).check();
      },
      'transaction-attest-ar',
    );
    let state = await pageState(page);
    expect(state.current).toBe('COMMITTEE');
    expect(state.stepper.ATTESTATION).toBe('done');

    await act(page, 'SUBMIT_TO_COMMITTEE', (d) => checkItems(page, d, ['BENEFICIARY_INFORMED']));
    state = await pageState(page);
    expect(state.status).toBe('AWAITING_COMMITTEE');
    expect(
      await page
        .locator(`${testid('transaction-facts')} ${testid('committee-due')}`)
        .getAttribute('data-state'),
    ).toBe('running');
    expect(state.actions).toEqual(['WITHDRAW']);
    await settled(page);
    await screenshot(page, 'transaction-awaiting-committee-ar');
    await signOut(page);
  });

  it('a committee member defers it from the committee queue for missing documents', async () => {
    await signIn(page, server, COMMITTEE);
    await page.locator(testid('nav-committee')).click();
    const row = page.locator(`${testid('committee-row')}[data-reference="${reference}"]`);
    await row.waitFor();
    expect(await row.getAttribute('data-overdue')).toBe('false');
    await settled(page);
    await screenshot(page, 'committee-queue-ar');
    await page.goto(`${server.url}/committee?lang=en`);
    await row.waitFor();
    await settled(page);
    await screenshot(page, 'committee-queue-en');
    await page.goto(`${server.url}/committee?lang=ar`);
    await row.waitFor();

    await row.locator(testid('committee-decide')).click();
    const dialog = testid('action-dialog-DECIDE');
    await page.locator(dialog).waitFor();
    await page.locator(testid('timeline-event')).first().waitFor();
    await page.locator(`${testid('decide-DEFER')} input`).check();
    await page
      .locator(`${testid('decide-reason')} textarea`)
      .first()
      .fill('ينقص الطلب عقد الإيجار ساري المفعول.');
    await settled(page);
    await screenshot(page, 'transaction-decide-ar');
    await page.locator(`${dialog} ${testid('action-submit')}`).click();
    await page.locator(dialog).waitFor({ state: 'detached' });
    await timelineHas(page, 8);
    const state = await pageState(page);
    expect(state.status).toBe('DEFERRED');
    expect(state.actions).toEqual([]);
    expect(
      await page.locator(`${testid('transaction-facts')} ${testid('paused-flag')}`).isVisible(),
    ).toBe(true);
    await signOut(page);
  });

  it('staff returns it to the committee once the documents are in; the committee approves', async () => {
    await signIn(page, server, STAFF);
    await goToTransaction();
    await settled(page);
    await screenshot(page, 'transaction-deferred-ar');
    await act(page, 'RESUME', async () => undefined);
    expect((await pageState(page)).status).toBe('AWAITING_COMMITTEE');
    await signOut(page);

    await signIn(page, server, COMMITTEE);
    await goToTransaction();
    await act(page, 'DECIDE', async (dialog) => {
      await page.locator(`${testid('decide-APPROVE')} input`).check();
      await checkItems(page, dialog, [
        'REQUEST_STUDIED',
        'DECISION_RECORDED',
        'BENEFICIARY_NOTIFIED',
      ]);
      await page
        .locator(`${testid('decide-reason')} textarea`)
        .first()
        .fill('الطلب مستوفٍ للشروط والمستندات مكتملة.');
    });
    const state = await pageState(page);
    expect(state.status).toBe('OPEN');
    expect(state.current).toBe('REGISTRATION');
    expect(state.stepper.COMMITTEE).toBe('done');
    await signOut(page);
  });

  it('staff completes the registration and delivers the service: closed', async () => {
    await signIn(page, server, STAFF);
    await goToTransaction();
    await act(page, 'COMPLETE_STEP', (dialog) =>
      checkItems(page, dialog, ['REQUEST_COMPLETE', 'BENEFICIARY_REGISTERED']),
    );
    expect((await pageState(page)).current).toBe('DELIVERY');
    await act(
      page,
      'DELIVER',
      async (dialog) => {
        await checkItems(page, dialog, ['SERVICE_DELIVERED', 'DELIVERY_RECORDED']);
        await page
          .locator(`${testid('deliver-service')} textarea`)
          .first()
          .fill('صُرفت إعانة إيجار لثلاثة أشهر.');
      },
      'transaction-deliver-ar',
    );
    const state = await pageState(page);
    expect(state.status).toBe('CLOSED');
    expect(state.current).toBeNull();
    expect(Object.values(state.stepper).every((s) => s === 'done')).toBe(true);
    expect(state.actions).toEqual([]);
    expect(state.timeline).toEqual([
      'OPENED',
      'STEP_COMPLETED',
      'REFERRED',
      'REFERRAL_RETURNED',
      'STEP_COMPLETED',
      'ATTESTED',
      'SUBMITTED_TO_COMMITTEE',
      'DEFERRED',
      'RESUMED',
      'APPROVED',
      'STEP_COMPLETED',
      'DELIVERED',
    ]);
    // Closing issues the satisfaction-survey link, shown once with its QR code.
    const link = page.locator(testid('survey-link-url')).first();
    await link.waitFor();
    const surveyUrl = (await link.innerText()).trim();
    expect(surveyUrl).toMatch(new RegExp(`^${server.url}/s/[A-Za-z0-9_-]{32}$`));
    expect(await page.locator(testid('survey-link-qr')).count()).toBeGreaterThan(0);
    await settled(page);
    await screenshot(page, 'transaction-survey-link-ar');
    await page.keyboard.press('Escape');
    await page.locator(testid('survey-panel')).waitFor();
    const survey = await context.newPage();
    await survey.goto(surveyUrl);
    await survey.locator(testid('survey-form')).waitFor();
    await survey.close();
    await settled(page);
    await screenshot(page, 'transaction-closed-ar');
    await page.goto(`${server.url}/transactions/${reference}?lang=en`);
    await page.locator(testid('timeline-event')).nth(11).waitFor();
    await settled(page);
    await screenshot(page, 'transaction-closed-en');

    const phone = await context.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.goto(`${server.url}/transactions/${reference}?lang=ar`);
    await phone.locator(testid('timeline-event')).nth(11).waitFor();
    await settled(phone);
    await screenshot(phone, 'transaction-closed-ar-390');
    await phone.close();
  });
});
