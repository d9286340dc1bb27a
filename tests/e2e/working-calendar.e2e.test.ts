import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { screenshot } from '../support/browser.js';
import { post, signInOverHttp } from '../support/graphql.js';
import { outputDir, type RunningServer } from '../support/server.js';
import {
  MANAGER,
  STAFF,
  openSupportRequestOverHttp,
  signIn,
  signOut,
  startJourney,
  testid,
} from './transactions.support.js';

/**
 * Journey: the manager keeps the working calendar (the year's official holidays, both Eids
 * estimated from Umm al-Qura until confirmed, a holiday added), in Arabic and English; the
 * officer reads on the transaction page when the committee's decision is due, in both calendars,
 * and how many working days are left.
 */

type Tx = { id: string; version: number };

async function gql<T>(server: RunningServer, cookie: string, query: string, i?: unknown) {
  const { body } = await post<T>(server, query, i === undefined ? {} : { i }, { cookie });
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data!;
}

/** Takes the request `reference` to the committee over HTTP, as staff. */
async function toCommitteeOverHttp(server: RunningServer, reference: string): Promise<void> {
  const staff = await signInOverHttp(server, STAFF.username, STAFF.password);
  const steps = await gql<{
    handlingSteps: { key: string; checklist: { key: string; required: boolean }[] }[];
  }>(server, staff, '{ handlingSteps { key checklist { key required } } }');
  const required = (key: string) =>
    steps.handlingSteps
      .find((s) => s.key === key)!
      .checklist.filter((c) => c.required)
      .map((c) => c.key);
  const found = await gql<{ transaction: Tx }>(
    server,
    staff,
    'query($i: String!) { transaction(reference: $i) { id version } }',
    reference,
  );
  let t = found.transaction;
  const run = async (mutation: string, input: Record<string, unknown>) => {
    const type = `${mutation[0]!.toUpperCase()}${mutation.slice(1)}Input`;
    const data = await gql<Record<string, { transaction: Tx | null; errors: unknown[] }>>(
      server,
      staff,
      `mutation($i: ${type}!) { ${mutation}(input: $i) { transaction { id version } errors { code field } } }`,
      { id: t.id, expectedVersion: t.version, ...input },
    );
    expect(data[mutation]!.errors).toEqual([]);
    t = data[mutation]!.transaction!;
  };
  await run('transactionCompleteStep', { checkedItems: required('RECEPTION') });
  await run('transactionCompleteStep', { checkedItems: required('VERIFICATION') });
  await run('transactionAttest', {
    attestationText: 'أقر بصحة البيانات المقدمة وأنني مسؤول عنها مسؤولية مباشرة.',
    applicantConfirmed: true,
  });
  await run('transactionSubmitToCommittee', { checkedItems: ['BENEFICIARY_INFORMED'] });
}

