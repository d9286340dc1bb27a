import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { screenshot, testid } from '../support/browser.js';
import { createUser, signInOverHttp } from '../support/graphql.js';
import { outputDir, repoRoot, type RunningServer } from '../support/server.js';
import {
  describeViolations,
  seed,
  failingViolations,
  signInContext,
  type Seeded,
  type Violation,
} from './accessibility.support.js';
import { rawKeysOn } from './raw-keys.js';
import { COMMITTEE, MANAGER, RESEARCHER, STAFF, startJourney } from './transactions.support.js';

/**
 * Accessibility: axe-core on every page of the app, in Arabic and in English, as a person who may
 * open it (anonymous for the public policy, the sign-in page and the survey; staff, researcher,
 * committee, manager, analyst or admin for the rest), and on the dialogs and menus people open
 * most. Any serious or critical violation fails, printed with the elements it names. Every
 * address in client/public/spa-routes.json must be visited. The counts of every run are written
 * to tests/output/axe-report.json; a few pages are saved as tests/output/a11y-*.png to look at.
 */

const ANALYST = { username: 'analyst1', password: 'analyst-pass-2024', name: 'عمر المحلل' };
type Who = 'anonymous' | 'admin' | 'manager' | 'staff' | 'researcher' | 'committee' | 'analyst';
const LANGS = ['ar', 'en'] as const;
type Lang = (typeof LANGS)[number];

interface Run {
  /** The route pattern of spa-routes.json this visits. */
  route: string;
  /** The address, from the seeded data. */
  path: (s: Seeded) => string;
  as: Who;
  /** What to wait for before checking (besides the network going quiet). */
  ready?: string;
  /** Saved as tests/output/a11y-<shot>-<lang>.png, to look at. */
  shot?: string;
  /** A dialog or menu to open first. */
  open?: { name: string; click: string; shown?: string };
}

