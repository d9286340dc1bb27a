import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { repoRoot } from '../support/server.js';

type Messages = { [key: string]: string | Messages };

function keysOf(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) => {
    const full = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string' ? [full] : [full, ...keysOf(value, full)];
  });
}

/** Every message key of the app (and every prefix of one): what a screen shows when a text is missing. */
const KEYS = keysOf(
  JSON.parse(
    fs.readFileSync(path.join(repoRoot, 'client/src/locales/ar.json'), 'utf8'),
  ) as Messages,
);

/**
 * The message keys a page shows instead of their text (a group of messages not loaded: client
 * src/locales/groups.ts), in its text and in the labels read aloud (aria-label, title,
 * placeholder, alt).
 */
export async function rawKeysOn(page: Page): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const labels = Array.from(
      document.querySelectorAll('[aria-label], [title], [placeholder], [alt]'),
    ).flatMap((el) =>
      ['aria-label', 'title', 'placeholder', 'alt'].map((a) => el.getAttribute(a) ?? ''),
    );
    return [document.title, document.body.innerText, ...labels];
  });
  const keys = new Set(KEYS);
  const found = texts.flatMap((text) => text.match(/\$?[A-Za-z]+(?:\.[\w-]+)+/g) ?? []);
  return [...new Set(found.filter((token) => keys.has(token) || token.startsWith('$vuetify.')))];
}
