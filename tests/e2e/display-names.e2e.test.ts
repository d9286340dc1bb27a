import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { screenshot } from '../support/browser.js';
import { post, signInOverHttp } from '../support/graphql.js';
import type { RunningServer } from '../support/server.js';
import {
  MANAGER,
  openSupportRequestOverHttp,
  settled,
  signIn,
  STAFF,
  startJourney,
  testid,
} from './transactions.support.js';

/**
 * Journey (issue 16 item 8): the timeline, the feedback board and the audit log name people as
 * the interface knows them (سارة الموظفة), the login (staff1) beside it or in its tooltip. Each
 * screen in Arabic and English.
 */
describe('journey: people by their names, not their logins', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let reference = '';

  beforeAll(async () => {
    ({ server, browser, page } = await startJourney());
    reference = await openSupportRequestOverHttp(server);
    const staff = await signInOverHttp(server, STAFF.username, STAFF.password);
    const me = await post<{ me: { id: string } }>(server, '{ me { id } }', {}, { cookie: staff });
    const created = await post<{ feedbackCreate: { item: { id: string } } }>(
      server,
      `mutation($i: FeedbackCreateInput!) { feedbackCreate(input: $i) { item { id } errors { code } } }`,
      {
        i: {
          kind: 'SUGGESTION',
          channelKey: 'WEBSITE',
          subject: 'إضافة قناة واتساب',
          body: 'أقترح التواصل عبر واتساب.',
        },
      },
      { cookie: staff },
    );
    await post(
      server,
      `mutation($i: FeedbackUpdateInput!) { feedbackUpdate(input: $i) { errors { code } } }`,
      {
        i: {
          id: created.body.data!.feedbackCreate.item.id,
          status: 'UNDER_REVIEW',
          assigneeId: me.body.data!.me.id,
        },
      },
      { cookie: staff },
    );
    await signIn(page, server, MANAGER);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  for (const lang of ['ar', 'en'] as const) {
    it(`the timeline names who opened it (${lang})`, async () => {
      await page.goto(`${server.url}/transactions/${reference}?lang=${lang}`);
      const actor = page.locator(testid('timeline-actor')).first();
      await actor.waitFor();
      expect(await actor.innerText()).toBe(STAFF.name);
      expect(await page.locator(testid('timeline')).innerText()).toContain(STAFF.username);
      await settled(page);
      await screenshot(page, `names-timeline-${lang}`);
    });

    it(`the feedback board names who follows it up (${lang})`, async () => {
      await page.goto(`${server.url}/feedback?lang=${lang}`);
      const card = page.locator(testid('feedback-card')).first();
      await card.waitFor();
      expect(await card.innerText()).toContain(STAFF.name);
      await settled(page);
      await screenshot(page, `names-feedback-${lang}`);
    });

    it(`the audit log names who made each change (${lang})`, async () => {
      await page.goto(`${server.url}/admin/audit?lang=${lang}`);
      await page.locator(testid('audit-actor')).first().waitFor();
      const actors = await page.locator(testid('audit-actor')).allInnerTexts();
      expect(actors).toContain(STAFF.name);
      expect(actors).not.toContain(STAFF.username);
      await settled(page);
      await screenshot(page, `names-audit-${lang}`);
    });
  }
});
