import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { choose, launchBrowser, screenshot, testid } from '../support/browser.js';
import { createUser, post, signInOverHttp } from '../support/graphql.js';
import { startServer, type RunningServer } from '../support/server.js';
import { closedInquiryOverHttp } from './transactions.support.js';

/**
 * Journey: satisfaction surveys. Staff close inquiries over GraphQL and collect the one-time
 * survey links from the closing payloads. On a phone, in Arabic, a beneficiary answers one link
 * with the keyboard and the mouse and is thanked; the same link then says "already answered" and
 * an unknown one says so clearly. A manager sees the answers move the figures and the charts on
 * the analytics page (Arabic and English), whose period and filters stay in the address (a reload
 * and the back button keep them, values it does not know are ignored); an analyst reads the
 * comments with personal data masked. Screens are saved in Arabic and English.
 */

const STAFF = { username: 'staff-s', password: 'staff-pass-2024', name: 'سارة الموظفة' };
const MANAGER = { username: 'manager-s', password: 'manager-pass-2024', name: 'مها المديرة' };
const ANALYST = { username: 'analyst-s', password: 'analyst-pass-2024', name: 'عمر المحلل' };
const PHONE_NUMBER = '0551234567';

/** A valid Saudi national ID: nine digits and their Luhn check digit. */
function nationalId(firstNine: string): string {
  for (let d = 0; d <= 9; d++) {
    const id = firstNine + d;
    let sum = 0;
    for (let i = 0; i < 10; i++) {
      const digit = Number(id[i]);
      const doubled = digit * 2;
      sum += i % 2 === 0 ? (doubled > 9 ? doubled - 9 : doubled) : digit;
    }
    if (sum % 10 === 0) return id;
  }
  throw new Error('no check digit');
}

async function settled(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  // From the top, so the fixed app bar is not drawn across the middle of a full-page shot.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(400);
}

async function signInThroughUi(page: Page, server: RunningServer, login: string, password: string) {
  await page.goto(`${server.url}/sign-in?lang=ar`);
  await page.locator(`${testid('sign-in-login')} input`).fill(login);
  await page.locator(`${testid('sign-in-password')} input`).fill(password);
  await page.locator(`${testid('sign-in-password')} input`).press('Enter');
  // Where each role lands (the analyst on the API explorer, a page of the server).
  await page.waitForURL((url) => url.pathname !== '/sign-in');
}

async function signOutThroughUi(page: Page): Promise<void> {
  await page.locator(testid('user-menu')).click();
  await page.locator(testid('sign-out')).click();
  await page.locator(testid('app-sign-in')).waitFor();
}

/** Waits until every chart that has data has drawn its SVG with shapes in it. */
async function chartsDrawn(page: Page, names: string[]): Promise<void> {
  for (const name of names) {
    const svg = page.locator(`${testid(`chart-${name}`)} ${testid('chart-canvas')} svg`);
    await svg.first().waitFor();
    await page.waitForFunction((n) => {
      const el = document.querySelector(
        `[data-testid="chart-${n}"] [data-testid="chart-canvas"] svg`,
      );
      if (!el) return false;
      const box = el.getBoundingClientRect();
      return box.width > 100 && box.height > 100 && el.querySelectorAll('path').length > 3;
    }, name);
  }
}

const kpi = async (page: Page, name: string) =>
  (await page.locator(`${testid(`kpi-${name}`)} ${testid('kpi-value')}`).innerText()).trim();

/** The URL's query as a plain object. */
const queryOf = (page: Page) => Object.fromEntries(new URL(page.url()).searchParams);

