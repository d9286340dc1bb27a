import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express from 'express';
import { renderMarkdown } from '../library/markdown.js';

/**
 * The analyst guide (docs/analyst-guide.md in the repository, and its Arabic twin
 * docs/analyst-guide.ar.md with the same examples): served as a page at /docs/analyst-guide, and
 * its examples as JSON for the explorer. The test suite runs every example against demo data.
 */
const DOCS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../docs');
export const GUIDE_FILE = path.join(DOCS, 'analyst-guide.md');
export const GUIDE_FILES = { ar: path.join(DOCS, 'analyst-guide.ar.md'), en: GUIDE_FILE } as const;
export type GuideLocale = keyof typeof GUIDE_FILES;

/**
 * The language asked for with `?lang=` (the app's own parameter); Arabic, the app's first
 * language, without one.
 */
export function guideLocale(lang: unknown): GuideLocale {
  return lang === 'en' ? 'en' : 'ar';
}

export interface GuideExample {
  /** The operation's name. */
  name: string;
  /** The heading above it: the question it answers. */
  title: string;
  query: string;
}

/** Every ```graphql block of the guide, with the ### heading before it. */
export function guideExamples(markdown: string): GuideExample[] {
  const examples: GuideExample[] = [];
  let title = '';
  const pattern = /^### (.+)$|```graphql\n([\s\S]*?)```/gm;
  for (const m of markdown.matchAll(pattern)) {
    if (m[1]) {
      title = m[1].trim();
      continue;
    }
    const query = m[2]!;
    examples.push({ name: /query\s+(\w+)/.exec(query)?.[1] ?? 'Example', title, query });
  }
  return examples;
}

const PAGE_STYLE = `body{font-family:"IBM Plex Sans Arabic",system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;line-height:1.6;color:#1f2933}
pre{background:#f4f6f8;padding:.75rem 1rem;overflow:auto;border-radius:6px;direction:ltr;text-align:left}
code{font-family:ui-monospace,monospace;font-size:.9em;unicode-bidi:isolate}h1,h2,h3{line-height:1.25}a{color:#00695c}
.guide-bar{display:flex;justify-content:space-between;gap:1rem;flex-wrap:wrap}`;

/** The page's own words, and the switch to the other language. */
const PAGE_TEXT = {
  ar: { title: 'مسار — دليل المحلل', back: '→ المستكشف', other: 'en', switchTo: 'English' },
  en: { title: 'Masar — analyst guide', back: '← Explorer', other: 'ar', switchTo: 'العربية' },
} as const;

/**
 * Follows the language the app remembers (`masar.locale` in localStorage): a page opened
 * without `?lang=` in another language than the reader's reloads in theirs, and a page opened
 * with one remembers it, as the app does. A file of its own (the CSP allows no inline script).
 */
const LOCALE_SCRIPT = `(function () {
  var KEY = 'masar.locale';
  var shown = document.documentElement.lang;
  var params = new URLSearchParams(location.search);
  try {
    var stored = localStorage.getItem(KEY);
    if (params.has('lang')) localStorage.setItem(KEY, shown);
    else if ((stored === 'ar' || stored === 'en') && stored !== shown) {
      params.set('lang', stored);
      location.replace(location.pathname + '?' + params.toString());
    }
  } catch (e) {
    // Storage disabled: the page stays in the language it was asked in.
  }
})();
`;

export function analystGuideRouter(
  files: Record<GuideLocale, string> = GUIDE_FILES,
): express.Router {
  const router = express.Router();
  const read = (locale: GuideLocale) => fs.readFileSync(files[locale], 'utf8');
  router.get('/docs/analyst-guide', (req, res) => {
    const locale = guideLocale(req.query.lang);
    const text = PAGE_TEXT[locale];
    const { html } = renderMarkdown(read(locale));
    res.setHeader('Cache-Control', 'no-cache');
    res
      .type('html')
      .send(
        `<!doctype html><html lang="${locale}" dir="${locale === 'ar' ? 'rtl' : 'ltr'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${text.title}</title><link rel="icon" type="image/svg+xml" href="/favicon.svg"><style>${PAGE_STYLE}</style><script src="/docs/analyst-guide.js"></script></head><body><nav class="guide-bar"><a href="/explorer">${text.back}</a><a href="?lang=${text.other}" lang="${text.other}" hreflang="${text.other}" data-testid="guide-lang">${text.switchTo}</a></nav><main>${html}</main></body></html>`,
      );
  });
  router.get('/docs/analyst-guide.js', (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.type('text/javascript').send(LOCALE_SCRIPT);
  });
  router.get('/docs/analyst-guide.md', (req, res) => {
    res.type('text/markdown; charset=utf-8').send(read(guideLocale(req.query.lang)));
  });
  router.get('/api/analyst-guide/examples', (req, res) => {
    res.json(guideExamples(read(guideLocale(req.query.lang))));
  });
  return router;
}
