import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { screenshot } from '../support/browser.js';
import { post, signInOverHttp } from '../support/graphql.js';
import type { RunningServer } from '../support/server.js';
import {
  act,
  checkItems,
  COMMITTEE,
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
 * Journey (issue 16 item 6): the checklists of step 5 (the committee) and step 7 (delivery) are
 * shown in their action dialogs and recorded. The officer ticks on submitting what is done before
 * the committee; the committee's dialog shows it as recorded and asks for the rest before an
 * approval; the delivery asks for its required items. Each dialog is saved in English and Arabic.
 */
describe('journey: the checklists of steps 5 and 7', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let reference = '';

  /** Takes an action over HTTP as `cookie`, at the transaction's current version. */
  const actOverHttp = async (cookie: string, mutation: string, input: Record<string, unknown>) => {
    const read = await post<{ transaction: { id: string; version: number } }>(
      server,
      'query($r: String!) { transaction(reference: $r) { id version } }',
      { r: reference },
      { cookie },
    );
    const { id, version } = read.body.data!.transaction;
    const type = `${mutation[0]!.toUpperCase()}${mutation.slice(1)}Input`;
    const { body } = await post<Record<string, { errors: unknown[] }>>(
      server,
      `mutation($i: ${type}!) { ${mutation}(input: $i) { errors { code } } }`,
      { i: { id, expectedVersion: version, ...input } },
      { cookie },
    );
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    expect(body.data![mutation]!.errors).toEqual([]);
  };

  /** Opens the transaction page in `lang` with the dialog of `action` open at once. */
  const openDialog = async (action: string, lang: 'ar' | 'en') => {
    await page.goto(`${server.url}/transactions/${reference}?lang=${lang}&action=${action}`);
    const dialog = testid(`action-dialog-${action}`);
    await page.locator(dialog).waitFor();
    await page.locator(`${dialog} ${testid('action-checklist')}`).waitFor();
    return dialog;
  };
  const closeDialog = async (dialog: string) => {
    await page.keyboard.press('Escape');
    await page.locator(dialog).waitFor({ state: 'detached' });
    await page.goto(`${server.url}/transactions/${reference}?lang=ar`);
    await page.locator(testid('timeline-event')).first().waitFor();
  };

  beforeAll(async () => {
    ({ server, browser, page } = await startJourney());
    reference = await openSupportRequestOverHttp(server);
    const staff = await signInOverHttp(server, STAFF.username, STAFF.password);
    await actOverHttp(staff, 'transactionCompleteStep', {
      checkedItems: [
        'GREETED_COURTEOUSLY',
        'REQUEST_IDENTIFIED',
        'QUESTIONS_ANSWERED',
        'SUFFICIENT_TIME_GIVEN',
      ],
    });
    await actOverHttp(staff, 'transactionCompleteStep', {
      checkedItems: [
        'NATIONAL_ID_COPY',
        'VALID_MOBILE',
        'ADDRESS_CITY',
        'FAMILY_MEMBERS',
        'INCOME_PROOF',
      ],
    });
    await actOverHttp(staff, 'transactionAttest', {
      attestationText: 'أقر بصحة البيانات المقدمة وأنني مسؤول عنها مسؤولية مباشرة.',
      applicantConfirmed: true,
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('the officer ticks, on submitting, what is done before the committee', async () => {
    await signIn(page, server, STAFF);
    const dialog = await openDialog('SUBMIT_TO_COMMITTEE', 'en');
    await checkItems(page, dialog, ['BENEFICIARY_INFORMED']);
    await settled(page);
    await screenshot(page, 'transaction-submit-checklist-en');
    await closeDialog(dialog);
    await act(
      page,
      'SUBMIT_TO_COMMITTEE',
      async (d) => {
        expect(await page.locator(`${d} [data-testid^="check-"]`).count()).toBe(4);
        // Nothing is required yet: the committee's decision ends the step.
        expect(await page.locator(`${d} ${testid('action-submit')}`).isDisabled()).toBe(false);
        await checkItems(page, d, ['BENEFICIARY_INFORMED']);
      },
      'transaction-submit-checklist-ar',
    );
    expect((await pageState(page)).status).toBe('AWAITING_COMMITTEE');
    expect(await page.locator(testid('timeline-event')).last().innerText()).toContain('بند');
    await signOut(page);
  });

  it('the committee sees the officer’s item as recorded and ticks the rest to approve', async () => {
    await signIn(page, server, COMMITTEE);
    const dialog = await openDialog('DECIDE', 'en');
    await page.locator(`${testid('decide-APPROVE')} input`).check();
    const informed = page.locator(`${dialog} ${testid('check-BENEFICIARY_INFORMED')}`);
    expect(await informed.getAttribute('data-recorded')).toBe('true');
    expect(await informed.locator('input').isChecked()).toBe(true);
    await page
      .locator(`${testid('decide-reason')} textarea`)
      .first()
      .fill('Meets the policy.');
    // Three required items left: approving is not possible yet.
    expect(await page.locator(`${dialog} ${testid('checklist-missing')}`).innerText()).toContain(
      '3',
    );
    expect(await page.locator(`${dialog} ${testid('action-submit')}`).isDisabled()).toBe(true);
    await settled(page);
    await screenshot(page, 'transaction-decide-checklist-en');
    await closeDialog(dialog);

    await act(
      page,
      'DECIDE',
      async (d) => {
        await page.locator(`${testid('decide-APPROVE')} input`).check();
        await page
          .locator(`${testid('decide-reason')} textarea`)
          .first()
          .fill('مستوفٍ للشروط.');
        await checkItems(page, d, ['REQUEST_STUDIED', 'DECISION_RECORDED', 'BENEFICIARY_NOTIFIED']);
      },
      'transaction-decide-checklist-ar',
    );
    expect((await pageState(page)).current).toBe('REGISTRATION');
    await signOut(page);
  });

  it('the delivery asks for its required items', async () => {
    const staff = await signInOverHttp(server, STAFF.username, STAFF.password);
    await actOverHttp(staff, 'transactionCompleteStep', {
      checkedItems: ['REQUEST_COMPLETE', 'BENEFICIARY_REGISTERED'],
    });
    await signIn(page, server, STAFF);
    const dialog = await openDialog('DELIVER', 'en');
    await page
      .locator(`${testid('deliver-service')} textarea`)
      .first()
      .fill('Three months of rent.');
    expect(await page.locator(`${dialog} ${testid('action-submit')}`).isDisabled()).toBe(true);
    await checkItems(page, dialog, ['SERVICE_DELIVERED']);
    await settled(page);
    await screenshot(page, 'transaction-deliver-checklist-en');
    await closeDialog(dialog);
    await act(
      page,
      'DELIVER',
      async (d) => {
        await page
          .locator(`${testid('deliver-service')} textarea`)
          .first()
          .fill('صُرفت إعانة إيجار لثلاثة أشهر.');
        await checkItems(page, d, ['SERVICE_DELIVERED']);
        expect(await page.locator(`${d} ${testid('action-submit')}`).isDisabled()).toBe(true);
        await checkItems(page, d, ['DELIVERY_RECORDED', 'SURVEY_OFFERED']);
      },
      'transaction-deliver-checklist-ar',
    );
    expect((await pageState(page)).status).toBe('CLOSED');
    await page.keyboard.press('Escape');
    await settled(page);
    await screenshot(page, 'transaction-checklists-timeline-ar');
  });
});