const RUNS: Run[] = [
  { route: '/', path: () => '/', as: 'anonymous' },
  { route: '/policy', path: () => '/policy', as: 'anonymous', shot: 'policy' },
  { route: '/sign-in', path: () => '/sign-in', as: 'anonymous', ready: testid('sign-in-login') },
  {
    route: '/s/:token',
    path: (s) => `/s/${s.surveyToken}`,
    as: 'anonymous',
    ready: testid('survey-form'),
  },
  { route: '/s/:token', path: () => '/s/not-a-real-token-0000000000000000', as: 'anonymous' },
  { route: 'not-found', path: () => '/no-such-page', as: 'anonymous' },
  { route: 'forbidden', path: () => '/dashboard', as: 'staff' },
  { route: '/policy', path: () => '/policy', as: 'staff' },
  { route: '/policy/versions', path: () => '/policy/versions', as: 'manager' },
  { route: '/policy/versions/:number(\\d+)', path: () => '/policy/versions/1', as: 'staff' },
  {
    route: '/policy/versions/:number(\\d+)/edit',
    path: (s) => `/policy/versions/${s.draftNumber}/edit`,
    as: 'manager',
    ready: testid('draft-save'),
  },
  {
    route: '/policy/compare',
    path: (s) => `/policy/compare?from=1&to=${s.draftNumber}`,
    as: 'manager',
  },
  { route: '/transactions', path: () => '/transactions', as: 'staff', shot: 'transactions' },
  {
    route: '/transactions/new',
    path: () => '/transactions/new',
    as: 'staff',
    shot: 'transaction-new',
  },
  {
    route: '/transactions/new',
    path: () => '/transactions/new',
    as: 'staff',
    open: { name: 'beneficiary dialog', click: testid('beneficiary-register') },
  },
  {
    route: '/transactions/:reference',
    path: (s) => `/transactions/${s.reference}`,
    as: 'staff',
    ready: testid('timeline-event'),
  },
  {
    route: '/transactions/:reference',
    path: (s) => `/transactions/${s.reference}`,
    as: 'staff',
    ready: testid('timeline-event'),
    open: {
      name: 'complete-step dialog',
      click: testid('action-COMPLETE_STEP'),
      shown: testid('action-dialog-COMPLETE_STEP'),
    },
  },
  {
    route: '/transactions/:reference',
    path: (s) => `/transactions/${s.reference}`,
    as: 'staff',
    ready: testid('timeline-event'),
    open: { name: 'user menu', click: testid('user-menu'), shown: testid('user-menu-card') },
    shot: 'user-menu',
  },
  { route: '/committee', path: () => '/committee', as: 'committee' },
  { route: '/referrals', path: () => '/referrals', as: 'researcher' },
  { route: '/beneficiaries', path: () => '/beneficiaries', as: 'staff' },
  {
    route: '/beneficiaries/:id(\\d+)',
    path: (s) => `/beneficiaries/${s.beneficiaryId}`,
    as: 'staff',
    shot: 'beneficiary',
  },
  { route: '/feedback', path: () => '/feedback', as: 'staff' },
  {
    route: '/feedback',
    path: () => '/feedback',
    as: 'staff',
    open: { name: 'new feedback dialog', click: testid('feedback-create') },
  },
  { route: '/feedback/improvements', path: () => '/feedback/improvements', as: 'manager' },
  { route: '/dashboard', path: () => '/dashboard', as: 'manager', shot: 'dashboard' },
  { route: '/satisfaction', path: () => '/satisfaction', as: 'analyst' },
  { route: '/library', path: () => '/library', as: 'staff' },
  { route: '/library/review', path: () => '/library/review', as: 'manager' },
  { route: '/library/new', path: () => '/library/new', as: 'manager' },
  {
    route: '/library/:slug',
    path: () => '/library/support-policy-guide',
    as: 'staff',
    ready: testid('document-content'),
  },
  { route: '/library/:slug/edit', path: () => '/library/support-policy-guide/edit', as: 'manager' },
  { route: '/library/tools/:toolKey', path: (s) => `/library/tools/${s.toolKey}`, as: 'staff' },
  { route: '/account/tokens', path: () => '/account/tokens', as: 'staff' },
  {
    route: '/account/tokens',
    path: () => '/account/tokens',
    as: 'staff',
    open: { name: 'new token dialog', click: testid('token-create') },
  },
  { route: '/admin/users', path: () => '/admin/users', as: 'admin' },
  {
    route: '/admin/users',
    path: () => '/admin/users',
    as: 'admin',
    open: { name: 'new user dialog', click: testid('user-create') },
  },
  { route: '/admin/audit', path: () => '/admin/audit', as: 'manager' },
  { route: '/admin/backups', path: () => '/admin/backups', as: 'admin' },
  {
    route: '/admin/holidays',
    path: () => '/admin/holidays',
    as: 'manager',
    ready: testid('holiday-table'),
    open: {
      name: 'holiday dialog',
      click: testid('holiday-add'),
      shown: testid('holiday-dialog'),
    },
  },
  {
    route: '/admin/document-types',
    path: () => '/admin/document-types',
    as: 'manager',
    ready: testid('document-types'),
    open: {
      name: 'document type dialog',
      click: testid('document-type-add'),
      shown: testid('document-type-dialog'),
    },
  },
  {
    route: '/admin/support-types',
    path: () => '/admin/support-types',
    as: 'manager',
    ready: testid('support-types'),
    open: {
      name: 'support type dialog',
      click: testid('support-type-add'),
      shown: testid('support-type-dialog'),
    },
  },
  { route: '/renewals', path: () => '/renewals', as: 'manager' },
];

const label = (run: Run) => `${run.route} as ${run.as}${run.open ? ` + ${run.open.name}` : ''}`;

