import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import path from 'node:path';
import { screenshot } from '../support/browser.js';
import { post, signInOverHttp } from '../support/graphql.js';
import { outputDir, type RunningServer } from '../support/server.js';
import {
  closedInquiryOverHttp,
  COMMITTEE,
  registerBeneficiaryOverHttp,
  RESEARCHER,
  settled,
  signIn,
  signOut,
  STAFF,
  startJourney,
  testid,
} from './transactions.support.js';

/**
 * Journey (issue 18 items 5 and 6): a support request with its household, documents, social
 * report and attestation reaches the committee; the committee member reads the committee summary
 * on its page (the household, income against expenses, the documents with their expiry, the
 * report's recommendation, the attestation, the beneficiary's earlier transactions), in Arabic
 * and English and on a phone. The researcher's queue shows each referral's research due date
 * with the working days left. Everything before the browser is made over HTTP.
 */

const RECEPTION = [
  'GREETED_COURTEOUSLY',
  'REQUEST_IDENTIFIED',
  'QUESTIONS_ANSWERED',
  'SUFFICIENT_TIME_GIVEN',
];
const pdf = Buffer.concat([
  Buffer.from('%PDF-1.7\n'),
  Buffer.alloc(2000, 0x20),
  Buffer.from('\n%%EOF\n'),
]);
const atTop = (page: Page) =>
  page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
const dayFromNow = (days: number) =>
  new Date(Date.now() + 3 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);

/** The GraphQL calls of the set-up, each as its user (by session cookie). */
function api(server: RunningServer) {
  const call = async <T>(
    cookie: string,
    query: string,
    variables: Record<string, unknown> = {},
  ) => {
    const r = await post<T>(server, query, variables, { cookie });
    expect(r.body.errors, JSON.stringify(r.body.errors)).toBeUndefined();
    return r.body.data!;
  };
  const run = async (cookie: string, mutation: string, input: Record<string, unknown>) => {
    const type = `${mutation[0]!.toUpperCase()}${mutation.slice(1)}Input`;
    const data = await call<Record<string, { errors: { code: string }[] }>>(
      cookie,
      `mutation($i: ${type}!) { ${mutation}(input: $i) { errors { code } } }`,
      { i: input },
    );
    expect(data[mutation]!.errors).toEqual([]);
  };
  const read = async (cookie: string, reference: string) =>
    (
      await call<{ transaction: { id: string; version: number } }>(
        cookie,
        'query($r: String) { transaction(reference: $r) { id version } }',
        { r: reference },
      )
    ).transaction;
  return { call, run, read };
}

