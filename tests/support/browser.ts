/** Debian's Chromium driven by playwright-core (never a downloaded browser). */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { outputDir } from './server.js';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

export async function launchBrowser(): Promise<Browser> {
  const executablePath = candidates.find((p): p is string => !!p && fs.existsSync(p));
  if (!executablePath) {
    throw new Error(
      'Chromium not found: install the Debian package "chromium" (or set CHROMIUM_PATH)',
    );
  }
  return chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Saves a full-page screenshot under tests/output/ (git-ignored) and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(outputDir, { recursive: true });
  const file = path.join(outputDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** The CSS selector of an element by its `data-testid`. */
export const testid = (id: string) => `[data-testid="${id}"]`;

/** Picks the option showing `text` in the menu of the Vuetify select marked `id`. */
export async function choose(page: Page, id: string, text: string): Promise<void> {
  await page.locator(`${testid(id)} .v-field`).click();
  const option = page.locator('.v-overlay--active .v-list-item').filter({ hasText: text }).first();
  const menu = page.locator('.v-overlay--active .v-list-item').first();
  // A click while the menu is still opening can be lost on a loaded machine: try again while the
  // menu stays open.
  for (let attempt = 1; ; attempt++) {
    if (attempt > 1 && !(await menu.isVisible())) return;
    await option.click({ timeout: 10_000 }).catch(() => undefined);
    try {
      await menu.waitFor({ state: 'hidden', timeout: 5_000 });
      return;
    } catch (e) {
      if (attempt === 3) throw e;
    }
  }
}
