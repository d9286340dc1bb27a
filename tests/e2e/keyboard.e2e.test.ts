import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { screenshot, testid } from '../support/browser.js';
import type { RunningServer } from '../support/server.js';
import { seed, type Seeded } from './accessibility.support.js';
import { pageState, settled, STAFF, startJourney } from './transactions.support.js';

/**
 * Keyboard-only journeys (issue 16, item 4): nothing is clicked, only Tab, Shift+Tab, the arrow
 * keys, Space, Enter and typing. A beneficiary answers the satisfaction survey in Arabic; a
 * beneficiary-relations officer signs in (landing on the transactions), opens a support request
 * from the list and completes its reception step through the action dialog, in English.
 */

/** Whether the focused element is (inside) `selector`. */
const focusIsIn = (page: Page, selector: string) =>
  page.evaluate((s) => !!document.activeElement?.closest(s), selector);

/** Presses Tab (or Shift+Tab) until the focus is in `selector`; how many presses it took. */
async function tabTo(page: Page, selector: string, max = 40, key = 'Tab'): Promise<number> {
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press(key);
    if (await focusIsIn(page, selector)) return presses;
  }
  throw new Error(`${max} presses of ${key} never reached ${selector}`);
}

/** The focused element's description, for messages. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el ? `${el.tagName} ${el.getAttribute('data-testid') ?? ''} ${el.textContent}` : '';
  });

describe('keyboard only: the survey and a staff action', () => {
  let server: RunningServer;
  let browser: Browser;
  let seeded: Seeded;

  beforeAll(async () => {
    let context;
    ({ server, browser, context } = await startJourney());
    await context.close();
    seeded = await seed(server);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('a beneficiary answers the survey with Tab, the arrow keys, Space and Enter (Arabic)', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${server.url}/s/${seeded.surveyToken}?lang=ar`);
    await page.locator(testid('survey-form')).waitFor();
    await settled(page);

    // The language switch first, then the first question's first score.
    await tabTo(page, testid('lang-switch'), 3);
    await page.keyboard.press('Tab');
    expect(await focusIsIn(page, testid('survey-overall-1')), await focused(page)).toBe(true);
    // Space chooses the focused score; the arrow keys move the choice along the scale.
    await page.keyboard.press('Space');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    expect(await page.locator(`${testid('survey-overall-4')} input`).isChecked()).toBe(true);
    // The focused score's tile shows a focus ring.
    const ring = await page
      .locator(testid('survey-overall-4'))
      .evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(ring).toBe('solid');
    await screenshot(page, 'keyboard-survey-focus-ar-390');

    // Each question is one Tab stop: Tab reaches the next question's first score.
    const answers = { courtesy: 5, clarity: 3, speed: 4 };
    for (const [question, score] of Object.entries(answers)) {
      await page.keyboard.press('Tab');
      expect(await focusIsIn(page, testid(`survey-${question}-1`)), await focused(page)).toBe(true);
      await page.keyboard.press('Space');
      for (let i = 1; i < score; i++) await page.keyboard.press('ArrowDown');
      expect(await page.locator(`${testid(`survey-${question}-${score}`)} input`).isChecked()).toBe(
        true,
      );
    }
    // The 0–10 scale: Space chooses 0, ArrowUp from 0 wraps to 10, ArrowUp again goes to 9.
    await page.keyboard.press('Tab');
    expect(await focusIsIn(page, testid('survey-recommend-0')), await focused(page)).toBe(true);
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await page.locator(`${testid('survey-recommend-9')} input`).isChecked()).toBe(true);

    await tabTo(page, `${testid('survey-comment')} textarea`, 3);
    await page.keyboard.type('كان الاستقبال لطيفًا والشرح واضحًا');
    await tabTo(page, `${testid('survey-suggestion')} textarea`, 3);
    await page.keyboard.type('رسالة تذكير قبل الموعد');
    await tabTo(page, testid('survey-submit'), 5);
    await settled(page);
    await screenshot(page, 'keyboard-survey-submit-ar-390');
    await page.keyboard.press('Enter');
    await page.locator(testid('survey-thanks')).waitFor();
    await page.close();
  });

  it('staff sign in, open a request from the list and complete its step with the keyboard (English)', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await page.goto(`${server.url}/sign-in?lang=en`);
    await page.locator(testid('sign-in-login')).waitFor();
    await settled(page);

    // The sign-in page starts in its first field; Shift+Tab back to the skip link, which leads
    // to the form again.
    expect(await focusIsIn(page, `${testid('sign-in-login')} input`), await focused(page)).toBe(
      true,
    );
    await tabTo(page, testid('skip-link'), 10, 'Shift+Tab');
    await page.keyboard.press('Enter');
    await tabTo(page, `${testid('sign-in-login')} input`, 5);
    await page.keyboard.type(STAFF.username);
    await tabTo(page, `${testid('sign-in-password')} input`, 3);
    await page.keyboard.type(STAFF.password);
    await page.keyboard.press('Enter');
    await page.locator(testid('user-menu')).waitFor();
    await settled(page);

    // Signed in, staff land on the transactions; the focus is on that page, so Tab goes on
    // into its content, not back through the app bar and the menu.
    await page.waitForURL((url) => url.pathname === '/transactions');
    await page.waitForFunction(() => !!document.activeElement?.closest('main'));
    const row = `${testid('transaction-row')} a[href="/transactions/${seeded.reference}"]`;
    await page.locator(row).waitFor();
    await tabTo(page, row, 60);
    await settled(page);
    await screenshot(page, 'keyboard-transactions-en');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === `/transactions/${seeded.reference}`);
    await page.waitForFunction(() => document.activeElement?.tagName === 'MAIN');
    await page.locator(testid('timeline-event')).first().waitFor();
    expect((await pageState(page)).current).toBe('RECEPTION');

    // The action, its dialog: the focus moves into it; every checklist item ticked with Space.
    await settled(page);
    await tabTo(page, testid('action-COMPLETE_STEP'), 60);
    await page.keyboard.press('Enter');
    const dialog = testid('action-dialog-COMPLETE_STEP');
    await page.locator(dialog).waitFor();
    await page.waitForFunction((d) => !!document.activeElement?.closest(d), dialog, {
      timeout: 5_000,
    });
    const submit = `${dialog} ${testid('action-submit')}`;
    for (let presses = 0; !(await focusIsIn(page, submit)); presses++) {
      expect(presses, 'the focus reaches the submit button').toBeLessThan(30);
      expect(await focusIsIn(page, dialog), 'the focus stays in the dialog').toBe(true);
      const box = await page.evaluate(() => {
        const el = document.activeElement as HTMLInputElement | null;
        return el?.type === 'checkbox' ? { checked: el.checked } : null;
      });
      if (box && !box.checked) await page.keyboard.press('Space');
      await page.keyboard.press('Tab');
    }
    expect(await page.locator(submit).isEnabled()).toBe(true);
    await settled(page);
    await screenshot(page, 'keyboard-complete-step-en');
    await page.keyboard.press('Enter');
    await page.locator(dialog).waitFor({ state: 'detached' });
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="timeline-event"]').length === 2,
    );
    const state = await pageState(page);
    expect(state.current).toBe('VERIFICATION');
    expect(state.timeline).toEqual(['OPENED', 'STEP_COMPLETED']);
    // The focus went back to the page, not lost on <body>.
    expect(await page.evaluate(() => document.activeElement !== document.body)).toBe(true);
    await page.close();
  });
});
