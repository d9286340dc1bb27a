import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { screenshot, testid } from '../support/browser.js';
import { post, signInOverHttp } from '../support/graphql.js';
import type { RunningServer } from '../support/server.js';
import { signInContext } from './accessibility.support.js';
import {
  closedInquiryOverHttp,
  registerBeneficiaryOverHttp,
  settled,
  STAFF,
  startJourney,
} from './transactions.support.js';

/**
 * On a phone (issue 16, item 11), in Arabic and English: the survey's 0–10 scale is one row of
 * eleven tiles, the 1–5 labels wrap between words only, and nothing makes the page wider than
 * the screen; on a closed transaction's page the survey links (a list of cards on a phone), the
 * new link's card and the panel's buttons stay inside the screen.
 */

const PHONE = { width: 390, height: 844 };
const SMALL_PHONE = { width: 360, height: 740 };
const LANGS = ['ar', 'en'] as const;

/** How far the page is wider than the screen (0 when it is not). */
const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth);

/** The top of each tile of a question's scale, rounded to the pixel. */
const tileTops = (page: Page, question: string) =>
  page.evaluate(
    (q) =>
      Array.from(document.querySelectorAll(`[data-testid^="survey-${q}-"]`)).map((el) =>
        Math.round(el.getBoundingClientRect().top),
      ),
    question,
  );

/**
 * The words of the elements matching `selector` that are drawn over two lines (broken inside the
 * word): each word's range has its boxes on one line when it is whole.
 */
const brokenWords = (page: Page, selector: string) =>
  page.evaluate((s) => {
    const broken: string[] = [];
    for (const el of Array.from(document.querySelectorAll(s))) {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const match of text.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const tops = new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top)));
          if (tops.size > 1) broken.push(match[0]);
        }
      }
    }
    return broken;
  }, selector);

/** The elements matching `selector` whose box goes past the screen's left or right edge. */
const outsideScreen = (page: Page, selector: string) =>
  page.evaluate((s) => {
    const out: string[] = [];
    for (const el of Array.from(document.querySelectorAll<HTMLElement>(s))) {
      const box = el.getBoundingClientRect();
      if (box.left < -0.5 || box.right > window.innerWidth + 0.5) {
        out.push(
          `${el.dataset.testid ?? el.tagName} ${Math.round(box.left)}–${Math.round(box.right)}`,
        );
      }
      // Content cut inside the element (a table scrolled sideways, a clipped button).
      if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible') {
        out.push(`${el.dataset.testid ?? el.tagName} scrolls ${el.scrollWidth}>${el.clientWidth}`);
      }
    }
    return out;
  }, selector);

