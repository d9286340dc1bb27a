import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import path from 'node:path';
import { launchBrowser, screenshot } from '../support/browser.js';
import { createUser, signInOverHttp } from '../support/graphql.js';
import { outputDir, startServer, type RunningServer } from '../support/server.js';

/**
 * Journey: a manager drafts policy version 2 and brings it into force (issue 5, part 4). In
 * Chromium, in Arabic: the manager opens the version history, starts draft 2, adds a ninth
 * channel (WhatsApp) and shortens the committee window (and says so in the step's text), saves
 * (a duplicate key is first refused and shown under its field), compares versions 1 and 2 (the
 * new channel highlighted as added, the step's removed and added words marked in its text),
 * and records the board's approval — the Hijri date is filled in from the Gregorian one, and a
 * wrong Hijri date typed by hand is refused with DATES_DISAGREE. Version 2 is then in force,
 * version 1 superseded and still readable, and the public policy page shows nine channels.
 * Then the same screens in English, and a third draft discarded.
 */

const MANAGER = { username: 'manager1', password: 'manager-pass-2024', name: 'مها المدير' };

const testid = (id: string) => `[data-testid="${id}"]`;

/** Fonts loaded and no animation running: screenshots show what a person would see. */
async function settled(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForTimeout(400);
}

/** What the window shows (the editor is far taller than a screen; dialogs dim only the window). */
async function windowShot(page: Page, name: string): Promise<void> {
  await settled(page);
  await page.screenshot({ path: path.join(outputDir, `${name}.png`) });
}

/** Waits until the address is this path. */
const atPath = (page: Page, path: string) => page.waitForURL((url) => url.pathname === path);

/** Opens a panel of the draft editor (if closed). */
async function openPanel(page: Page, section: string): Promise<Locator> {
  const panel = page.locator(testid(`draft-panel-${section}`));
  if (!(await panel.getAttribute('class'))?.includes('v-expansion-panel--active')) {
    await panel.locator('.v-expansion-panel-title').click();
  }
  await panel.locator('.v-expansion-panel-text__wrapper').first().waitFor();
  return panel;
}

/**
 * The words marked in a compared row's cells, without the words read to screen readers: the
 * removed ones (<del>) on the older side, the added ones (<ins>) on the newer. Each mark is also
 * checked to be drawn as more than a colour (struck through or underlined).
 */
async function changedWords(compareRow: Locator) {
  return compareRow.evaluate((el) => {
    const marks = (side: string, tag: string, line: string) =>
      Array.from(el.querySelectorAll(`[data-side="${side}"] ${tag}`)).map((m) => {
        if (!getComputedStyle(m).textDecorationLine.includes(line)) return `not ${line}`;
        const copy = m.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('.d-sr-only').forEach((n) => n.remove());
        return (copy.textContent ?? '').trim();
      });
    return {
      older: marks('older', 'del', 'line-through'),
      newer: marks('newer', 'ins', 'underline'),
    };
  });
}

const row = (page: Page, number: number) =>
  page.locator(`${testid('version-row')}[data-number="${number}"]`);

