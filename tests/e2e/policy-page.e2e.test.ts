import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot } from '../support/browser.js';
import { startServer, type RunningServer } from '../support/server.js';

const channelsAr = [
  'المقابلة',
  'الاتصالات الهاتفية',
  'وسائل التواصل الاجتماعي',
  'الخطابات',
  'خدمات طلب المساعدة',
  'خدمة التطوع',
  'الموقع الإلكتروني للجمعية',
  'مناديب المكاتب الفرعية',
];

describe('journey: a visitor reads the active policy in Arabic, then in English', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows the policy in Arabic, right to left, with the 8 channels and 7 steps', async () => {
    await page.goto(`${server.url}/policy`);
    await page.locator('[data-testid="policy-step"]').first().waitFor();
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('html').getAttribute('lang')).toBe('ar');

    const channels = await page.locator('[data-testid="policy-channel"]').allInnerTexts();
    expect(channels).toHaveLength(8);
    channelsAr.forEach((name, i) => expect(channels[i]).toContain(name));

    const steps = await page.locator('[data-testid="policy-step"]').allInnerTexts();
    expect(steps).toHaveLength(7);
    expect(steps[0]).toContain('استقبال المستفيد بلباقة واحترام');
    expect(steps[6]).toContain('تقديم الخدمة اللازمة');

    expect(await page.locator('[data-testid="approval-gregorian"]').innerText()).toMatch(/2024/);
    expect(await page.locator('[data-testid="approval-hijri"]').innerText()).toMatch(/1446/);
    await screenshot(page, 'policy-ar');
  });

  it('switches to English, left to right, and remembers the choice', async () => {
    await page.locator('[data-testid="lang-switch"]').click();
    await page.waitForFunction(() => document.documentElement.dir === 'ltr');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    const channels = await page.locator('[data-testid="policy-channel"]').allInnerTexts();
    expect(channels).toHaveLength(8);
    expect(channels[0]).toMatch(/[A-Za-z]/);
    await screenshot(page, 'policy-en');

    await page.reload();
    await page.locator('[data-testid="policy-step"]').first().waitFor();
    expect(await page.locator('html').getAttribute('dir')).toBe('ltr');
  });
});
