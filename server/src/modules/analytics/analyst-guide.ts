import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express from 'express';
import { renderMarkdown } from '../library/markdown.js';

/**
 * The analyst guide (docs/analyst-guide.md in the repository): served as a page at
 * /docs/analyst-guide, and its examples as JSON for the explorer. The test suite runs every
 * example against demo data.
 */
export const GUIDE_FILE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../docs/analyst-guide.md',
);

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
code{font-family:ui-monospace,monospace;font-size:.9em}h1,h2,h3{line-height:1.25}a{color:#00695c}`;

export function analystGuideRouter(file = GUIDE_FILE): express.Router {
  const router = express.Router();
  const read = () => fs.readFileSync(file, 'utf8');
  router.get('/docs/analyst-guide', (_req, res) => {
    const { html } = renderMarkdown(read());
    res.setHeader('Cache-Control', 'no-cache');
    res
      .type('html')
      .send(
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Masar — analyst guide</title><style>${PAGE_STYLE}</style></head><body><p><a href="/explorer">← Explorer</a></p>${html}</body></html>`,
      );
  });
  router.get('/docs/analyst-guide.md', (_req, res) => {
    res.type('text/markdown; charset=utf-8').send(read());
  });
  router.get('/api/analyst-guide/examples', (_req, res) => {
    res.json(guideExamples(read()));
  });
  return router;
}