describe('journey: the working calendar, kept by the manager and counted on the transaction page', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let reference: string;

  beforeAll(async () => {
    ({ server, browser, page } = await startJourney());
    reference = await openSupportRequestOverHttp(server);
    await toCommitteeOverHttp(server, reference);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('the manager opens the holidays from the menu, confirms an Eid and adds a holiday, in Arabic and English', async () => {
    await signIn(page, server, MANAGER);
    await page.goto(`${server.url}/policy?lang=ar`);
    await page.locator(testid('nav-holidays')).click();
    await page.waitForURL((url) => url.pathname === '/admin/holidays');
    await page.locator(testid('holiday-table')).waitFor();
    // The year after: both Eids estimated, Founding Day and National Day confirmed.
    await page.locator(testid('year-next')).click();
    const fitr = page.locator(testid('holiday-EID_AL_FITR'));
    await fitr.waitFor();
    const year = Number(await page.locator(testid('holidays-year')).innerText());
    expect(await fitr.innerText()).toContain('تقديرية');
    expect(await fitr.innerText()).toMatch(/شوال|رمضان/);
    expect(await page.locator(testid('holiday-NATIONAL_DAY')).innerText()).toContain('مؤكدة');

    await fitr.locator('[data-testid^="holiday-confirm-"]').click();
    await page.locator(testid('holidays-done')).waitFor();
    await expect.poll(() => fitr.innerText()).toContain('مؤكدة');

    await page.locator(testid('holiday-add')).click();
    const dialog = page.locator(testid('holiday-dialog'));
    await dialog.waitFor();
    await dialog.locator(`${testid('holiday-start')} input`).fill(`${year}-01-11`);
    await dialog.locator(`${testid('holiday-start')} input`).press('Enter');
    await dialog.locator(`${testid('holiday-name-ar')} input`).fill('إجازة استثنائية');
    await dialog.locator(`${testid('holiday-name-en')} input`).fill('Exceptional holiday');
    // The other calendar's day under the date typed.
    expect(await dialog.locator(testid('holiday-start')).innerText()).toMatch(/1448/);
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${outputDir}/working-calendar-holiday-dialog-ar.png` });
    await page.locator(testid('holiday-dialog-submit')).click();
    const other = page.locator(testid('holiday-OTHER'));
    await other.waitFor();
    expect(await other.innerText()).toContain('إجازة استثنائية');
    expect(await other.innerText()).toContain('يوم واحد');
    await page.mouse.move(0, 0);
    await screenshot(page, 'working-calendar-holidays-ar');

    await page.goto(`${server.url}/admin/holidays?lang=en`);
    await page.locator(testid('year-next')).click();
    await page.locator(testid('holiday-OTHER')).waitFor();
    const adha = await page.locator(testid('holiday-EID_AL_ADHA')).innerText();
    expect(adha).toContain('Estimated');
    expect(adha).toMatch(/Dhuʻl-Hijjah|Dhu/);
    expect(await page.locator(testid('holiday-EID_AL_FITR')).innerText()).toContain('Confirmed');
    await screenshot(page, 'working-calendar-holidays-en');

    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.url}/admin/holidays?lang=ar`);
    await page.locator(testid('holiday-table')).waitFor();
    await screenshot(page, 'working-calendar-holidays-phone-ar');
    await page.setViewportSize({ width: 1366, height: 900 });
  });

  it('the officer reads the committee’s due date in both calendars and the working days left', async () => {
    await signOut(page);
    await signIn(page, server, STAFF);
    await page.goto(`${server.url}/transactions/${reference}?lang=ar`);
    const due = page.locator(testid('committee-working-days'));
    await due.waitFor();
    const left = Number(await due.getAttribute('data-left'));
    // Fourteen calendar days hold at least eight working days (two weekends, maybe a holiday).
    expect(left).toBeGreaterThanOrEqual(8);
    expect(left).toBeLessThanOrEqual(10);
    expect(await due.locator('.date-time__hijri').innerText()).toMatch(/هـ/);
    expect(await page.locator(testid('working-days-left')).innerText()).toContain('عمل');
    expect(await page.locator(testid('window-unit')).innerText()).toContain('بالأيام التقويمية');
    await screenshot(page, 'working-calendar-transaction-ar');

    await page.goto(`${server.url}/transactions/${reference}?lang=en`);
    await page.locator(testid('committee-working-days')).waitFor();
    expect(await page.locator(testid('working-days-left')).innerText()).toMatch(
      /\d+ working days left/,
    );
    await screenshot(page, 'working-calendar-transaction-en');
  });

  it('the manager makes the committee window count working days in a policy draft', async () => {
    await signOut(page);
    await signIn(page, server, MANAGER);
    const manager = await signInOverHttp(server, MANAGER.username, MANAGER.password);
    await gql(server, manager, 'mutation { policyDraftCreate { errors { code } } }');
    await page.goto(`${server.url}/policy/versions/2/edit?lang=ar`);
    await page.locator(testid('draft-save')).waitFor();
    const panel = page.locator(testid('draft-panel-steps'));
    await panel.locator('.v-expansion-panel-title').click();
    const committee = panel.locator(`${testid('draft-step')}[data-step-key="COMMITTEE"]`);
    await committee.waitFor();
    const unit = committee.locator(testid('draft-step-window-unit'));
    await unit.locator('.v-field').click();
    await page.locator('.v-overlay--active .v-list-item').filter({ hasText: 'أيام العمل' }).click();
    await page.locator(testid('draft-save')).click();
    await page.waitForSelector(`${testid('draft-dirty')}[data-dirty="false"]`);
    const saved = await gql<{ policyVersion: { steps: { key: string; windowUnit: string }[] } }>(
      server,
      manager,
      '{ policyVersion(number: 2) { steps { key windowUnit } } }',
    );
    expect(saved.policyVersion.steps.find((s) => s.key === 'COMMITTEE')!.windowUnit).toBe(
      'WORKING',
    );
    await committee.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.evaluate(() => window.scrollBy(0, -80));
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${outputDir}/working-calendar-policy-editor-ar.png` });
  });
});
