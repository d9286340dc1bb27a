import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, screenshot } from '../support/browser.js';
import { createUser, signInOverHttp } from '../support/graphql.js';
import { startServer, type RunningServer } from '../support/server.js';

/**
 * Journey: one support request through the seven handling steps, in Arabic, by the roles the
 * policy names. A beneficiary-relations officer registers the beneficiary and opens the request,
 * completes reception, refers it at verification to the social researcher, who returns it with
 * guidance from the referrals queue; the officer completes verification, records the attestation
 * and submits to the research committee; a committee member defers it for missing documents from
 * the committee queue; the officer returns it; the committee approves; the officer completes the
 * registration and delivers the service: closed. Then an inquiry is opened for the same
 * beneficiary (a second registration is refused as a duplicate and the existing record used) and
 * closed at step 1. Each screen is saved in Arabic and English, the transaction page on a phone.
 */

const STAFF = { username: 'staff1', password: 'staff-pass-2024', name: 'سارة الموظفة' };
const RESEARCHER = { username: 'researcher1', password: 'research-pass-2024', name: 'خالد الباحث' };
const COMMITTEE = { username: 'committee1', password: 'committee-pass-2024', name: 'نورة اللجنة' };
const MANAGER = { username: 'manager1', password: 'manager-pass-2024', name: 'مها المديرة' };

/** A valid Saudi national ID: nine digits and their Luhn check digit. */
function nationalId(firstNine: string): string {
  for (let d = 0; d <= 9; d++) {
    const id = firstNine + d;
    let sum = 0;
    for (let i = 0; i < 10; i++) {
      const digit = Number(id[i]);
      const doubled = digit * 2;
      sum += i % 2 === 0 ? (doubled > 9 ? doubled - 9 : doubled) : digit;
    }
    if (sum % 10 === 0) return id;
  }
  throw new Error('no check digit');
}
const BENEFICIARY = {
  name: 'فاطمة أحمد الزهراني',
  nationalId: nationalId('108765432'),
  mobile: '0551234567',
  city: 'الرياض',
};

const testid = (id: string) => `[data-testid="${id}"]`;

async function settled(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForTimeout(400);
}

async function signIn(
  page: Page,
  server: RunningServer,
  who: { username: string; password: string },
) {
  await page.goto(`${server.url}/sign-in?lang=ar`);
  await page.locator(`${testid('sign-in-login')} input`).fill(who.username);
  await page.locator(`${testid('sign-in-password')} input`).fill(who.password);
  await page.locator(`${testid('sign-in-password')} input`).press('Enter');
  await page.locator(testid('user-menu')).waitFor();
}

async function signOut(page: Page): Promise<void> {
  await page.locator(testid('user-menu')).click();
  await page.locator(testid('sign-out')).click();
  await page.locator(testid('app-sign-in')).waitFor();
}

/** Picks the option showing `text` in the menu of the select marked `id`. */
async function choose(page: Page, id: string, text: string): Promise<void> {
  await page.locator(`${testid(id)} .v-field`).click();
  await page.locator('.v-overlay--active .v-list-item').filter({ hasText: text }).first().click();
  await page.locator('.v-overlay--active .v-list-item').first().waitFor({ state: 'hidden' });
}

/** The transaction page's state: status, current step, the stepper, the timeline's kinds. */
async function pageState(page: Page) {
  return page.evaluate(() => {
    const q = (s: string) => document.querySelector<HTMLElement>(s);
    const steps = Array.from(
      document.querySelectorAll<HTMLElement>('[data-testid="stepper-step"]'),
    );
    return {
      status: q('[data-testid="transaction-header"] [data-testid="transaction-status"]')?.dataset
        .status,
      current: steps.find((s) => s.dataset.state === 'current')?.dataset.step ?? null,
      stepper: Object.fromEntries(steps.map((s) => [s.dataset.step, s.dataset.state])),
      timeline: Array.from(
        document.querySelectorAll<HTMLElement>('[data-testid="timeline-event"]'),
      ).map((e) => e.dataset.kind),
      actions: Array.from(
        document.querySelectorAll<HTMLElement>('[data-testid="action-panel"] [data-action]'),
      ).map((e) => e.dataset.action),
    };
  });
}

/** Waits until the timeline has `count` events (after an action). */
const timelineHas = (page: Page, count: number) =>
  page.waitForFunction(
    (n) => document.querySelectorAll('[data-testid="timeline-event"]').length === n,
    count,
  );

/** Opens an action's dialog, lets `fill` fill it, submits, waits for the timeline to grow. */
async function act(
  page: Page,
  action: string,
  fill: (dialog: string) => Promise<void>,
  shot?: string,
): Promise<void> {
  const before = await page.locator(testid('timeline-event')).count();
  await page.locator(testid(`action-${action}`)).click();
  const dialog = testid(`action-dialog-${action}`);
  await page.locator(dialog).waitFor();
  await fill(dialog);
  if (shot) {
    await settled(page);
    await screenshot(page, shot);
  }
  await page.locator(`${dialog} ${testid('action-submit')}`).click();
  await page.locator(dialog).waitFor({ state: 'detached' });
  await timelineHas(page, before + 1);
}

/** Checks the checklist items of the open dialog: all of them, or the required ones only. */
async function checkItems(page: Page, dialog: string, keys: string[]): Promise<void> {
  for (const key of keys) await page.locator(`${dialog} ${testid(`check-${key}`)} input`).check();
}

describe('journey: a support request from step 1 to step 7, and an inquiry closed at step 1', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let reference = '';

  beforeAll(async () => {
    server = await startServer();
    const printed = /with the password (\S+)/.exec(server.output);
    expect(printed).toBeTruthy();
    const cookie = await signInOverHttp(server, 'admin', printed![1]!);
    await createUser(server, cookie, STAFF, ['STAFF']);
    await createUser(server, cookie, RESEARCHER, ['RESEARCHER']);
    await createUser(server, cookie, COMMITTEE, ['COMMITTEE']);
    await createUser(server, cookie, MANAGER, ['MANAGER']);
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    page = await context.newPage();
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

    await act(page, 'SUBMIT_TO_COMMITTEE', async () => undefined);
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
    await act(page, 'DECIDE', async () => {
      await page.locator(`${testid('decide-APPROVE')} input`).check();
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
      async () => {
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

  it('an inquiry for the same beneficiary: the duplicate is refused, the record reused, closed at step 1', async () => {
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
