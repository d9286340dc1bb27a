/**
 * What the transaction journeys share (transactions-journey and transactions-lists e2e tests):
 * the users, the beneficiary, signing in and out, the transaction page's state, and taking an
 * action through its dialog.
 */
import { expect } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, screenshot } from '../support/browser.js';
import { createUser, post, signInOverHttp } from '../support/graphql.js';
import { startServer, type RunningServer } from '../support/server.js';

export const STAFF = { username: 'staff1', password: 'staff-pass-2024', name: 'سارة الموظفة' };
export const RESEARCHER = {
  username: 'researcher1',
  password: 'research-pass-2024',
  name: 'خالد الباحث',
};
export const COMMITTEE = {
  username: 'committee1',
  password: 'committee-pass-2024',
  name: 'نورة اللجنة',
};
export const MANAGER = { username: 'manager1', password: 'manager-pass-2024', name: 'مها المديرة' };

/** A valid Saudi national ID: nine digits and their Luhn check digit. */
export function nationalId(firstNine: string): string {
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
export const BENEFICIARY = {
  name: 'فاطمة أحمد الزهراني',
  nationalId: nationalId('108765432'),
  mobile: '0551234567',
  city: 'الرياض',
};

export const testid = (id: string) => `[data-testid="${id}"]`;

export async function settled(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForTimeout(400);
}

export async function signIn(
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

export async function signOut(page: Page): Promise<void> {
  await page.locator(testid('user-menu')).click();
  await page.locator(testid('sign-out')).click();
  await page.locator(testid('app-sign-in')).waitFor();
}

/** Picks the option showing `text` in the menu of the select marked `id`. */
export async function choose(page: Page, id: string, text: string): Promise<void> {
  await page.locator(`${testid(id)} .v-field`).click();
  await page.locator('.v-overlay--active .v-list-item').filter({ hasText: text }).first().click();
  await page.locator('.v-overlay--active .v-list-item').first().waitFor({ state: 'hidden' });
}

/** The transaction page's state: status, current step, the stepper, the timeline's kinds. */
export async function pageState(page: Page) {
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
export const timelineHas = (page: Page, count: number) =>
  page.waitForFunction(
    (n) => document.querySelectorAll('[data-testid="timeline-event"]').length === n,
    count,
  );

/** Opens an action's dialog, lets `fill` fill it, submits, waits for the timeline to grow. */
export async function act(
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
export async function checkItems(page: Page, dialog: string, keys: string[]): Promise<void> {
  for (const key of keys) await page.locator(`${dialog} ${testid(`check-${key}`)} input`).check();
}

/** A server with the four users, and a browser page at 1366×900. */
export async function startJourney(): Promise<{
  server: RunningServer;
  browser: Browser;
  context: BrowserContext;
  page: Page;
}> {
  const server = await startServer();
  const printed = /with the password (\S+)/.exec(server.output);
  expect(printed).toBeTruthy();
  const cookie = await signInOverHttp(server, 'admin', printed![1]!);
  await createUser(server, cookie, STAFF, ['STAFF']);
  await createUser(server, cookie, RESEARCHER, ['RESEARCHER']);
  await createUser(server, cookie, COMMITTEE, ['COMMITTEE']);
  await createUser(server, cookie, MANAGER, ['MANAGER']);
  const browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  return { server, browser, context, page };
}

/** Registers BENEFICIARY over HTTP with `staff`'s session cookie; returns the beneficiary's id. */
export async function registerBeneficiaryOverHttp(
  server: RunningServer,
  staff: string,
): Promise<string> {
  const b = await post<{ beneficiaryCreate: { beneficiary: { id: string } } }>(
    server,
    'mutation($i: BeneficiaryCreateInput!) { beneficiaryCreate(input: $i) { beneficiary { id } errors { code } } }',
    {
      i: {
        fullName: BENEFICIARY.name,
        nationalId: BENEFICIARY.nationalId,
        mobile: BENEFICIARY.mobile,
        city: BENEFICIARY.city,
        gender: 'FEMALE',
        dateOfBirth: '1988-04-12',
      },
    },
    { cookie: staff },
  );
  expect(b.body.errors, JSON.stringify(b.body.errors)).toBeUndefined();
  return b.body.data!.beneficiaryCreate.beneficiary.id;
}

/**
 * Registers BENEFICIARY and opens a support request for them over HTTP, as staff: the data the
 * journey's first step makes in the browser. Returns the request's reference.
 */
export async function openSupportRequestOverHttp(server: RunningServer): Promise<string> {
  const staff = await signInOverHttp(server, STAFF.username, STAFF.password);
  const beneficiaryId = await registerBeneficiaryOverHttp(server, staff);
  const opened = await post<{ transactionOpen: { transaction: { reference: string } } }>(
    server,
    'mutation($i: TransactionOpenInput!) { transactionOpen(input: $i) { transaction { reference } errors { code } } }',
    {
      i: {
        beneficiaryId,
        channelKey: 'IN_PERSON',
        type: 'SUPPORT_REQUEST',
        subject: 'طلب مساعدة في سداد إيجار السكن',
      },
    },
    { cookie: staff },
  );
  expect(opened.body.errors, JSON.stringify(opened.body.errors)).toBeUndefined();
  return opened.body.data!.transactionOpen.transaction.reference;
}

/**
 * Opens an inquiry by phone for `beneficiaryId` and closes it at step 1 over HTTP, as `staff`:
 * the closing issues its survey link. Returns the inquiry's id, reference and the link's token.
 */
export async function closedInquiryOverHttp(
  server: RunningServer,
  staff: string,
  beneficiaryId: string,
  subject = 'استفسار عن الخدمات',
): Promise<{ id: string; reference: string; token: string }> {
  const opened = await post<{
    transactionOpen: { transaction: { id: string; version: number; reference: string } };
  }>(
    server,
    'mutation($i: TransactionOpenInput!) { transactionOpen(input: $i) { transaction { id version reference } } }',
    { i: { beneficiaryId, channelKey: 'PHONE', type: 'INQUIRY', subject } },
    { cookie: staff },
  );
  expect(opened.body.errors, JSON.stringify(opened.body.errors)).toBeUndefined();
  const tx = opened.body.data!.transactionOpen.transaction;
  const closed = await post<{
    transactionCloseInquiry: { errors: unknown[]; surveyInvitation: { token: string } };
  }>(
    server,
    'mutation($i: TransactionCloseInquiryInput!) { transactionCloseInquiry(input: $i) { errors { code } surveyInvitation { token } } }',
    { i: { id: tx.id, expectedVersion: tx.version } },
    { cookie: staff },
  );
  expect(closed.body.errors, JSON.stringify(closed.body.errors)).toBeUndefined();
  expect(closed.body.data!.transactionCloseInquiry.errors).toEqual([]);
  return {
    id: tx.id,
    reference: tx.reference,
    token: closed.body.data!.transactionCloseInquiry.surveyInvitation.token,
  };
}
