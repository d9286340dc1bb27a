import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { screenshot } from '../support/browser.js';
import { createUser, post, signInOverHttp } from '../support/graphql.js';
import type { RunningServer } from '../support/server.js';
import { describeViolations, failingViolations, signInContext } from './accessibility.support.js';
import {
  choose,
  openSupportRequestOverHttp,
  settled,
  STAFF,
  startJourney,
  testid,
} from './transactions.support.js';

/**
 * The transactions list as a helpdesk's (issue 16 item 16): a named view saved, found again
 * after a reload and shared with another officer; two rows assigned to another officer at once;
 * the keyboard (`?` the help sheet, `j` `j` Enter opens the second row). axe-core on the list
 * with its menu, bulk bar and help sheet open. Arabic and English, and the list on a phone.
 */
describe(
  'the transactions list: saved views, bulk assignment, keyboard',
  { timeout: 240_000 },
  () => {
    const OMAR = { username: 'staff2', password: 'omar-pass-2024', name: 'عمر الموظف' };
    const VIEW = 'استفساراتي المفتوحة';
    let server: RunningServer;
    let browser: Browser;
    let sara: BrowserContext;
    let page: Page;

    /** Opens the list as staff1 in `lang`, at `query`, and waits for its rows. */
    async function openList(p: Page, lang: 'ar' | 'en', query = ''): Promise<void> {
      await p.goto(`${server.url}/transactions?${query}${query ? '&' : ''}lang=${lang}`);
      await p.locator(testid('transaction-row')).first().waitFor();
      await settled(p);
    }
    const rowCount = (p: Page) => p.locator(testid('transaction-row')).count();
    async function checkAxe(p: Page, where: string): Promise<void> {
      await p.evaluate(async () => {
        await document.fonts.ready;
        // Transitions finished (a spinner's endless animation never does).
        const finite = document
          .getAnimations()
          .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity);
        await Promise.all(finite.map((a) => a.finished.catch(() => undefined)));
      });
      const violations = await failingViolations(p);
      expect(violations, describeViolations(where, violations)).toEqual([]);
    }

    beforeAll(async () => {
      let first: BrowserContext;
      ({ server, browser, context: first } = await startJourney());
      await first.close();
      const admin = await signInOverHttp(
        server,
        'admin',
        /with the password (\S+)/.exec(server.output)![1]!,
      );
      await createUser(server, admin, OMAR, ['STAFF']);
      // A support request and two inquiries, all assigned to staff1 (who opened them).
      await openSupportRequestOverHttp(server);
      const staff = await signInOverHttp(server, STAFF.username, STAFF.password);
      const list = await post<{ beneficiaries: { edges: { node: { id: string } }[] } }>(
        server,
        '{ beneficiaries(first: 1) { edges { node { id } } } }',
        {},
        { cookie: staff },
      );
      const beneficiaryId = list.body.data!.beneficiaries.edges[0]!.node.id;
      for (const subject of ['استفسار عن مواعيد الصرف', 'استفسار عن الأوراق المطلوبة']) {
        const opened = await post(
          server,
          'mutation($i: TransactionOpenInput!) { transactionOpen(input: $i) { errors { code } } }',
          { i: { beneficiaryId, channelKey: 'PHONE', type: 'INQUIRY', subject } },
          { cookie: staff },
        );
        expect(opened.body.errors).toBeUndefined();
      }
      // The app's Content-Security-Policy forbids inline scripts, axe-core's among them.
      sara = await browser.newContext({ viewport: { width: 1366, height: 900 }, bypassCSP: true });
      await signInContext(sara, server, STAFF);
      page = await sara.newPage();
      page.setDefaultTimeout(45_000);
      // What went wrong in the page, in the test's output.
      page.on('pageerror', (err) => console.log(`page error: ${err.message}`));
      page.on('console', (m) => m.type() === 'error' && console.log(`console: ${m.text()}`));
    });
    afterAll(async () => {
      await browser?.close();
      await server?.stop();
    });

    it('saves the filtered list as a view, and shows it again after a reload (Arabic)', async () => {
      await openList(page, 'ar', 'type=INQUIRY&status=OPEN');
      expect(await rowCount(page)).toBe(2);
      await page.locator(testid('views-menu')).click();
      await page.locator(testid('view-save-as')).click();
      await page.locator(`${testid('view-name')} input`).fill(VIEW);
      await settled(page);
      await screenshot(page, 'list-views-save-ar');
      await page.locator(testid('view-dialog-submit')).click();
      await page.waitForURL(/view=\d+/);
      expect(await page.locator(testid('views-menu')).innerText()).toContain(VIEW);

      // Back to the whole list, reloaded: the view is in the menu, and choosing it filters again.
      await openList(page, 'ar');
      expect(await rowCount(page)).toBe(3);
      await page.reload();
      await page.locator(testid('transaction-row')).first().waitFor();
      await page.locator(testid('views-menu')).click();
      await page.locator(testid(`view-${VIEW}`)).click();
      await page.waitForURL(/view=\d+/);
      const url = new URL(page.url());
      expect(url.searchParams.get('type')).toBe('INQUIRY');
      expect(url.searchParams.get('status')).toBe('OPEN');
      await page.waitForFunction(
        () => document.querySelectorAll('[data-testid="transaction-row"]').length === 2,
      );
      await page.locator(testid('views-menu')).click();
      await page.locator(testid('view-share')).waitFor();
      await settled(page);
      await screenshot(page, 'list-views-menu-ar');
      await checkAxe(page, 'views menu (ar)');
      // Shared with all staff.
      await page.locator(testid('view-share')).click();
      await page.locator(testid('views-done')).waitFor();
    });

    it('another officer sees the shared view, may use it, not change it (English)', async () => {
      const omar = await browser.newContext({ viewport: { width: 1366, height: 900 } });
      await signInContext(omar, server, OMAR);
      const p = await omar.newPage();
      await p.goto(`${server.url}/transactions?lang=en`);
      await p.locator(testid('views-menu')).click();
      const item = p.locator(`${testid('views-shared')} ${testid(`view-${VIEW}`)}`);
      await item.waitFor();
      expect(await item.innerText()).toContain(`Shared by ${STAFF.name}`);
      await item.click();
      await p.waitForURL(/type=INQUIRY/);
      await p.locator(testid('views-menu')).click();
      await p.locator(testid('view-save-as')).waitFor();
      expect(await p.locator(testid('view-rename')).count()).toBe(0);
      expect(await p.locator(testid('view-delete')).count()).toBe(0);
      await settled(p);
      await screenshot(p, 'list-views-shared-en');
      await omar.close();
    });

    it('assigns two rows to another officer at once (Arabic), and the bulk bar on a phone', async () => {
      await openList(page, 'ar');
      const rows = page.locator(testid('transaction-row'));
      const chosen = [
        await rows.nth(0).getAttribute('data-reference'),
        await rows.nth(1).getAttribute('data-reference'),
      ];
      await rows
        .nth(0)
        .locator(`${testid('select-row')} input`)
        .check();
      await rows
        .nth(1)
        .locator(`${testid('select-row')} input`)
        .check();
      await page.locator(testid('bulk-bar')).waitFor();
      await choose(page, 'bulk-assignee', OMAR.name);
      await settled(page);
      await screenshot(page, 'list-bulk-assign-ar');
      await checkAxe(page, 'bulk bar (ar)');
      await page.locator(testid('bulk-assign')).click();
      await page.locator(testid('bulk-assigned')).waitFor();
      for (const reference of chosen) {
        await page
          .locator(`[data-reference="${reference}"]`)
          .filter({ hasText: OMAR.name })
          .waitFor();
      }
      expect(await page.locator(testid('bulk-bar')).count()).toBe(0);
      const third = page.locator(testid('transaction-row')).filter({ hasText: STAFF.name });
      expect(await third.count()).toBe(1);

      const phone = await sara.newPage();
      await phone.setViewportSize({ width: 390, height: 844 });
      await openList(phone, 'ar');
      await phone
        .locator(`${testid('select-row')} input`)
        .first()
        .check();
      await phone.locator(testid('bulk-bar')).waitFor();
      await settled(phone);
      await screenshot(phone, 'list-bulk-ar-390');
      const overflow = await phone.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await phone.close();
    });

    for (const lang of ['ar', 'en'] as const) {
      it(`? opens the shortcuts; j j Enter opens the second row (${lang})`, async () => {
        await openList(page, lang);
        await page.keyboard.press('?');
        const sheet = page.locator(testid('shortcut-help'));
        await sheet.waitFor();
        expect(await sheet.locator(testid('shortcut-j')).count()).toBe(1);
        expect(await sheet.locator(testid('shortcut-g t')).count()).toBe(1);
        await settled(page);
        await screenshot(page, `list-shortcuts-${lang}`);
        await checkAxe(page, `shortcut sheet (${lang})`);
        await page.keyboard.press('Escape');
        await sheet.waitFor({ state: 'detached' });

        // `/` puts the focus in the list's search box.
        await page.keyboard.press('/');
        expect(
          await page.evaluate(
            () => !!document.activeElement?.closest('[data-testid="filter-search"]'),
          ),
        ).toBe(true);
        await page.evaluate(() => (document.activeElement as HTMLElement).blur());

        const second = await page
          .locator(testid('transaction-row'))
          .nth(1)
          .getAttribute('data-reference');
        await page.keyboard.press('j');
        await page.keyboard.press('j');
        expect(
          await page.evaluate(
            () => (document.activeElement as HTMLElement | null)?.dataset.reference,
          ),
        ).toBe(second);
        await screenshot(page, `list-row-focus-${lang}`);
        await page.keyboard.press('Enter');
        await page.waitForURL((u) => u.pathname === `/transactions/${second}`);
      });
    }
  },
);