describe('accessibility: no serious or critical axe-core violation on any page', () => {
  let server: RunningServer;
  let browser: Browser;
  let seeded: Seeded;
  const contexts = new Map<Who, BrowserContext>();
  /** Two pages per person, one per language: each address is checked in both at once. */
  const pages = new Map<`${Who}-${Lang}`, Page>();
  const report: { page: string; lang: string; violations: Violation[] }[] = [];

  beforeAll(async () => {
    let context: BrowserContext;
    ({ server, browser, context } = await startJourney());
    await context.close();
    const adminPassword = /with the password (\S+)/.exec(server.output)![1]!;
    const admin = await signInOverHttp(server, 'admin', adminPassword);
    await createUser(server, admin, ANALYST, ['ANALYST']);
    seeded = await seed(server);
    const users = {
      admin: { username: 'admin', password: adminPassword },
      manager: MANAGER,
      staff: STAFF,
      researcher: RESEARCHER,
      committee: COMMITTEE,
      analyst: ANALYST,
    };
    for (const who of new Set(RUNS.map((r) => r.as))) {
      // The app's Content-Security-Policy forbids inline scripts, axe-core's among them.
      const ctx = await browser.newContext({
        viewport: { width: 1366, height: 900 },
        bypassCSP: true,
      });
      if (who !== 'anonymous') await signInContext(ctx, server, users[who]);
      contexts.set(who, ctx);
      for (const lang of LANGS) pages.set(`${who}-${lang}`, await ctx.newPage());
    }
  });
  afterAll(async () => {
    fs.mkdirSync(outputDir, { recursive: true });
    const total = report.reduce((n, r) => n + r.violations.length, 0);
    fs.writeFileSync(
      path.join(outputDir, 'axe-report.json'),
      JSON.stringify({ runs: report.length, violations: total, report }, null, 2),
    );
    await browser?.close();
    await server?.stop();
  });

  it('visits every address of spa-routes.json', () => {
    const file = path.join(repoRoot, 'client/public/spa-routes.json');
    const { routes } = JSON.parse(fs.readFileSync(file, 'utf8')) as { routes: string[] };
    const visited = new Set(RUNS.map((r) => r.route));
    expect(routes.filter((r) => !visited.has(r))).toEqual([]);
  });

  for (const [lang, text] of [
    ['ar', 'تخطَّ إلى المحتوى'],
    ['en', 'Skip to content'],
  ] as const) {
    it(`the first Tab reaches "${text}", shown, which moves the focus to the page (${lang})`, async () => {
      const page = pages.get(`staff-${lang}`)!;
      await page.goto(`${server.url}/transactions?lang=${lang}`, { waitUntil: 'networkidle' });
      const link = page.locator(testid('skip-link'));
      expect(await link.boundingBox().then((box) => box!.y + box!.height)).toBeLessThanOrEqual(0);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(text);
      await page.waitForTimeout(300);
      const box = (await link.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      await screenshot(page, `skip-link-${lang}`);
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('MAIN');
      // The next Tab reaches the page's own first control, not the app bar or the menu.
      await page.keyboard.press('Tab');
      expect(
        await page.evaluate(() => !!document.activeElement?.closest('main')),
        'the focus stays in the page',
      ).toBe(true);
      // One banner, one main, one navigation, named.
      const landmarks = await page.evaluate(() => ({
        banner: document.querySelectorAll('header.v-app-bar').length,
        main: document.querySelectorAll('main').length,
        nav: Array.from(document.querySelectorAll('nav.v-navigation-drawer')).map((n) =>
          n.getAttribute('aria-label'),
        ),
      }));
      expect(landmarks).toEqual({
        banner: 1,
        main: 1,
        nav: [lang === 'ar' ? 'القائمة' : 'Menu'],
      });
    });
  }

  /** Opens `run` in `lang` and returns axe-core's serious and critical findings. */
  async function check(run: Run, lang: Lang): Promise<Violation[]> {
    const page = pages.get(`${run.as}-${lang}`)!;
    const address = run.path(seeded);
    const join = address.includes('?') ? '&' : '?';
    await page.goto(`${server.url}${address}${join}lang=${lang}`, { waitUntil: 'networkidle' });
    if (run.ready) await page.locator(run.ready).first().waitFor();
    await page.locator('main').first().waitFor();
    if (run.open) {
      await page.locator(run.open.click).first().click();
      await page
        .locator(run.open.shown ?? '.v-overlay--active .v-card')
        .first()
        .waitFor();
    }
    // Transitions finished, fonts loaded: the colours axe measures are the final ones.
    await page.evaluate(async () => {
      await document.fonts.ready;
      const finite = document
        .getAnimations()
        .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity);
      await Promise.all(finite.map((a) => a.finished.catch(() => undefined)));
    });
    const violations = await failingViolations(page);
    report.push({ page: label(run), lang, violations });
    // Every text shown in the page's language: no message key in place of its text.
    expect(await rawKeysOn(page), `${run.path(seeded)} (${lang}): message keys shown`).toEqual([]);
    if (run.shot) {
      // What the window shows, and a policy step's chips up close.
      await page.screenshot({ path: path.join(outputDir, `a11y-${run.shot}-${lang}.png`) });
      const step = page.locator('[data-step-key="RECEPTION"]').first();
      if (run.shot === 'policy') {
        await step.screenshot({ path: path.join(outputDir, `a11y-policy-step-${lang}.png`) });
      }
    }
    if (violations.length) {
      await screenshot(page, `axe-${label(run).replace(/[^a-z0-9]+/gi, '-')}-${lang}`);
    }
    return violations;
  }

  for (const run of RUNS) {
    it(`${label(run)} (ar, en)`, async () => {
      const [ar, en] = await Promise.all(LANGS.map((lang) => check(run, lang)));
      const address = run.path(seeded);
      expect(ar, describeViolations(`${address} (ar)`, ar!)).toEqual([]);
      expect(en, describeViolations(`${address} (en)`, en!)).toEqual([]);
    });
  }
});
