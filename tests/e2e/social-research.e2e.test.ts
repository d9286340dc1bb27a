import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { screenshot } from '../support/browser.js';
import { post, signInOverHttp } from '../support/graphql.js';
import type { RunningServer } from '../support/server.js';
import {
  COMMITTEE,
  openSupportRequestOverHttp,
  RESEARCHER,
  settled,
  signIn,
  signOut,
  STAFF,
  startJourney,
  testid,
} from './transactions.support.js';

/**
 * Journey (issue 18 item 5): a support request referred to the social researcher; the researcher
 * schedules a home visit, records it (who was present, the findings, a recommendation) and
 * writes the social report; the committee member reads it on the transaction page. Arabic and
 * English screenshots.
 */

const atTop = (page: Page) =>
  page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
const today = () => new Date(Date.now() + 3 * 3_600_000).toISOString().slice(0, 10);

/** Completes step 1 and refers the request to researcher1, over HTTP as staff. */
async function referOverHttp(server: RunningServer, reference: string): Promise<void> {
  const staff = await signInOverHttp(server, STAFF.username, STAFF.password);
  const researcher = await signInOverHttp(server, RESEARCHER.username, RESEARCHER.password);
  const me = await post<{ me: { id: string } }>(
    server,
    '{ me { id } }',
    {},
    { cookie: researcher },
  );
  const read = async () =>
    (
      await post<{ transaction: { id: string; version: number } }>(
        server,
        'query($r: String) { transaction(reference: $r) { id version } }',
        { r: reference },
        { cookie: staff },
      )
    ).body.data!.transaction;
  let t = await read();
  const run = async (mutation: string, input: Record<string, unknown>) => {
    const type = `${mutation[0]!.toUpperCase()}${mutation.slice(1)}Input`;
    const r = await post<Record<string, { errors: { code: string }[] }>>(
      server,
      `mutation($i: ${type}!) { ${mutation}(input: $i) { errors { code } } }`,
      { i: input },
      { cookie: staff },
    );
    expect(r.body.data?.[mutation]?.errors, JSON.stringify(r.body)).toEqual([]);
  };
  await run('transactionCompleteStep', {
    id: t.id,
    expectedVersion: t.version,
    checkedItems: [
      'GREETED_COURTEOUSLY',
      'REQUEST_IDENTIFIED',
      'QUESTIONS_ANSWERED',
      'SUFFICIENT_TIME_GIVEN',
    ],
  });
  t = await read();
  await run('transactionRefer', {
    id: t.id,
    expectedVersion: t.version,
    researcherId: me.body.data!.me.id,
    reasonKey: 'DOCUMENTS',
  });
}

describe('journey: the social research of a referred request', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let reference = '';

  beforeAll(async () => {
    ({ server, browser, page } = await startJourney());
    reference = await openSupportRequestOverHttp(server);
    await referOverHttp(server, reference);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('the researcher schedules and records a home visit and writes the social report', async () => {
    await signIn(page, server, RESEARCHER);
    await page.goto(`${server.url}/transactions/${reference}?lang=ar`);
    const card = page.locator(testid('social-research'));
    await card.waitFor();

    await page.locator(testid('visit-schedule')).click();
    const dialog = testid('visit-dialog');
    await page.locator(dialog).waitFor();
    const day = page.locator(`${testid('visit-day')} input`);
    await day.fill(today());
    await day.press('Tab');
    await page.locator(testid('visit-submit')).click();
    await page.locator(dialog).waitFor({ state: 'detached' });
    await page.locator(testid('visit-record')).waitFor();

    await page.locator(testid('visit-record')).click();
    await page.locator(dialog).waitFor();
    await page.locator(`${testid('visit-present')} input`).fill('المستفيدة وابنتها الكبرى');
    await page
      .locator(`${testid('visit-findings')} textarea`)
      .first()
      .fill('المسكن مستأجر وفي حال سيئة، ودخل الأسرة من الضمان الاجتماعي لا يغطي الإيجار.');
    await page.locator(`${testid('visit-recommendation')} .v-field`).click();
    await page
      .locator('.v-overlay--active .v-list-item')
      .filter({ hasText: 'يُدعم كما طُلب' })
      .click();
    await settled(page);
    await screenshot(page, 'research-visit-record-ar');
    await page.locator(testid('visit-submit')).click();
    await page.locator(dialog).waitFor({ state: 'detached' });
    await page.locator(testid('visit-record')).waitFor({ state: 'detached' });

    await page.locator(testid('report-write')).click();
    await page.locator(testid('report-dialog')).waitFor();
    await page.locator(`${testid('report-recommendation')} .v-field`).click();
    await page.locator('.v-overlay--active .v-list-item').filter({ hasText: 'يُدعم جزئيًا' }).click();
    await page
      .locator(`${testid('report-body')} textarea`)
      .first()
      .fill(
        'أسرة من خمسة أفراد تعولها الأم. الدخل الشهري 2,400 ريال والإيجار 1,800 ريال.\nيوصى بدعم الإيجار ستة أشهر مع متابعة.',
      );
    await page.locator(testid('report-submit')).click();
    await page.locator(testid('report-dialog')).waitFor({ state: 'detached' });
    await page.locator(testid('social-report')).waitFor();
    expect(await page.locator(testid('social-report')).innerText()).toContain('يُدعم جزئيًا');
    await atTop(page);
    await settled(page);
    await screenshot(page, 'research-ar');
    await signOut(page);
  });

  it('the committee reads the research, in Arabic and English', async () => {
    await signIn(page, server, COMMITTEE);
    for (const lang of ['ar', 'en'] as const) {
      await page.goto(`${server.url}/transactions/${reference}?lang=${lang}`);
      await page.locator(testid('social-report')).waitFor();
      expect(await page.locator(testid('visit')).count()).toBe(1);
      expect(await page.locator(testid('visit-schedule')).count()).toBe(0);
      await atTop(page);
      await settled(page);
      await screenshot(page, `research-committee-${lang}`);
    }
  });
});