describe('journey: a beneficiary answers a survey link; the figures move', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const tokens: string[] = [];

  beforeAll(async () => {
    server = await startServer();
    const adminPassword = /with the password (\S+)/.exec(server.output)![1]!;
    const admin = await signInOverHttp(server, 'admin', adminPassword);
    await createUser(server, admin, STAFF, ['STAFF']);
    await createUser(server, admin, MANAGER, ['MANAGER']);
    await createUser(server, admin, ANALYST, ['ANALYST']);

    const staff = await signInOverHttp(server, STAFF.username, STAFF.password);
    const b = await post<{ beneficiaryCreate: { beneficiary: { id: string } } }>(
      server,
      'mutation($i: BeneficiaryCreateInput!) { beneficiaryCreate(input: $i) { beneficiary { id } errors { code } } }',
      {
        i: {
          fullName: 'فاطمة أحمد الزهراني',
          nationalId: nationalId('108765432'),
          mobile: PHONE_NUMBER,
          city: 'الرياض',
          gender: 'FEMALE',
        },
      },
      { cookie: staff },
    );
    expect(b.body.errors, JSON.stringify(b.body.errors)).toBeUndefined();
    const beneficiaryId = b.body.data!.beneficiaryCreate.beneficiary.id;

    // Four inquiries by phone, each closed at step 1: each closing issues a survey link.
    for (let i = 0; i < 4; i++) {
      tokens.push((await closedInquiryOverHttp(server, staff, beneficiaryId)).token);
    }

    // One beneficiary answers by themselves, low, with their phone number in the comment.
    const answered = await post<{ surveySubmit: { recorded: boolean } }>(
      server,
      'mutation($i: SurveySubmitInput!) { surveySubmit(input: $i) { recorded errors { code } } }',
      {
        i: {
          token: tokens[1],
          answers: {
            overall: 2,
            courtesy: 3,
            clarity: 2,
            speed: 1,
            recommend: 5,
            comment: `انتظرت طويلاً على الهاتف، رقمي ${PHONE_NUMBER}`,
          },
        },
      },
    );
    expect(answered.body.data!.surveySubmit.recorded).toBe(true);

    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('lets a beneficiary answer on a phone, in Arabic, with the keyboard and the mouse', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await phone.goto(`${server.url}/s/${tokens[0]}?lang=ar`);
    await phone.locator(testid('survey-form')).waitFor();
    expect(await phone.locator('html').getAttribute('dir')).toBe('rtl');
    // No app bar and no menu for the public page: the association's name on top.
    expect(await phone.locator('.v-app-bar').count()).toBe(0);
    expect(await phone.locator(testid('nav')).count()).toBe(0);
    expect(await phone.locator(testid('survey-org')).innerText()).toContain('جمعية');
    // Nothing overflows the phone's width.
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    await settled(phone);
    await screenshot(phone, 'survey-ar-390');

    // Sending with nothing chosen marks every question and moves the focus to the first.
    await phone.locator(testid('survey-submit')).click();
    await phone.locator(testid('survey-error')).waitFor();
    expect(await phone.locator('fieldset[aria-invalid="true"]').count()).toBe(5);
    expect(
      await phone.evaluate(() => document.activeElement?.closest('fieldset')?.dataset.testid),
    ).toBe('survey-q-overall');
    await settled(phone);
    await screenshot(phone, 'survey-errors-ar-390');

    // Keyboard: the focus is on the overall question's first option; arrows move and choose.
    for (let i = 0; i < 4; i++) await phone.keyboard.press('ArrowDown');
    expect(await phone.locator(`${testid('survey-overall-5')} input`).isChecked()).toBe(true);
    await phone.keyboard.press('Tab'); // into the next question's group
    for (let i = 0; i < 3; i++) await phone.keyboard.press('ArrowDown');
    expect(await phone.locator(`${testid('survey-courtesy-4')} input`).isChecked()).toBe(true);
    // Mouse (taps) for the rest.
    await phone.locator(testid('survey-clarity-4')).click();
    await phone.locator(testid('survey-speed-5')).click();
    await phone.locator(testid('survey-recommend-10')).click();
    await phone.locator(`${testid('survey-comment')} textarea`).fill('الموظفة كانت متعاونة جدًا');
    await phone
      .locator(`${testid('survey-suggestion')} textarea`)
      .fill('ليت ساعات العمل تمتد إلى المساء');
    expect(await phone.locator('fieldset[aria-invalid="true"]').count()).toBe(0);
    await phone.locator(`${testid('survey-q-recommend')}`).scrollIntoViewIfNeeded();
    await settled(phone);
    await screenshot(phone, 'survey-filled-ar-390');

    await phone.locator(testid('survey-submit')).click();
    await phone.locator(testid('survey-thanks')).waitFor();
    await settled(phone);
    await screenshot(phone, 'survey-thanks-ar-390');

    // The same link again: already answered, no form.
    await phone.goto(`${server.url}/s/${tokens[0]}`);
    await phone.locator(testid('survey-state-used')).waitFor();
    expect(await phone.locator(testid('survey-form')).count()).toBe(0);
    await settled(phone);
    await screenshot(phone, 'survey-used-ar-390');

    // A link nobody issued.
    await phone.goto(`${server.url}/s/not-a-real-token-0000000000000000`);
    await phone.locator(testid('survey-state-unknown')).waitFor();
    await settled(phone);
    await screenshot(phone, 'survey-unknown-ar-390');

    // English, on the phone and on a wide screen.
    await phone.goto(`${server.url}/s/${tokens[2]}?lang=en`);
    await phone.locator(testid('survey-form')).waitFor();
    expect(await phone.locator('html').getAttribute('dir')).toBe('ltr');
    await settled(phone);
    await screenshot(phone, 'survey-en-390');
    await phone.goto(`${server.url}/s/not-a-real-token-0000000000000000`);
    await phone.locator(testid('survey-state-unknown')).waitFor();
    await settled(phone);
    await screenshot(phone, 'survey-unknown-en-390');
    await phone.close();

    await page.goto(`${server.url}/s/${tokens[2]}?lang=ar`);
    await page.locator(testid('survey-form')).waitFor();
    await settled(page);
    await screenshot(page, 'survey-ar');
  });

  it('shows the manager the figures moved by the answers, with charts, in Arabic and English', async () => {
    await signInThroughUi(page, server, MANAGER.username, MANAGER.password);
    await page.locator(testid('nav-satisfaction')).click();
    await page.waitForURL((url) => url.pathname === '/satisfaction');
    await page.locator(testid('kpi-csat')).waitFor();
    // 4 links, 2 answers (5/10 on the phone above, 2/5 over the API).
    expect(await kpi(page, 'response-rate')).toBe('50٪');
    expect(await kpi(page, 'csat')).toBe('50٪');
    expect(await kpi(page, 'nps')).toBe('0');
    expect(await kpi(page, 'mean-overall')).toBe('3.50');
    await chartsDrawn(page, ['trend', 'distribution', 'nps', 'channel', 'transaction-type']);
    // Arabic: the category axis reads from the right; the value axis stands on the right.
    expect(await page.locator(testid('chart-empty')).count()).toBe(0);

    // The table behind the score distribution.
    const distribution = page.locator(testid('chart-distribution'));
    await distribution.locator(testid('chart-table-toggle')).click();
    const rows = distribution.locator(`${testid('chart-table')} tbody tr`);
    expect(await rows.count()).toBe(5);
    expect(await rows.nth(1).innerText()).toContain('1'); // score 2: one answer
    // CSV export: a download with the BOM.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      distribution.locator(testid('chart-csv')).click(),
    ]);
    const csv = await new Promise<string>((resolve, reject) => {
      void download.createReadStream().then((stream) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        stream.on('error', reject);
      });
    });
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('راضٍ جدًا');

    // Managers see per-officer figures: fewer than 5 answers, merged into "others".
    await page.locator(testid('officers')).waitFor();
    // The comments, unmasked for the manager.
    await page.locator(testid('comment')).first().waitFor();
    expect(await page.locator(testid('comments')).innerText()).toContain(PHONE_NUMBER);
    await settled(page);
    await screenshot(page, 'satisfaction-ar');

    await page.locator(testid('lang-switch')).click();
    await page.waitForFunction(() => document.documentElement.dir === 'ltr');
    await page.locator(testid('kpi-csat')).waitFor();
    expect(await kpi(page, 'csat')).toBe('50%');
    expect(await page.locator('h1').innerText()).toContain('Satisfaction analytics');
    await chartsDrawn(page, ['trend', 'distribution', 'nps']);
    await settled(page);
    await screenshot(page, 'satisfaction-en');

    // The period and the filters live in the address. Only answers given with staff help (none
    // yet): the links still count, the answers do not.
    await page
      .locator(testid('filter-mode'))
      .getByRole('button', { name: 'Staff-assisted' })
      .click();
    await page.waitForURL((url) => url.searchParams.get('mode') === 'STAFF_ASSISTED');
    await choose(page, 'filter-period', 'This year');
    await page.waitForURL((url) => url.searchParams.get('period') === 'thisYear');
    expect(queryOf(page)).toEqual({ period: 'thisYear', mode: 'STAFF_ASSISTED' });
    /** The view the address asks for: this year, staff-assisted answers only. */
    const staffAssistedThisYear = async () => {
      await expect.poll(() => kpi(page, 'csat')).toBe('—');
      expect(await kpi(page, 'response-rate')).toBe('0%');
      expect(
        await page.locator(`${testid('filter-period')} .v-select__selection`).innerText(),
      ).toBe('This year');
      expect(await page.locator(`${testid('filter-mode')} .v-btn--active`).innerText()).toContain(
        'Staff-assisted',
      );
      const year = new Date().getFullYear();
      expect(await page.locator(testid('period-text')).innerText()).toContain(`1 January ${year}`);
    };
    await staffAssistedThisYear();
    // A reload keeps it…
    await page.reload();
    await page.locator(testid('kpi-csat')).waitFor();
    await staffAssistedThisYear();
    // …and so does the back button from another page.
    await page.locator(testid('nav-feedback')).click();
    await page.waitForURL((url) => url.pathname === '/feedback');
    await page.goBack();
    await page.waitForURL((url) => url.pathname === '/satisfaction');
    expect(queryOf(page)).toEqual({ period: 'thisYear', mode: 'STAFF_ASSISTED' });
    await page.locator(testid('kpi-csat')).waitFor();
    await staffAssistedThisYear();
    // What the page does not know is ignored: this month, every answer.
    await page.goto(`${server.url}/satisfaction?period=lastWeek&mode=BY_FAX&channel=no%20such`);
    await page.locator(testid('kpi-csat')).waitFor();
    await expect.poll(() => kpi(page, 'csat')).toBe('50%');
    expect(await kpi(page, 'response-rate')).toBe('50%');
    expect(await page.locator(`${testid('filter-period')} .v-select__selection`).innerText()).toBe(
      'This month',
    );

    // The suggestion left in the survey reached the board; the low rating opened an action.
    await page.goto(`${server.url}/feedback`);
    await page.locator(testid('feedback-card')).first().waitFor();
    expect(await page.locator(testid('feedback-column-NEW')).innerText()).toContain('ساعات العمل');
    await settled(page);
    await screenshot(page, 'feedback-board-en');
    await page.goto(`${server.url}/feedback/improvements?lang=ar`);
    await page.locator(testid('improvement')).first().waitFor();
    await settled(page);
    await screenshot(page, 'improvements-ar');
    await page.goto(`${server.url}/feedback?lang=ar`);
    await page.locator(testid('feedback-card')).first().click();
    await page.locator(testid('feedback-detail-dialog')).waitFor();
    await settled(page);
    await screenshot(page, 'feedback-detail-ar');
    await page.keyboard.press('Escape');
    await signOutThroughUi(page);
  });

  it('shows the analyst the comments with personal data masked, and no per-officer figures', async () => {
    await signInThroughUi(page, server, ANALYST.username, ANALYST.password);
    await page.goto(`${server.url}/satisfaction`);
    await page.locator(testid('comment')).first().waitFor();
    const comments = await page.locator(testid('comments')).innerText();
    expect(comments).not.toContain(PHONE_NUMBER);
    expect(comments).toContain('[…]');
    expect(comments).not.toContain('MSR-');
    expect(await page.locator(testid('officers')).count()).toBe(0);
    await chartsDrawn(page, ['trend', 'distribution']);
    await settled(page);
    await screenshot(page, 'satisfaction-analyst-ar');
    await signOutThroughUi(page);
  });
});
