import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { choose, launchBrowser, screenshot } from '../support/browser.js';
import { createUser, signInOverHttp } from '../support/graphql.js';
import { startServer, type RunningServer } from '../support/server.js';
import {
  openSupportRequestOverHttp,
  settled,
  signIn,
  signOut,
  STAFF,
  testid,
} from './transactions.support.js';

/**
 * Journey (issue 16 item 16): on the transaction page an officer writes an internal note (from
 * the `n` shortcut; a refused note keeps its text) and reassigns the transaction to a colleague
 * with a reason. Both show in the timeline, the note set apart as internal; the colleague finds
 * it in their own queue. Arabic and English, and the `?` sheet lists the page's shortcuts.
 */

const COLLEAGUE = { username: 'staff2', password: 'staff-pass-2025', name: 'خالد الموظف' };
const NOTE = 'اتصلت بالمستفيدة ولم ترد،\nسأعاود الاتصال صباح الغد.';
const REASON = 'إجازة سنوية';
/** Text without the isolates (FSI, PDI) that keep a name's direction. */
const plain = (text: string) => text.replace(/[\u2068\u2069]/g, '');

describe('journey: internal notes and reassigning a transaction', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let reference = '';

  beforeAll(async () => {
    server = await startServer();
    const admin = await signInOverHttp(
      server,
      'admin',
      /with the password (\S+)/.exec(server.output)![1]!,
    );
    await createUser(server, admin, STAFF, ['STAFF']);
    await createUser(server, admin, COLLEAGUE, ['STAFF']);
    reference = await openSupportRequestOverHttp(server);
    browser = await launchBrowser();
    page = await (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('staff write an internal note and reassign the transaction; both show in the timeline', async () => {
    await signIn(page, server, STAFF);
    await page.goto(`${server.url}/transactions/${reference}?lang=ar`);
    await page.locator(testid('timeline-event')).first().waitFor();
    await settled(page);

    // `n` puts the cursor in the note composer.
    await page.keyboard.press('n');
    const body = page.locator(`${testid('note-body')} textarea`).first();
    await page.waitForFunction(() => document.activeElement?.tagName === 'TEXTAREA');
    // Refused by the server (a control character): the text stays as typed, the reason under it.
    await body.fill('ملاحظة فيها رمز\u0007');
    await page.locator(testid('note-add')).click();
    await page
      .locator(`${testid('note-body')} .v-messages__message`)
      .first()
      .waitFor();
    expect(await body.inputValue()).toBe('ملاحظة فيها رمز\u0007');

    await body.fill(NOTE);
    await page.locator(testid('note-add')).click();
    const note = page.locator(testid('timeline-note'));
    await note.waitFor();
    expect(await page.locator(testid('timeline-note-body')).innerText()).toBe(NOTE);
    expect(await note.innerText()).toContain('ملاحظة داخلية');
    expect(await body.inputValue()).toBe('');

    // Reassign to a colleague, by name, with a reason.
    await page.locator(testid('reassign-open')).click();
    const dialog = page.locator(testid('reassign-dialog'));
    await dialog.waitFor();
    await choose(page, 'reassign-assignee', COLLEAGUE.name);
    await page
      .locator(`${testid('reassign-reason')} textarea`)
      .first()
      .fill(REASON);
    await settled(page);
    await screenshot(page, 'transaction-reassign-dialog-ar');
    await page.locator(testid('reassign-submit')).click();
    await dialog.waitFor({ state: 'detached' });
    const notice = page.locator(testid('transaction-notice'));
    await notice.waitFor();
    expect(await notice.innerText()).toContain(COLLEAGUE.name);
    const assigned = page.locator(`${testid('timeline-event')}[data-kind="ASSIGNED"]`);
    await assigned.waitFor();
    const text = plain(await assigned.innerText());
    expect(text).toContain(REASON);
    expect(text).toContain(`من ${STAFF.name} إلى ${COLLEAGUE.name}`);
    expect(await page.locator(testid('transaction-assignee')).innerText()).toBe(COLLEAGUE.name);
    // No longer theirs: they may not hand it on again.
    expect(await page.locator(testid('reassign-open')).count()).toBe(0);
    // The note sits before the reassignment, in time order.
    const order = await page
      .locator(`${testid('timeline')} > li`)
      .evaluateAll((items) => items.map((li) => li.getAttribute('data-testid')));
    expect(order).toEqual(['timeline-event', 'timeline-note', 'timeline-event']);
    await settled(page);
    await screenshot(page, 'transaction-notes-ar');

    await page.goto(`${server.url}/transactions/${reference}?lang=en`);
    await page.locator(testid('timeline-note')).waitFor();
    await settled(page);
    expect(await page.locator(testid('timeline-note')).innerText()).toContain('Internal note');
    expect(plain(await assigned.innerText())).toContain(`From ${STAFF.name} to ${COLLEAGUE.name}`);
    await screenshot(page, 'transaction-notes-en');
    // The help sheet lists this page's shortcuts.
    await page.keyboard.press('?');
    const sheet = page.locator('.v-overlay--active');
    await sheet.getByText('Write an internal note').waitFor();
    await settled(page);
    await screenshot(page, 'transaction-shortcuts-en');
    await page.keyboard.press('Escape');
    await sheet.waitFor({ state: 'detached' });
    await page.goto(`${server.url}/transactions/${reference}?lang=ar`);
    await page.locator(testid('timeline-note')).waitFor();
    await signOut(page);
  });

  it('the new assignee finds it in their queue, and may hand it on', async () => {
    await signIn(page, server, COLLEAGUE);
    await page.goto(`${server.url}/transactions?assignee=me&lang=ar`);
    const row = page.locator(`${testid('transaction-row')}[data-reference="${reference}"]`);
    await row.waitFor();
    await settled(page);
    await screenshot(page, 'transaction-reassigned-queue-ar');
    await page.goto(`${server.url}/transactions/${reference}?lang=en`);
    await page.locator(testid('reassign-open')).waitFor();
    // `g l` goes back to the list.
    await page.keyboard.press('g');
    await page.keyboard.press('l');
    await page.waitForURL(/\/transactions(\?|$)/);
    // On a 390-px phone: the composer, the note and the dialog fit.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.url}/transactions/${reference}?lang=ar`);
    await page.locator(testid('timeline-note')).waitFor();
    await settled(page);
    await screenshot(page, 'transaction-notes-phone-ar');
    await page.locator(testid('reassign-open')).click();
    await page.locator(testid('reassign-dialog')).waitFor();
    await settled(page);
    await screenshot(page, 'transaction-reassign-dialog-phone-ar');
    await page.keyboard.press('Escape');
    await page.locator(testid('reassign-dialog')).waitFor({ state: 'detached' });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1366, height: 900 });
    await signOut(page);
  });
});