describe('journey: the committee reads one page of the request', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let reference = '';
  let referred = '';

  beforeAll(async () => {
    ({ server, browser, context, page } = await startJourney());
    const { call, run, read } = api(server);
    const staff = await signInOverHttp(server, STAFF.username, STAFF.password);
    const researcher = await signInOverHttp(server, RESEARCHER.username, RESEARCHER.password);
    const researcherId = (await call<{ me: { id: string } }>(researcher, '{ me { id } }')).me.id;
    const beneficiaryId = await registerBeneficiaryOverHttp(server, staff);
    const open = async (subject: string) =>
      (
        await call<{ transactionOpen: { transaction: { reference: string } } }>(
          staff,
          'mutation($i: TransactionOpenInput!) { transactionOpen(input: $i) { transaction { reference } } }',
          { i: { beneficiaryId, channelKey: 'IN_PERSON', type: 'SUPPORT_REQUEST', subject } },
        )
      ).transactionOpen.transaction.reference;
    const step = async (reference: string, checkedItems: string[]) => {
      const t = await read(staff, reference);
      await run(staff, 'transactionCompleteStep', {
        id: t.id,
        expectedVersion: t.version,
        checkedItems,
      });
    };
    const refer = async (reference: string) => {
      const t = await read(staff, reference);
      await run(staff, 'transactionRefer', {
        id: t.id,
        expectedVersion: t.version,
        researcherId,
        reasonKey: 'DOCUMENTS',
      });
    };

    // The household: the beneficiary and three children; income short of the expenses.
    await run(staff, 'householdCircumstancesSet', {
      beneficiaryId,
      version: 0,
      housing: 'RENTED',
      monthlyRent: 1800,
      incomes: [
        { kind: 'SOCIAL_SECURITY', monthlyAmount: 2400 },
        { kind: 'CITIZEN_ACCOUNT', monthlyAmount: 600 },
      ],
      expenses: [
        { kind: 'FOOD', monthlyAmount: 1500 },
        { kind: 'UTILITIES', monthlyAmount: 450 },
      ],
      address: { city: 'الرياض', district: 'النسيم' },
    });
    const householdVersion = async () =>
      (
        await call<{ beneficiary: { household: { version: number } } }>(
          staff,
          'query($id: ID!) { beneficiary(id: $id) { household { version } } }',
          { id: beneficiaryId },
        )
      ).beneficiary.household.version;
    for (const [fullName, dateOfBirth, gender] of [
      ['ريم خالد العتيبي', '2012-03-01', 'FEMALE'],
      ['فهد خالد العتيبي', '2015-09-20', 'MALE'],
      ['لمى خالد العتيبي', '2019-01-11', 'FEMALE'],
    ] as const) {
      await run(staff, 'householdMemberAdd', {
        beneficiaryId,
        version: await householdVersion(),
        fullName,
        relation: gender === 'MALE' ? 'SON' : 'DAUGHTER',
        dateOfBirth,
        gender,
        hasDisability: false,
        occupation: 'STUDENT',
      });
    }

    // Earlier transactions: an inquiry answered, and a request still with the researcher.
    await closedInquiryOverHttp(server, staff, beneficiaryId, 'استفسار عن شروط دعم الإيجار');
    referred = await open('طلب سلة غذائية');
    await step(referred, RECEPTION);
    await refer(referred);

    // The request the committee reads: referred, reported on, returned, verified, attested.
    reference = await open('طلب مساعدة في سداد إيجار السكن');
    await step(reference, RECEPTION);
    await refer(reference);
    const t = await read(staff, reference);
    await run(researcher, 'socialReportSave', {
      transactionId: t.id,
      body: 'أسرة من أربعة أفراد تعولها الأم، ودخلها لا يغطي الإيجار والمصروفات.',
      recommendation: 'PARTIAL_SUPPORT',
    });
    const r = await read(researcher, reference);
    await run(researcher, 'transactionReturnFromReferral', {
      id: r.id,
      expectedVersion: r.version,
      guidance: 'شُرحت الإجراءات للمستفيدة',
    });
    for (const [type, issuedOn, expiresOn] of [
      ['NATIONAL_ID_COPY', dayFromNow(-400), dayFromNow(1400)],
      ['LEASE', dayFromNow(-300), dayFromNow(65)],
    ] as const) {
      const res = await fetch(
        `${server.url}/api/beneficiaries/${beneficiaryId}/documents?${new URLSearchParams({ type, issuedOn, expiresOn, transactionId: t.id })}`,
        {
          method: 'POST',
          headers: {
            cookie: staff,
            'x-masar-upload': '1',
            'x-filename': encodeURIComponent(`${type}.pdf`),
          },
          body: new Uint8Array(pdf),
        },
      );
      expect(res.status, await res.clone().text()).toBeLessThan(300);
    }
    const steps = await call<{
      handlingSteps: { key: string; checklist: { key: string; required: boolean }[] }[];
    }>(staff, '{ handlingSteps { key checklist { key required } } }');
    const required = (key: string) =>
      steps.handlingSteps
        .find((s) => s.key === key)!
        .checklist.filter((i) => i.required)
        .map((i) => i.key);
    await step(reference, required('VERIFICATION'));
    let v = await read(staff, reference);
    await run(staff, 'transactionAttest', {
      id: v.id,
      expectedVersion: v.version,
      attestationText: 'أقر بصحة البيانات المقدمة وأنني مسؤول عنها مسؤولية مباشرة.',
      applicantConfirmed: true,
    });
    v = await read(staff, reference);
    await run(staff, 'transactionSubmitToCommittee', {
      id: v.id,
      expectedVersion: v.version,
      checkedItems: ['BENEFICIARY_INFORMED'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('the committee member reads the summary, in Arabic and English and on a phone', async () => {
    await signIn(page, server, COMMITTEE);
    for (const lang of ['ar', 'en'] as const) {
      await page.goto(`${server.url}/transactions/${reference}?lang=${lang}`);
      const card = page.locator(testid('committee-summary'));
      await card.locator(testid('earlier-transactions')).waitFor();
      expect(await card.locator(testid('household-size')).getAttribute('data-size')).toBe('4');
      expect(await card.locator(testid('monthly-gap')).getAttribute('data-gap')).toBe('-750');
      expect(
        await card.locator(testid('summary-recommendation')).getAttribute('data-recommendation'),
      ).toBe('PARTIAL_SUPPORT');
      expect(await card.locator(testid('document-row')).count()).toBe(2);
      // The inquiry and the request still with the researcher, the latest first.
      const earlier = card.locator(testid('earlier-transaction'));
      expect(await earlier.count()).toBe(2);
      expect(await earlier.first().innerText()).toContain(referred);
      expect(await card.locator(testid('summary-attestation-stale')).count()).toBe(0);
      // Before the committee, the summary comes above the step and its decision.
      const summaryY = (await card.boundingBox())!.y;
      const stepY = (await page.locator('.tx-columns').boundingBox())!.y;
      expect(summaryY).toBeLessThan(stepY);
      await atTop(page);
      await settled(page);
      await screenshot(page, `committee-summary-${lang}`);
      await card.screenshot({ path: path.join(outputDir, `committee-summary-card-${lang}.png`) });
    }

    const phone = await context.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.goto(`${server.url}/transactions/${reference}?lang=ar`);
    const card = phone.locator(testid('committee-summary'));
    await card.locator(testid('earlier-transactions')).waitFor();
    const box = (await card.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    // Nothing in the card runs wider than the phone.
    const widest = await phone.evaluate(() => document.documentElement.scrollWidth);
    expect(widest).toBeLessThanOrEqual(390);
    await settled(phone);
    await screenshot(phone, 'committee-summary-ar-390');
    await card.screenshot({ path: path.join(outputDir, 'committee-summary-card-ar-390.png') });
    await phone.close();
    await signOut(page);
  });

  it('the researcher’s queue shows each referral’s research due date and working days left', async () => {
    await signIn(page, server, RESEARCHER);
    for (const lang of ['ar', 'en'] as const) {
      await page.goto(`${server.url}/referrals?lang=${lang}`);
      const row = page.locator(`${testid('referral-row')}[data-reference="${referred}"]`);
      await row.locator(testid('research-due')).waitFor();
      // Five working days: referred today, 3 to 5 working days are left (the clock is Riyadh's).
      const left = Number(await row.locator(testid('research-due')).getAttribute('data-left'));
      expect(left).toBeGreaterThanOrEqual(4);
      expect(left).toBeLessThanOrEqual(5);
      expect(await row.locator(testid('research-left')).count()).toBe(1);
      expect(await row.locator('time').count()).toBeGreaterThanOrEqual(2);
      await settled(page);
      await screenshot(page, `referrals-due-${lang}`);
    }
    const phone = await context.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.goto(`${server.url}/referrals?lang=ar`);
    await phone.locator(testid('research-due')).first().waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    await settled(phone);
    await screenshot(phone, 'referrals-due-ar-390');
    await phone.close();
  });
});