describe('journey: a manager drafts version 2 of the policy, compares it and records its approval', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    server = await startServer();
    const printed = /with the password (\S+)/.exec(server.output);
    expect(printed, 'the first start prints the generated admin password').toBeTruthy();
    const cookie = await signInOverHttp(server, 'admin', printed![1]!);
    await createUser(server, cookie, MANAGER, ['MANAGER']);

    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    page = await context.newPage();
    await page.goto(`${server.url}/sign-in?lang=ar`);
    await page.locator(`${testid('sign-in-login')} input`).fill(MANAGER.username);
    await page.locator(`${testid('sign-in-password')} input`).fill(MANAGER.password);
    await page.locator(`${testid('sign-in-password')} input`).press('Enter');
    await page.locator(testid('user-menu')).waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('opens the version history from the drawer and from the policy page', async () => {
    await page.goto(`${server.url}/policy`);
    await page.locator(testid('policy-history')).click();
    await atPath(page, '/policy/versions');
    await row(page, 1).waitFor();
    expect(await row(page, 1).getAttribute('data-status')).toBe('ACTIVE');
    expect(await row(page, 1).locator(testid('version-status')).innerText()).toContain('نافذ');
    expect(await row(page, 1).locator(testid('version-approval')).innerText()).toMatch(/1446/);
    expect(await page.locator(testid('nav-policy-versions')).isVisible()).toBe(true);
  });

  it('creates draft 2, adds WhatsApp as a ninth channel and shortens the committee window', async () => {
    await page.locator(testid('versions-new-draft')).click();
    await atPath(page, '/policy/versions/2/edit');
    await page.locator(testid('draft-save')).waitFor();
    expect(await page.locator(`${testid('draft-title-ar')} input`).inputValue()).toContain('سياسة');

    const channels = await openPanel(page, 'channels');
    expect(await channels.locator(testid('draft-channel')).count()).toBe(8);
    // The panel may still be opening: click again only if the first click added nothing.
    const count = () => channels.locator(testid('draft-channel')).count();
    await page.locator(testid('draft-channel-add')).click();
    await channels
      .locator(testid('draft-channel'))
      .nth(8)
      .waitFor({ timeout: 5000 })
      .catch(async () => {
        if ((await count()) === 8) await page.locator(testid('draft-channel-add')).click();
      });
    const added = channels.locator(testid('draft-channel')).nth(8);
    await added.locator(`${testid('draft-channel-name-ar')} input`).fill('واتساب');
    await added.locator(`${testid('draft-channel-name-en')} input`).fill('WhatsApp');
    // The key follows the English name.
    expect(await added.locator(`${testid('draft-key')} input`).inputValue()).toBe('WHATSAPP');
    await added
      .locator(`${testid('draft-channel-description-ar')} textarea`)
      .first()
      .fill('رقم واتساب الجمعية لاستقبال الاستفسارات والطلبات');
    await added
      .locator(`${testid('draft-channel-description-en')} textarea`)
      .first()
      .fill('The association’s WhatsApp number for inquiries and requests');

    const steps = await openPanel(page, 'steps');
    const committee = steps.locator(`${testid('draft-step')}[data-step-key="COMMITTEE"]`);
    const windowDays = committee.locator(`${testid('draft-step-window')} input`);
    expect(await windowDays.inputValue()).toBe('14');
    await windowDays.fill('10');
    // The step's text says the new window: a few words changed in a long text.
    for (const [lang, from, to] of [
      ['ar', 'أسبوعين', 'عشرة أيام'],
      ['en', 'two weeks', 'ten days'],
    ] as const) {
      const text = committee.locator(`${testid(`draft-step-text-${lang}`)} textarea`).first();
      const before = await text.inputValue();
      expect(before).toContain(from);
      await text.fill(before.replace(from, to));
    }
    expect(await page.locator(testid('draft-dirty')).getAttribute('data-dirty')).toBe('true');

    // A key that another channel has: refused by the server, shown under the new channel's key.
    await added.locator(`${testid('draft-key')} input`).fill('PHONE');
    await page.locator(testid('draft-save')).click();
    await page.locator(testid('draft-problems')).waitFor();
    expect(await page.locator(testid('draft-problem')).first().getAttribute('data-path')).toBe(
      'channels.8.key',
    );
    const keyField = added.locator(testid('draft-key'));
    await keyField.getByText('هذا المفتاح مستخدم لعنصر آخر.').waitFor();
    // The summary on top, then the field itself.
    await windowShot(page, 'policy-editor-summary-ar');
    await added.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await windowShot(page, 'policy-editor-errors-ar');

    await keyField.locator('input').fill('WHATSAPP');
    await page.locator(testid('draft-save')).click();
    await page.waitForSelector(`${testid('draft-dirty')}[data-dirty="false"]`);
    expect(await page.locator(testid('draft-problems')).count()).toBe(0);
    await committee.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.evaluate(() => window.scrollBy(0, -80));
    await windowShot(page, 'policy-editor-ar');
  });

  it('compares versions 1 and 2: the new channel is highlighted as added', async () => {
    await page.locator(testid('draft-back')).click();
    await atPath(page, '/policy/versions');
    await row(page, 2).waitFor();
    expect(await row(page, 2).getAttribute('data-status')).toBe('DRAFT');

    await row(page, 2).locator(testid('version-compare')).click();
    await atPath(page, '/policy/compare');
    const whatsapp = page.locator(`${testid('compare-row')}[data-key="WHATSAPP"]`);
    await whatsapp.waitFor();
    expect(await whatsapp.getAttribute('data-kind')).toBe('ADDED');
    expect(
      await whatsapp
        .locator(`${testid('compare-cell')}[data-side="newer"]`)
        .getAttribute('data-highlight'),
    ).toBe('added');
    expect(await whatsapp.innerText()).toContain('واتساب');
    const committee = page.locator(
      `${testid('compare-row')}[data-section="STEP"][data-key="COMMITTEE"]`,
    );
    expect(await committee.getAttribute('data-kind')).toBe('CHANGED');
    expect(await committee.locator(testid('compare-fields')).innerText()).toContain('المهلة');
    // Inside the changed text, the words that changed: whole Arabic words, not letters.
    expect(await changedWords(committee)).toEqual({ older: ['أسبوعين'], newer: ['عشرة أيام'] });
    await committee.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await windowShot(page, 'policy-compare-words-ar');
    expect(
      await page.locator(`${testid('compare-summary-CHANNEL')} [data-kind="ADDED"]`).innerText(),
    ).toMatch(/1\s*مُضاف/);

    await page.locator(`${testid('compare-only-changes')} input`).check();
    await page.waitForFunction(
      () => !document.querySelector('[data-testid="compare-row"][data-kind="SAME"]'),
    );
    expect(await page.locator(testid('compare-row')).count()).toBe(2);
    await settled(page);
    await screenshot(page, 'policy-compare-ar');
  });

  it('records the approval: a Hijri date of another day is refused, the right one brings version 2 into force', async () => {
    await page.locator(testid('compare-back')).click();
    await atPath(page, '/policy/versions');
    await row(page, 2).locator(testid('version-approve')).click();
    const dialog = page.locator(testid('approve-dialog'));
    await dialog.waitFor();
    // Body and term are copied from the approval of version 1.
    expect(await dialog.locator(`${testid('approve-body-ar')} input`).inputValue()).not.toBe('');
    await dialog.locator(`${testid('approve-term-ar')} input`).fill('الدورة الثانية');
    await dialog.locator(`${testid('approve-term-en')} input`).fill('Second term');

    await dialog.locator(`${testid('approve-gregorian')} input`).fill('2025-06-26');
    const hijri = dialog.locator(`${testid('approve-hijri')} input`);
    await page.waitForFunction(
      () =>
        (document.querySelector('[data-testid="approve-hijri"] input') as HTMLInputElement)
          ?.value === '1447-01-01',
    );
    expect(await dialog.locator(testid('approve-spelled-hijri')).innerText()).toContain(
      '1 محرم 1447',
    );
    expect(await dialog.locator(testid('approve-spelled-gregorian')).innerText()).toContain(
      '26 يونيو 2025',
    );

    // A Hijri date typed by hand that is the next day: warned here, refused by the server.
    await hijri.fill('1447-01-02');
    await dialog.locator(testid('approve-mismatch')).waitFor();
    await dialog.locator(testid('approve-submit')).click();
    await dialog.locator(testid('approve-hijri')).getByText('ليسا ليوم واحد').waitFor();
    await windowShot(page, 'policy-approve-error-ar');
    expect(await row(page, 2).getAttribute('data-status')).toBe('DRAFT');

    await hijri.fill('1447-01-01');
    await dialog.locator(testid('approve-mismatch')).waitFor({ state: 'detached' });
    await windowShot(page, 'policy-approve-ar');
    await dialog.locator(testid('approve-submit')).click();
    await dialog.waitFor({ state: 'detached' });

    await page.waitForSelector(`${testid('version-row')}[data-number="2"][data-status="ACTIVE"]`);
    await page.waitForSelector(
      `${testid('version-row')}[data-number="1"][data-status="SUPERSEDED"]`,
    );
    expect(await row(page, 2).locator(testid('version-approval')).innerText()).toContain('1447');
    expect(await row(page, 1).locator(testid('version-superseded-at')).innerText()).not.toBe('');
    await page.locator(testid('versions-notice')).waitFor();
    await settled(page);
    await screenshot(page, 'policy-versions-ar');
  });

  it('keeps version 1 readable, with a banner naming the version in force', async () => {
    await row(page, 1).locator(testid('version-read')).click();
    await atPath(page, '/policy/versions/1');
    const banner = page.locator(testid('policy-superseded'));
    await banner.waitFor();
    expect(await banner.innerText()).toContain('الإصدار النافذ هو الإصدار 2');
    expect(await page.locator(testid('policy-channel')).count()).toBe(8);
    await windowShot(page, 'policy-version-1-ar');
  });

  it('shows the nine channels of version 2 on the public policy page', async () => {
    const visitor = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await visitor.goto(`${server.url}/policy?lang=ar`);
    await visitor.locator(testid('policy-step')).first().waitFor();
    const channels = await visitor.locator(testid('policy-channel')).allInnerTexts();
    expect(channels).toHaveLength(9);
    expect(channels[8]).toContain('واتساب');
    const committee = visitor.locator(`${testid('policy-step')}[data-step-key="COMMITTEE"]`);
    expect(await committee.locator(testid('step-window')).innerText()).toContain('10 أيام');
    // A visitor is not offered the version history.
    expect(await visitor.locator(testid('policy-history')).count()).toBe(0);
    await visitor.close();
  });

  it('shows the same screens in English, and discards a third draft', async () => {
    await page.goto(`${server.url}/policy/versions?lang=en`);
    await row(page, 2).waitFor();
    expect(await page.locator('html').getAttribute('dir')).toBe('ltr');
    await page.locator(testid('versions-new-draft')).click();
    await atPath(page, '/policy/versions/3/edit');
    await page.locator(testid('draft-save')).waitFor();
    const steps = await openPanel(page, 'steps');
    const verification = steps.locator(`${testid('draft-step')}[data-step-key="VERIFICATION"]`);
    await verification.locator(testid('draft-item-add')).click();
    const item = verification.locator(testid('draft-checklist-item')).last();
    await item.locator(`${testid('draft-item-text-ar')} input`).fill('صورة سجل الأسرة');
    await item.locator(`${testid('draft-item-text-en')} input`).fill('Copy of the family card');
    expect(await item.locator(`${testid('draft-key')} input`).inputValue()).toBe(
      'COPY_OF_THE_FAMILY',
    );
    await page.evaluate(() => window.scrollTo(0, 0));
    await windowShot(page, 'policy-editor-en-top');
    await verification.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.evaluate(() => window.scrollBy(0, -80));
    await windowShot(page, 'policy-editor-en');

    // Leaving with unsaved changes asks first; staying keeps the edits.
    await page.locator(testid('draft-back')).click();
    await page.locator(testid('confirm-dialog')).waitFor();
    await page.locator(testid('confirm-cancel')).click();
    expect(new URL(page.url()).pathname).toBe('/policy/versions/3/edit');
    await page.locator(testid('draft-back')).click();
    await page.locator(testid('confirm-ok')).click();
    await atPath(page, '/policy/versions');
    await row(page, 3).waitFor();

    await row(page, 3).locator(testid('version-approve')).click();
    const dialog = page.locator(testid('approve-dialog'));
    await dialog.waitFor();
    await dialog.locator(`${testid('approve-gregorian')} input`).fill('2024-08-15');
    await page.waitForFunction(
      () =>
        (document.querySelector('[data-testid="approve-hijri"] input') as HTMLInputElement)
          ?.value === '1446-02-11',
    );
    expect(await dialog.locator(testid('approve-spelled-hijri')).innerText()).toContain(
      'Safar 11, 1446 AH',
    );
    await dialog.locator(testid('approve-submit')).click();
    // Earlier than the approval of the version in force (2025-06-26).
    await dialog
      .locator(testid('approve-gregorian'))
      .getByText('cannot be earlier than the approval of the version in force')
      .waitFor();
    await dialog.locator(`${testid('approve-gregorian')} input`).fill('2025-06-26');
    await windowShot(page, 'policy-approve-en');
    await dialog.locator(testid('approve-cancel')).click();
    await dialog.waitFor({ state: 'detached' });

    await page.goto(`${server.url}/policy/compare?from=1&to=2`);
    await page.locator(`${testid('compare-row')}[data-key="WHATSAPP"]`).waitFor();
    await windowShot(page, 'policy-compare-en');
    const committee = page.locator(
      `${testid('compare-row')}[data-section="STEP"][data-key="COMMITTEE"]`,
    );
    expect(await changedWords(committee)).toEqual({ older: ['two weeks'], newer: ['ten days'] });
    await committee.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await windowShot(page, 'policy-compare-words-en');
    // Every item, changed or not: the channels lined up, WhatsApp added at the end.
    await page.locator('#channels').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await windowShot(page, 'policy-compare-channels-en');

    await page.goto(`${server.url}/policy/versions`);
    await row(page, 3).locator(testid('version-discard')).click();
    await page.locator(testid('confirm-ok')).click();
    await page.waitForFunction(
      () => !document.querySelector('[data-testid="version-row"][data-number="3"]'),
    );
    await page.locator(testid('versions-notice')).waitFor();
    expect(await page.locator(testid('version-row')).count()).toBe(2);
    await settled(page);
    await screenshot(page, 'policy-versions-en');
  });
});
