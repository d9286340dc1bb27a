import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { screenshot } from '../support/browser.js';
import { outputDir, repoRoot, type RunningServer } from '../support/server.js';
import {
  act,
  checkItems,
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
 * Journey (issue 18 items 1–3): a manager keeps the document types; the policy in force asks, at
 * step 2, for the national ID copy on file. The officer cannot complete step 2 without it (the
 * page says which document is missing), adds it from the transaction page (type, dates typed in
 * either calendar, the file), sees it attached and on the beneficiary's file, and completes the
 * step. Arabic and English screenshots of each screen.
 */

const pdf = Buffer.concat([
  Buffer.from('%PDF-1.7\n'),
  Buffer.alloc(2000, 0x20),
  Buffer.from('\n%%EOF\n'),
]);
const VERIFICATION = [
  'NATIONAL_ID_COPY',
  'VALID_MOBILE',
  'ADDRESS_CITY',
  'FAMILY_MEMBERS',
  'INCOME_PROOF',
];
const RECEPTION = [
  'GREETED_COURTEOUSLY',
  'REQUEST_IDENTIFIED',
  'QUESTIONS_ANSWERED',
  'SUFFICIENT_TIME_GIVEN',
];

/** The policy in force asks for a national ID copy on file at step 2 (as a manager's draft would). */
function requireIdCopy(server: RunningServer): void {
  const Database = createRequire(path.join(repoRoot, 'server/package.json'))(
    'better-sqlite3',
  ) as new (file: string) => { prepare(sql: string): { run(): unknown }; close(): void };
  const db = new Database(path.join(server.dataDir, 'masar.sqlite'));
  db.prepare(
    `update checklist_item set document_type_key = 'NATIONAL_ID_COPY' where key = 'NATIONAL_ID_COPY'
       and step_id in (select id from handling_step where key = 'VERIFICATION')`,
  ).run();
  db.close();
}

/** Back to the top with nothing focused: a whole-page screenshot of the page as it reads. */
const atTop = (page: Page) =>
  page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });

describe('journey: the documents on a beneficiary’s file', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let reference = '';

  beforeAll(async () => {
    ({ server, browser, page } = await startJourney());
    requireIdCopy(server);
    reference = await openSupportRequestOverHttp(server);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('a manager adds a document type', async () => {
    await signIn(page, server, MANAGER);
    await page.goto(`${server.url}/admin/document-types?lang=ar`);
    await page.locator(testid('document-type-row')).first().waitFor();
    expect(await page.locator(testid('document-type-row')).count()).toBe(8);
    await page.locator(testid('document-type-add')).click();
    await page.locator(`${testid('document-type-key')} input`).fill('GUARDIANSHIP');
    await page.locator(`${testid('document-type-name-ar')} input`).fill('صك الولاية');
    await page.locator(`${testid('document-type-name-en')} input`).fill('Guardianship deed');
    await settled(page);
    await screenshot(page, 'document-type-dialog-ar');
    await page.locator(testid('document-type-submit')).click();
    await page.locator(testid('document-type-dialog')).waitFor({ state: 'detached' });
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="document-type-row"]').length === 9,
    );
    await settled(page);
    await screenshot(page, 'document-types-ar');
    await page.goto(`${server.url}/admin/document-types?lang=en`);
    await page.locator(testid('document-type-row')).nth(8).waitFor();
    expect(await page.locator(testid('document-type-row')).nth(8).innerText()).toContain(
      'Guardianship deed',
    );
    await settled(page);
    await screenshot(page, 'document-types-en');
  });

  it('a policy draft’s checklist item asks for a document type', async () => {
    await page.goto(`${server.url}/policy/versions?lang=ar`);
    await page.locator(testid('versions-new-draft')).click();
    await page.waitForURL((url) => url.pathname === '/policy/versions/2/edit');
    await page.locator(testid('draft-save')).waitFor();
    const panel = page.locator(testid('draft-panel-steps'));
    await panel.locator('.v-expansion-panel-title').click();
    await panel.locator('.v-expansion-panel-text__wrapper').first().waitFor();
    const verification = panel.locator(`${testid('draft-step')}[data-step-key="VERIFICATION"]`);
    const item = verification.locator(testid('draft-checklist-item')).first();
    const select = item.locator(testid('draft-item-document-type'));
    await select.locator('.v-field').click();
    await page
      .locator('.v-overlay--active .v-list-item')
      .filter({ hasText: 'صورة الهوية الوطنية أو الإقامة' })
      .first()
      .click();
    await item.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await settled(page);
    await page.screenshot({ path: path.join(outputDir, 'policy-draft-document-type-ar.png') });
    await page.locator(testid('draft-save')).click();
    await page.waitForSelector(`${testid('draft-dirty')}[data-dirty="false"]`);
    const saved = await page.evaluate(async () => {
      const res = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: '{ policyVersion(number: 2) { steps { key checklist { key documentTypeKey } } } }',
        }),
      });
      return (await res.json()) as {
        data: {
          policyVersion: {
            steps: { key: string; checklist: { key: string; documentTypeKey: string | null }[] }[];
          };
        };
      };
    });
    const items = saved.data.policyVersion.steps.find((st) => st.key === 'VERIFICATION')!.checklist;
    expect(items.find((i) => i.key === 'NATIONAL_ID_COPY')!.documentTypeKey).toBe(
      'NATIONAL_ID_COPY',
    );
    await signOut(page);
  });

  it('step 2 cannot be completed until the national ID copy is on file; the officer adds it from the transaction', async () => {
    await signIn(page, server, STAFF);
    await page.goto(`${server.url}/transactions/${reference}?lang=ar`);
    await page.locator(testid('timeline-event')).first().waitFor();
    await act(page, 'COMPLETE_STEP', (dialog) => checkItems(page, dialog, RECEPTION));
    expect((await pageState(page)).current).toBe('VERIFICATION');

    // The page says what is missing.
    const missing = page.locator(testid('document-missing'));
    await missing.first().waitFor();
    expect(await missing.allInnerTexts()).toEqual(['صورة الهوية الوطنية أو الإقامة']);
    await atTop(page);
    await settled(page);
    await screenshot(page, 'transaction-documents-missing-ar');

    // Completing the step anyway is refused, with the reason, and the ticks are kept.
    await page.locator(testid('action-COMPLETE_STEP')).click();
    const dialog = testid('action-dialog-COMPLETE_STEP');
    await page.locator(dialog).waitFor();
    await checkItems(page, dialog, VERIFICATION);
    await page.locator(`${dialog} ${testid('action-submit')}`).click();
    const refusal = page.locator(`${dialog} .v-alert`).filter({ hasText: 'الوثائق' });
    await refusal.waitFor();
    expect(await page.locator(`${dialog} ${testid('check-INCOME_PROOF')} input`).isChecked()).toBe(
      true,
    );
    await page.keyboard.press('Escape');
    await page.locator(dialog).waitFor({ state: 'detached' });

    // Added from the missing chip: the type is chosen already; the expiry typed in Hijri.
    await missing.first().click();
    const upload = testid('document-upload-dialog');
    await page.locator(upload).waitFor();
    expect(await page.locator(`${upload} ${testid('document-type')}`).innerText()).toContain(
      'صورة الهوية الوطنية',
    );
    const expiry = page.locator(`${testid('document-expires-on')} input`);
    await expiry.fill('1450-05-01');
    await expiry.press('Tab');
    await page.locator(`${testid('document-file')} input[type="file"]`).setInputFiles({
      name: 'هوية.pdf',
      mimeType: 'application/pdf',
      buffer: pdf,
    });
    await settled(page);
    await screenshot(page, 'document-upload-ar');
    await page.locator(testid('document-upload-submit')).click();
    await page.locator(upload).waitFor({ state: 'detached' });
    await page
      .locator(`${testid('transaction-document-list')} ${testid('document-row')}`)
      .waitFor();
    await page.locator(testid('documents-missing')).waitFor({ state: 'detached' });
    await atTop(page);
    await settled(page);
    await screenshot(page, 'transaction-documents-ar');

    await act(page, 'COMPLETE_STEP', (d) => checkItems(page, d, VERIFICATION));
    expect((await pageState(page)).current).toBe('ATTESTATION');
  });

  it('the beneficiary’s page lists the file, in Arabic and English, and on a phone', async () => {
    await page.goto(`${server.url}/transactions/${reference}?lang=en`);
    await page.locator(testid('transaction-document-list')).waitFor();
    await atTop(page);
    await settled(page);
    await screenshot(page, 'transaction-documents-en');

    // The one beneficiary of this server.
    const list = await page.evaluate(async () => {
      const res = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ beneficiaries(first: 1) { edges { node { id } } } }' }),
      });
      return (await res.json()) as {
        data: { beneficiaries: { edges: { node: { id: string } }[] } };
      };
    });
    const id = list.data.beneficiaries.edges[0]!.node.id;
    for (const lang of ['ar', 'en'] as const) {
      await page.goto(`${server.url}/beneficiaries/${id}?lang=${lang}`);
      const rows = page.locator(`${testid('document-list')} ${testid('document-row')}`);
      await rows.first().waitFor();
      expect(await rows.count()).toBe(1);
      await atTop(page);
      await settled(page);
      await screenshot(page, `beneficiary-documents-${lang}`);
    }
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.url}/beneficiaries/${id}?lang=ar`);
    await page
      .locator(`${testid('document-list')} ${testid('document-row')}`)
      .first()
      .waitFor();
    await atTop(page);
    await settled(page);
    await screenshot(page, 'beneficiary-documents-phone-ar');
    await page.setViewportSize({ width: 1366, height: 900 });
  });
});
