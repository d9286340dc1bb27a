import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { screenshot } from '../support/browser.js';
import { post, signInOverHttp } from '../support/graphql.js';
import { outputDir, type RunningServer } from '../support/server.js';
import {
  act,
  checkItems,
  choose,
  COMMITTEE,
  RESEARCHER,
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
 * Journey (issue 18): a support request from reception to its last delivery in the browser, in
 * Arabic. The officer completes reception, puts the family register on file and records the
 * household; refers it to the researcher, who visits, writes the social report and returns it;
 * the officer completes verification, the attestation and the submission. The committee reads it
 * on one page and The committee approves it with what is approved (two food baskets, once a
 * month for one month), the officer completes the registration, records a first delivery signed
 * on screen, then the last with a scanned receipt: the transaction closes. The support card is
 * read in English too, and at phone width; the renewal list shows the registration ending within
 * 30 days. Screenshots: the decision, the card, the delivery dialog with its pad, the list.
 */
describe('journey: approved support, registered and delivered', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let reference = '';

  const open = async (lang: 'ar' | 'en', query = '') => {
    await page.goto(`${server.url}/transactions/${reference}?lang=${lang}${query}`);
    await page.locator(testid('timeline-event')).first().waitFor();
  };
  /** Signs on the pad with the mouse: two strokes. */
  const sign = async (dialog: string) => {
    const pad = page.locator(`${dialog} ${testid('signature-canvas')}`);
    await pad.scrollIntoViewIfNeeded();
    const box = (await pad.boundingBox())!;
    const at = (x: number, y: number) => [box.x + box.width * x, box.y + box.height * y] as const;
    for (const stroke of [
      [at(0.15, 0.6), at(0.3, 0.3), at(0.45, 0.7), at(0.6, 0.35)],
      [at(0.62, 0.5), at(0.75, 0.45), at(0.85, 0.6)],
    ]) {
      await page.mouse.move(...stroke[0]!);
      await page.mouse.down();
      for (const p of stroke.slice(1)) await page.mouse.move(...p, { steps: 6 });
      await page.mouse.up();
    }
  };

  beforeAll(async () => {
    ({ server, browser, page } = await startJourney());
    reference = await openSupportRequestOverHttp(server);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const pdf = Buffer.concat([
    Buffer.from('%PDF-1.7\n'),
    Buffer.alloc(500, 0x20),
    Buffer.from('%%EOF\n'),
  ]);
  const field = (id: string) => page.locator(`${testid(id)} input`).first();
  const riyadhToday = () => new Date(Date.now() + 3 * 3_600_000).toISOString().slice(0, 10);

  it('the officer completes reception and puts the family register on file', async () => {
    await signIn(page, server, STAFF);
    await open('ar');
    await act(page, 'COMPLETE_STEP', (d) =>
      checkItems(page, d, [
        'GREETED_COURTEOUSLY',
        'REQUEST_IDENTIFIED',
        'QUESTIONS_ANSWERED',
        'SUFFICIENT_TIME_GIVEN',
      ]),
    );
    expect((await pageState(page)).current).toBe('VERIFICATION');
    const docs = page.locator(testid('transaction-documents'));
    await docs.locator(testid('document-add')).click();
    const upload = testid('document-upload-dialog');
    await page.locator(upload).waitFor();
    await choose(page, 'document-type', 'سجل الأسرة');
    await page.locator(`${testid('document-file')} input[type="file"]`).setInputFiles({
      name: 'سجل الأسرة.pdf',
      mimeType: 'application/pdf',
      buffer: pdf,
    });
    await page.locator(testid('document-upload-submit')).click();
    await page.locator(upload).waitFor({ state: 'detached' });
    await docs
      .locator(`${testid('transaction-document-list')} ${testid('document-row')}`)
      .waitFor();
  });

  it('the officer records the household: a member, income and expenses', async () => {
    const read = await post<{ transaction: { beneficiary: { id: string } } }>(
      server,
      'query($r: String!) { transaction(reference: $r) { beneficiary { id } } }',
      { r: reference },
      { cookie: await signInOverHttp(server, STAFF.username, STAFF.password) },
    );
    await page.goto(
      `${server.url}/beneficiaries/${read.body.data!.transaction.beneficiary.id}?lang=ar`,
    );
    await page.locator(testid('household-add-member')).click();
    await page.locator(testid('household-member-dialog')).waitFor();
    await field('household-member-name').fill('ريم بنت خالد الزهراني');
    await choose(page, 'household-member-relation', 'ابنة');
    await field('household-member-dob').fill('1438-01-10');
    await field('household-member-dob').press('Tab');
    await choose(page, 'household-member-occupation', 'طالب');
    await page.locator(`${testid('member-gender-FEMALE')} input`).check();
    await page.locator(testid('household-member-save')).click();
    await page.locator(testid('household-member-dialog')).waitFor({ state: 'detached' });
    await page.locator(testid('household-member')).first().waitFor();

    await page.locator(testid('household-edit-circumstances')).click();
    await page.locator(testid('household-circumstances-dialog')).waitFor();
    await choose(page, 'household-housing', 'إيجار');
    await field('household-rent').fill('1800');
    await field('household-income-SOCIAL_SECURITY').fill('2400');
    await field('household-expense-FOOD').fill('1200');
    await page.locator(testid('household-circumstances-save')).click();
    await page.locator(testid('household-circumstances-dialog')).waitFor({ state: 'detached' });
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="household-totals"]')?.textContent?.includes('3,000'),
    );
  });

  it('refers it to the researcher, who visits, writes the report and returns it', async () => {
    await open('ar');
    await act(page, 'REFER', async () => {
      await choose(page, 'refer-researcher', RESEARCHER.name);
      await choose(page, 'refer-reason', 'المستندات المطلوبة غير واضحة');
    });
    expect((await pageState(page)).status).toBe('REFERRED');
    await signOut(page);

    await signIn(page, server, RESEARCHER);
    await open('ar');
    await page.locator(testid('visit-schedule')).click();
    const visit = testid('visit-dialog');
    await page.locator(visit).waitFor();
    await field('visit-day').fill(riyadhToday());
    await field('visit-day').press('Tab');
    await page.locator(testid('visit-submit')).click();
    await page.locator(visit).waitFor({ state: 'detached' });
    await page.locator(testid('visit-record')).click();
    await page.locator(visit).waitFor();
    await field('visit-present').fill('المستفيدة وابنتها');
    await page
      .locator(`${testid('visit-findings')} textarea`)
      .first()
      .fill('المسكن مستأجر، والدخل من الضمان الاجتماعي لا يغطي الإيجار والطعام.');
    await choose(page, 'visit-recommendation', 'يُدعم كما طُلب');
    await page.locator(testid('visit-submit')).click();
    await page.locator(visit).waitFor({ state: 'detached' });
    await page.locator(testid('report-write')).click();
    await page.locator(testid('report-dialog')).waitFor();
    await choose(page, 'report-recommendation', 'يُدعم كما طُلب');
    await page
      .locator(`${testid('report-body')} textarea`)
      .first()
      .fill('أسرة من فردين، الدخل 2,400 ريال والمصروفات 3,000 ريال. يوصى بسلة غذائية شهرية.');
    await page.locator(testid('report-submit')).click();
    await page.locator(testid('report-dialog')).waitFor({ state: 'detached' });
    await page.locator(testid('social-report')).waitFor();
    await act(page, 'RETURN_FROM_REFERRAL', async () => {
      await page
        .locator(`${testid('return-guidance')} textarea`)
        .first()
        .fill('زرت الأسرة وكتبت التقرير؛ المستندات المطلوبة شُرحت للمستفيدة.');
    });
    expect((await pageState(page)).current).toBe('VERIFICATION');
    await signOut(page);
  });

  it('the officer completes verification, records the attestation and submits it', async () => {
    await signIn(page, server, STAFF);
    await open('ar');
    await act(page, 'COMPLETE_STEP', (d) =>
      checkItems(page, d, [
        'NATIONAL_ID_COPY',
        'VALID_MOBILE',
        'ADDRESS_CITY',
        'FAMILY_MEMBERS',
        'INCOME_PROOF',
      ]),
    );
    await act(page, 'ATTEST', () => page.locator(`${testid('attest-confirmed')} input`).check());
    await act(page, 'SUBMIT_TO_COMMITTEE', (d) => checkItems(page, d, ['BENEFICIARY_INFORMED']));
    expect((await pageState(page)).status).toBe('AWAITING_COMMITTEE');
    await signOut(page);
  });

  /** Fills the decision: approve, with what is approved, its reason and checklist. */
  const fillDecision = async (dialog: string, lang: 'ar' | 'en') => {
    await page.locator(`${testid('decide-APPROVE')} input`).check();
    await page.locator(`${dialog} ${testid('award-fields')}`).waitFor();
    await choose(page, 'award-type', lang === 'ar' ? 'سلة غذائية' : 'Food basket');
    await page.locator(`${testid('award-quantity')} input`).fill('2');
    await choose(page, 'award-frequency', lang === 'ar' ? 'شهريًا' : 'Monthly');
    // Half filled: the decision waits for the rest (or for all of it to be cleared).
    expect(await page.locator(`${dialog} ${testid('action-submit')}`).isDisabled()).toBe(true);
    await page.locator(`${testid('award-validity')} input`).fill('1');
    await page
      .locator(`${testid('decide-reason')} textarea`)
      .first()
      .fill(lang === 'ar' ? 'مستوفٍ للشروط، تُصرف سلتان.' : 'Meets the policy.');
    await checkItems(page, dialog, [
      'REQUEST_STUDIED',
      'DECISION_RECORDED',
      'BENEFICIARY_NOTIFIED',
    ]);
    const total = await page.locator(testid('award-total')).innerText();
    expect(total).toContain(lang === 'ar' ? 'قطعتان' : '2 items');
  };

  it('the committee approves with what is approved: type, quantity, frequency, validity, total', async () => {
    await signIn(page, server, COMMITTEE);
    // One page: the household, income against expenses, the documents, the report.
    await open('ar');
    const summary = page.locator(testid('committee-summary'));
    await summary.waitFor();
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="committee-summary"]')?.textContent?.includes('3,000'),
    );
    const seen = await summary.innerText();
    expect(seen).toContain('سجل الأسرة');
    expect(seen).toContain('يُدعم كما طُلب');
    await settled(page);
    await summary.screenshot({ path: path.join(outputDir, 'support-journey-committee-ar.png') });
    await open('en', '&action=DECIDE');
    const en = testid('action-dialog-DECIDE');
    await page.locator(en).waitFor();
    await fillDecision(en, 'en');
    await settled(page);
    await screenshot(page, 'support-decide-en');
    await page.keyboard.press('Escape');
    await page.locator(en).waitFor({ state: 'detached' });

    await open('ar');
    await act(page, 'DECIDE', (d) => fillDecision(d, 'ar'), 'support-decide-ar');
    expect((await pageState(page)).current).toBe('REGISTRATION');
    const card = page.locator(testid('support-card'));
    await card.waitFor();
    expect(await card.locator(testid('support-stage')).innerText()).toContain('معتمد');
    await signOut(page);
  });

  it('the officer registers it, then records a delivery signed on screen', async () => {
    await signIn(page, server, STAFF);
    await open('ar');
    await act(page, 'COMPLETE_STEP', (d) =>
      checkItems(page, d, ['REQUEST_COMPLETE', 'BENEFICIARY_REGISTERED']),
    );
    expect((await pageState(page)).current).toBe('DELIVERY');
    // Step 7 with a registered award: deliveries are recorded, the plain delivery is not offered.
    const { actions } = await pageState(page);
    expect(actions).toContain('RECORD_DELIVERY');
    expect(actions).not.toContain('DELIVER');
    const card = page.locator(testid('support-card'));
    await card.locator(testid('support-validity')).getByText('هـ').first().waitFor();
    expect(await card.locator(testid('support-stage')).innerText()).toBe('مسجَّل');

    // The delivery dialog in English, signed: looked at, not sent.
    await open('en', '&action=RECORD_DELIVERY');
    const en = testid('action-dialog-RECORD_DELIVERY');
    await page.locator(`${en} ${testid('delivery-left')}`).waitFor();
    await sign(en);
    await settled(page);
    await screenshot(page, 'support-delivery-signature-en');
    await page.keyboard.press('Escape');
    await page.locator(en).waitFor({ state: 'detached' });
    await open('ar');

    await act(
      page,
      'RECORD_DELIVERY',
      async (d) => {
        await page.locator(`${d} ${testid('delivery-left')}`).waitFor();
        expect(await page.locator(`${testid('delivery-quantity')} input`).inputValue()).toBe('2');
        await page.locator(`${testid('delivery-quantity')} input`).fill('1');
        await page
          .locator(`${testid('delivery-items')} textarea`)
          .first()
          .fill('سلة غذائية: أرز وسكر وزيت');
        // Not signed yet: nothing to send.
        expect(await page.locator(`${d} ${testid('action-submit')}`).isDisabled()).toBe(true);
        await sign(d);
        expect(await page.locator(`${d} ${testid('delivery-last')}`).count()).toBe(0);
      },
      'support-delivery-signature-ar',
    );
    await card.locator(testid('delivery-row')).first().waitFor();
    expect(await card.locator(testid('support-progress-text')).innerText()).toContain('1 من 2');
    await settled(page);
    await card.screenshot({ path: path.join(outputDir, 'support-card-ar.png') });
  });

  it('records the last delivery with a scanned receipt, and the transaction closes', async () => {
    const scan = path.join(os.tmpdir(), `receipt-${process.pid}.pdf`);
    fs.writeFileSync(
      scan,
      Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(500, 0x20), Buffer.from('%%EOF\n')]),
    );
    const before = await page.locator(testid('timeline-event')).count();
    await page.locator(testid('support-record')).click();
    const d = testid('action-dialog-RECORD_DELIVERY');
    await page.locator(d).waitFor();
    await page.locator(`${d} ${testid('delivery-left')}`).waitFor();
    expect(await page.locator(`${testid('delivery-quantity')} input`).inputValue()).toBe('1');
    await page.locator(testid('delivery-ack-RECEIPT')).click();
    await page.locator(`${testid('delivery-receipt')} input[type="file"]`).setInputFiles(scan);
    // The last delivery ends step 7: its checklist is asked for.
    await page.locator(`${d} ${testid('delivery-last')}`).waitFor();
    expect(await page.locator(`${d} ${testid('action-submit')}`).isDisabled()).toBe(true);
    await checkItems(page, d, ['SERVICE_DELIVERED', 'DELIVERY_RECORDED', 'SURVEY_OFFERED']);
    await page.locator(`${d} ${testid('action-submit')}`).click();
    await page.locator(d).waitFor({ state: 'detached' });
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid="timeline-event"]').length === n,
      before + 2,
    );
    const state = await pageState(page);
    expect(state.status).toBe('CLOSED');
    expect(state.timeline.slice(-2)).toEqual(['DELIVERY_RECORDED', 'DELIVERED']);
    // The closing issued the survey link (its dialog).
    await page.keyboard.press('Escape');
    const card = page.locator(testid('support-card'));
    await card.locator(testid('delivery-row')).nth(1).waitFor();
    expect(await card.locator(testid('support-stage')).innerText()).toBe('سُلِّم كاملًا');
    expect(await card.locator(testid('delivery-receipt-link')).count()).toBe(2);
  });

  it('shows the support card in English, and at phone width', async () => {
    await open('en');
    const card = page.locator(testid('support-card'));
    await card.locator(testid('delivery-row')).nth(1).waitFor();
    const text = await card.innerText();
    expect(text).toContain('Approved support');
    expect(text).toContain('Food basket: 2 items, Monthly');
    expect(text).toContain('All delivered');
    expect(text).toContain('Delivered: 2 of 2 (Items)');
    expect(text).toContain('Signature on screen');
    expect(text).toContain('Scanned receipt');
    expect(text).toMatch(/AH/);
    await settled(page);
    await card.screenshot({ path: path.join(outputDir, 'support-card-en.png') });

    await page.setViewportSize({ width: 390, height: 844 });
    await open('ar');
    await card.locator(testid('delivery-row')).nth(1).waitFor();
    await settled(page);
    await card.screenshot({ path: path.join(outputDir, 'support-card-ar-390.png') });
    await page.setViewportSize({ width: 1366, height: 900 });
  });

  it('lists the registration on the renewal list, ending within 30 days', async () => {
    for (const lang of ['ar', 'en'] as const) {
      await page.goto(`${server.url}/renewals?lang=${lang}`);
      const row = page.locator(testid('renewal-row')).first();
      await row.waitFor();
      expect(await row.innerText()).toContain(reference);
      expect(await row.locator(testid('renewal-days')).innerText()).toMatch(/\d/);
      await settled(page);
      await screenshot(page, `support-renewals-${lang}`);
    }
    await page
      .locator(testid('renewals-within') + ' .v-btn')
      .filter({ hasText: '90' })
      .click();
    await page.waitForURL(/within=90/);
    await page.locator(testid('renewal-row')).first().waitFor();
  });
});
