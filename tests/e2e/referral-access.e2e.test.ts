import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot } from '../support/browser.js';
import { createUser, post, signInOverHttp } from '../support/graphql.js';
import { startServer, type RunningServer } from '../support/server.js';
import {
  MANAGER,
  openSupportRequestOverHttp,
  pageState,
  RESEARCHER,
  settled,
  signIn,
  signOut,
  STAFF,
  testid,
} from './transactions.support.js';

/**
 * Journey (issue 16 item 5): a referral is returned only by the researcher it was referred to
 * (or a manager). Another researcher opening it, even by the queue's "return" address, is
 * offered nothing; the researcher it belongs to is, and what they type is never lost to a
 * refusal: when a manager returns it while the dialog is open, sending is refused with the
 * conflict, the dialog stays open and the guidance stays as typed.
 */

const OTHER_RESEARCHER = {
  username: 'researcher2',
  password: 'research-pass-2025',
  name: 'ريم الباحثة',
};
const GUIDANCE = 'شرحت للمستفيدة شروط الاستحقاق والمستندات المطلوبة بالتفصيل.';

describe('journey: only the researcher a referral is assigned to may return it', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let reference = '';
  let secondReference = '';

  const gql = async <T>(cookie: string, query: string, variables: Record<string, unknown>) => {
    const { body } = await post<T>(server, query, variables, { cookie });
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    return body.data!;
  };
  const lookUp = async (cookie: string, r: string) =>
    (
      await gql<{ transaction: { id: string; version: number } }>(
        cookie,
        'query($r: String!) { transaction(reference: $r) { id version } }',
        { r },
      )
    ).transaction;

  beforeAll(async () => {
    server = await startServer();
    const admin = await signInOverHttp(
      server,
      'admin',
      /with the password (\S+)/.exec(server.output)![1]!,
    );
    await createUser(server, admin, STAFF, ['STAFF']);
    await createUser(server, admin, RESEARCHER, ['RESEARCHER']);
    await createUser(server, admin, OTHER_RESEARCHER, ['RESEARCHER']);
    await createUser(server, admin, MANAGER, ['MANAGER']);
    reference = await openSupportRequestOverHttp(server);
    const staff = await signInOverHttp(server, STAFF.username, STAFF.password);
    const first = await gql<{ transaction: { beneficiary: { id: string } } }>(
      staff,
      'query($r: String!) { transaction(reference: $r) { beneficiary { id } } }',
      { r: reference },
    );
    const second = await gql<{ transactionOpen: { transaction: { reference: string } } }>(
      staff,
      `mutation($i: TransactionOpenInput!) {
        transactionOpen(input: $i) { transaction { reference } errors { code } } }`,
      {
        i: {
          beneficiaryId: first.transaction.beneficiary.id,
          channelKey: 'PHONE',
          type: 'SUPPORT_REQUEST',
          subject: 'طلب دعم لسداد فاتورة الكهرباء',
        },
      },
    );
    secondReference = second.transactionOpen.transaction.reference;
    const researchers = await gql<{ assignableUsers: { id: string; username: string }[] }>(
      staff,
      '{ assignableUsers(role: RESEARCHER) { id username } }',
      {},
    );
    const researcherId = researchers.assignableUsers.find(
      (u) => u.username === RESEARCHER.username,
    )!.id;
    for (const r of [reference, secondReference]) {
      const t = await lookUp(staff, r);
      const referred = await gql<{ transactionRefer: { errors: unknown[] } }>(
        staff,
        `mutation($i: TransactionReferInput!) { transactionRefer(input: $i) { errors { code } } }`,
        { i: { id: t.id, expectedVersion: t.version, researcherId, reasonKey: 'ELIGIBILITY' } },
      );
      expect(referred.transactionRefer.errors).toEqual([]);
    }
    browser = await launchBrowser();
    page = await (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('another researcher sees neither the referral in the queue nor a return button', async () => {
    await signIn(page, server, OTHER_RESEARCHER);
    await page.goto(`${server.url}/referrals?lang=ar`);
    await page.locator(testid('referrals-total')).waitFor();
    expect(await page.locator(testid('referral-row')).count()).toBe(0);
    // The queue's "return" address opens the page without a dialog and without the button.
    await page.goto(`${server.url}/transactions/${reference}?action=RETURN_FROM_REFERRAL`);
    await page.locator(testid('action-panel')).waitFor();
    await page.locator(testid('timeline-event')).first().waitFor();
    await settled(page);
    const state = await pageState(page);
    expect(state.status).toBe('REFERRED');
    expect(state.actions).toEqual([]);
    expect(await page.locator(testid('action-dialog-RETURN_FROM_REFERRAL')).count()).toBe(0);
    await screenshot(page, 'referral-not-mine-ar');
    await page.goto(`${server.url}/transactions/${reference}?lang=en`);
    await page.locator(testid('action-none')).waitFor();
    await settled(page);
    await screenshot(page, 'referral-not-mine-en');
    await page.goto(`${server.url}/transactions/${reference}?lang=ar`);
    await signOut(page);
  });

  for (const lang of ['ar', 'en'] as const) {
    it(`the assigned researcher keeps the typed guidance when someone else acted first (${lang})`, async () => {
      const ref = lang === 'ar' ? reference : secondReference;
      await signIn(page, server, RESEARCHER);
      await page.goto(`${server.url}/referrals?lang=${lang}`);
      const row = page.locator(`${testid('referral-row')}[data-reference="${ref}"]`);
      await row.waitFor();
      await row.locator(testid('referral-return')).click();
      const dialog = testid('action-dialog-RETURN_FROM_REFERRAL');
      await page.locator(dialog).waitFor();
      expect((await pageState(page)).actions).toEqual(['RETURN_FROM_REFERRAL']);
      const guidance = page.locator(`${testid('return-guidance')} textarea`).first();
      await guidance.fill(GUIDANCE);

      // Meanwhile a manager returns it.
      const manager = await signInOverHttp(server, MANAGER.username, MANAGER.password);
      const t = await lookUp(manager, ref);
      const returned = await gql<{ transactionReturnFromReferral: { errors: unknown[] } }>(
        manager,
        `mutation($i: TransactionReturnFromReferralInput!) {
          transactionReturnFromReferral(input: $i) { errors { code } } }`,
        { i: { id: t.id, expectedVersion: t.version, guidance: 'أعادها المدير بعد الاتصال.' } },
      );
      expect(returned.transactionReturnFromReferral.errors).toEqual([]);

      const error = page.locator(`${dialog} ${testid('action-form-error')}`);
      await page.locator(`${dialog} ${testid('action-submit')}`).click();
      await error.waitFor();
      const conflictText = await error.innerText();
      expect(await page.locator(dialog).isVisible()).toBe(true);
      expect(await guidance.inputValue()).toBe(GUIDANCE);
      // Behind the dialog the page was reloaded: the referral is back at verification.
      await page.locator(testid('transaction-conflict')).waitFor({ state: 'attached' });
      await settled(page);
      await screenshot(page, `referral-conflict-kept-${lang}`);
      // Sent again, the action no longer applies: refused, and the text is still there.
      await page.locator(`${dialog} ${testid('action-submit')}`).click();
      await page.waitForFunction(
        ([sel, before]) => {
          const text = document.querySelector(sel!)?.textContent?.trim();
          return !!text && text !== before;
        },
        [`${dialog} ${testid('action-form-error')}`, conflictText.trim()],
      );
      expect(await guidance.inputValue()).toBe(GUIDANCE);
      expect(await page.locator(dialog).isVisible()).toBe(true);
      await settled(page);
      await screenshot(page, `referral-refused-kept-${lang}`);
      await page.keyboard.press('Escape');
      await page.locator(dialog).waitFor({ state: 'detached' });
      await signOut(page);
    });
  }
});
