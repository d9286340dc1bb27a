import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, testid } from '../support/browser.js';
import {
  settled,
  startDashboardJourney,
  stopDashboardJourney,
  type DashboardJourney,
} from './dashboard.support.js';

/**
 * Journey (issue 16 item 9): over the demo data, the improvement-actions page counts every open
 * action, the dashboard's figure, and pages through them instead of stopping at a fixed number.
 */
describe('journey: the improvement actions, paged, with the true count', () => {
  let j: DashboardJourney;
  let page: Page;

  beforeAll(async () => {
    j = await startDashboardJourney();
    page = j.page;
  });
  afterAll(async () => stopDashboardJourney(j));

  for (const lang of ['ar', 'en'] as const) {
    it(`says as many open as the dashboard, and pages through them (${lang})`, async () => {
      await page.goto(`${j.server.url}/dashboard?lang=${lang}`);
      const kpi = page.locator(`${testid('kpi-open-improvements')} ${testid('kpi-value')}`);
      await kpi.waitFor();
      const onDashboard = (await kpi.innerText()).trim();

      await page.goto(`${j.server.url}/feedback/improvements?lang=${lang}`);
      await page.locator(testid('improvement')).first().waitFor();
      const heading = (await page.locator(testid('improvements-open')).innerText()).trim();
      expect(heading).toContain(onDashboard);
      expect(await page.locator(testid('improvement')).count()).toBe(10);
      const range = page.locator(testid('pager-range'));
      const first = await range.innerText();
      await settled(page);
      await screenshot(page, `improvements-paged-${lang}`);
      await page.locator(testid('pager-next')).click();
      await page.waitForFunction(
        ([sel, before]) => document.querySelector(sel!)?.textContent?.trim() !== before,
        [testid('pager-range'), first.trim()],
      );
      expect(await page.locator(testid('improvement')).first().getAttribute('data-status')).toBe(
        'OPEN',
      );

      // Rows per page (the browser's own select): 25 from the first page on.
      const second = (await range.innerText()).trim();
      await page.locator(testid('pager-size')).selectOption('25');
      await page.waitForFunction(
        ([sel, before]) => document.querySelector(sel!)?.textContent?.trim() !== before,
        [testid('pager-range'), second],
      );
      // The bigger page has come: an eleventh row.
      await page.locator(testid('improvement')).nth(10).waitFor();
      const shown = await page.locator(testid('improvement')).count();
      expect(shown).toBeGreaterThan(10);
      expect(shown).toBeLessThanOrEqual(25);
      expect(await page.locator(testid('pager-previous')).isDisabled()).toBe(true);
      await settled(page);
      await screenshot(page, `improvements-page-size-${lang}`);
    });
  }
});