describe('on a phone: the survey and a transaction’s survey links fit the screen', () => {
  let server: RunningServer;
  let browser: Browser;
  let reference: string;
  let token: string;

  beforeAll(async () => {
    let context;
    ({ server, browser, context } = await startJourney());
    await context.close();
    const staff = await signInOverHttp(server, STAFF.username, STAFF.password);
    const beneficiaryId = await registerBeneficiaryOverHttp(server, staff);
    const inquiry = await closedInquiryOverHttp(
      server,
      staff,
      beneficiaryId,
      'استفسار عن مواعيد صرف المساعدات الشهرية',
    );
    reference = inquiry.reference;
    // A second link with a long reason: the list has two entries, one with a reason to wrap.
    const reissued = await post<{
      surveyInvitationIssue: { errors: unknown[]; invitation: { token: string } };
    }>(
      server,
      'mutation($i: SurveyInvitationIssueInput!) { surveyInvitationIssue(input: $i) { errors { code } invitation { token } } }',
      {
        i: {
          transactionId: inquiry.id,
          reason: 'المستفيدة لم تستلم الرسالة الأولى لأن رقم جوالها تغيّر بعد إغلاق الاستفسار',
        },
      },
      { cookie: staff },
    );
    expect(reissued.body.data!.surveyInvitationIssue.errors).toEqual([]);
    token = reissued.body.data!.surveyInvitationIssue.invitation.token;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  for (const lang of LANGS) {
    it(`the survey fits a phone, its 0–10 scale on one row (${lang})`, async () => {
      for (const viewport of [PHONE, SMALL_PHONE]) {
        const page = await browser.newPage({ viewport });
        await page.goto(`${server.url}/s/${token}?lang=${lang}`);
        await page.locator(testid('survey-form')).waitFor();
        await settled(page);
        const where = `${lang} ${viewport.width}px`;

        expect(await horizontalOverflow(page), where).toBeLessThanOrEqual(0);
        const recommend = await tileTops(page, 'recommend');
        expect(recommend, where).toHaveLength(11);
        expect(new Set(recommend).size, `${where}: ${recommend.join(' ')}`).toBe(1);
        // The 1–5 scales: a row of tiles where their labels fit, else one score under another.
        for (const question of ['overall', 'courtesy', 'clarity', 'speed']) {
          const rows = new Set(await tileTops(page, question)).size;
          expect([1, 5], `${where} ${question}: ${rows} rows`).toContain(rows);
        }
        expect(await brokenWords(page, '[data-testid="survey-form"]'), where).toEqual([]);
        expect(await outsideScreen(page, `${testid('survey-q-recommend')}`), where).toEqual([]);

        // A chosen score still fits (the chosen tile is drawn filled).
        await page.locator(testid('survey-recommend-10')).click();
        await page.locator(testid('survey-overall-5')).click();
        expect(await horizontalOverflow(page), where).toBeLessThanOrEqual(0);
        const shot = await screenshot(page, `phone-survey-${lang}-${viewport.width}`);
        // The 0–10 question alone, at the phone's own scale, to look at the tiles closely.
        await page
          .locator(testid('survey-q-recommend'))
          .screenshot({ path: shot.replace('.png', '-recommend.png') });
        await page.close();
      }
    });
  }

  // After the survey: issuing a new link here stops the one the survey pages answer.
  for (const lang of LANGS) {
    it(`a closed transaction's survey links and buttons fit a phone (${lang})`, async () => {
      const context = await browser.newContext({ viewport: PHONE });
      await signInContext(context, server, STAFF);
      const page = await context.newPage();
      await page.goto(`${server.url}/transactions/${reference}?lang=${lang}`);
      await page.locator(testid('survey-invitation-row')).nth(1).waitFor();
      await settled(page);
      const where = `${lang} transaction`;

      expect(await horizontalOverflow(page), where).toBeLessThanOrEqual(0);
      const inside = [
        'survey-panel',
        'survey-invitations',
        'survey-invitation-row',
        'survey-invitation-reason',
        'survey-issue',
        'survey-assisted',
      ];
      const selector = inside.map(testid).join(', ');
      expect(await outsideScreen(page, selector), where).toEqual([]);
      // Every row's state, dates and answer are shown, none hidden by a cut table.
      const rows = page.locator(testid('survey-invitation-row'));
      expect(await rows.count()).toBeGreaterThanOrEqual(2);
      for (const text of await rows.allInnerTexts())
        expect(text.split('\n').length).toBeGreaterThan(3);
      await page.evaluate(() => window.scrollTo(0, 0));
      const shot = await screenshot(page, `phone-transaction-survey-links-${lang}`);
      await page
        .locator(testid('survey-panel'))
        .screenshot({ path: shot.replace('.png', '-panel.png') });

      // Issuing a new link shows it with its QR code and copy button, inside the screen too.
      await page.locator(testid('survey-issue')).click();
      await page
        .locator(`${testid('survey-issue-reason')} textarea`)
        .fill(
          lang === 'ar' ? 'طلبت المستفيدة رابطاً جديداً' : 'The beneficiary asked for a new link',
        );
      await page.locator('.v-overlay--active [data-testid="confirm-ok"]').click();
      await page.locator(testid('survey-link')).waitFor();
      await settled(page);
      expect(await horizontalOverflow(page), `${where} new link`).toBeLessThanOrEqual(0);
      expect(
        await outsideScreen(
          page,
          `${selector}, ${['survey-link', 'survey-link-copy', 'survey-link-url'].map(testid).join(', ')}`,
        ),
        `${where} new link`,
      ).toEqual([]);
      await page.locator(testid('survey-panel')).screenshot({
        path: shot.replace('survey-links', 'new-link').replace('.png', '-panel.png'),
      });
      await context.close();
    });
  }
});
