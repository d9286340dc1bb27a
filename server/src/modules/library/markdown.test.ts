import { describe, expect, it } from 'vitest';
import {
  headingId,
  MAX_MARKDOWN_LENGTH,
  renderMarkdown,
  renderMarkdownOffThread,
  sanitize,
} from './markdown.js';

describe('library Markdown is rendered to sanitised HTML', () => {
  it('removes script elements, event handlers and javascript: links', () => {
    const { html } = renderMarkdown(
      [
        '# عنوان',
        '<script>alert(1)</script>',
        '<img src=x onerror="alert(2)">',
        '<a href="javascript:alert(3)" onclick="alert(4)">x</a>',
        '[click](javascript:alert(5)) [data](data:text/html;base64,PHNjcmlwdD4=) [vb](vbscript:x)',
        '[ok](https://example.org/guide) [mail](mailto:info@example.org)',
      ].join('\n\n'),
    );
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<[a-z][^>]*\son\w+=/i);
    expect(html).not.toMatch(/<a[^>]*href="(javascript|data|vbscript):/i);
    expect(html).toContain('[click](javascript:alert(5))');
    expect(html).toContain(
      '<a href="https://example.org/guide" rel="noopener noreferrer" target="_blank">ok</a>',
    );
    expect(html).toContain('<a href="mailto:info@example.org">mail</a>');
  });

  it('strips scripts, handlers and dangerous links even from raw HTML (the second line of defence)', () => {
    const html = sanitize(
      '<p onclick="x()">a<script>alert(1)</script></p><a href="javascript:alert(1)">j</a>' +
        '<a href=" JaVaScRiPt:alert(1)">k</a><img src=x onerror=alert(1)><svg onload=alert(1)></svg>' +
        '<h2 id="ok" onmouseover="x">h</h2><a href="#sec-1">in</a>',
    );
    expect(html).toBe('<p>a</p><a>j</a><a>k</a><h2 id="ok">h</h2><a href="#sec-1">in</a>');
  });

  it('never lets raw HTML through, even when it looks harmless', () => {
    const { html } = renderMarkdown(
      '<div style="position:fixed">overlay</div>\n\n<iframe src="https://evil"></iframe>',
    );
    expect(html).not.toMatch(/<(div|iframe)/i);
  });

  it('gives every heading a unique anchor and lists levels 2 and 3 in the table of contents', () => {
    const { html, toc } = renderMarkdown(
      '# الدليل\n\n## شروط الاستحقاق\n\nنص\n\n### المستندات\n\n## شروط الاستحقاق\n\n#### تفاصيل',
    );
    expect(toc).toEqual([
      { level: 2, id: 'sec-شروط-الاستحقاق', text: 'شروط الاستحقاق' },
      { level: 3, id: 'sec-المستندات', text: 'المستندات' },
      { level: 2, id: 'sec-شروط-الاستحقاق-2', text: 'شروط الاستحقاق' },
    ]);
    expect(html).toContain('<h2 id="sec-شروط-الاستحقاق">');
    expect(html).toContain('<h2 id="sec-شروط-الاستحقاق-2">');
    expect(html).toContain('<h1 id="sec-الدليل">');
  });

  it('folds diacritics and hamza forms in anchors, and keeps tables and lists', () => {
    expect(headingId('أهدافُ الدليل')).toBe('sec-اهداف-الدليل');
    const { html, text } = renderMarkdown(
      '| الحقل | إلزامي |\n|---|:-:|\n| الاسم | نعم |\n\n1. أول\n2. ثانٍ',
    );
    expect(html).toContain('<table>');
    expect(html).toContain('<th style="text-align:center">إلزامي</th>');
    expect(html).toContain('<ol>');
    expect(text).toContain('الاسم');
  });
});

/**
 * What a body of the largest size costs to render, for the shapes that make Markdown parsers
 * slow (issue 13, item 12): each must stay linear. The bound is generous (the machine is
 * shared); on the reference machine each takes 0.01–0.35 s.
 */
describe('a body of the largest size renders in bounded time, whatever its shape', () => {
  const N = MAX_MARKDOWN_LENGTH;
  const shapes: Record<string, string> = {
    prose: 'نص عربي عادي مع **تأكيد** و[رابط](https://example.com) وكلمات.\n\n'.repeat(N / 40),
    'nested lists': Array.from({ length: N / 40 }, (_, i) => '  '.repeat(i % 200) + '- x').join(
      '\n',
    ),
    'nested quotes': '>'.repeat(N - 2) + ' x',
    'nested list markers': '- '.repeat(N / 2),
    'many links': '[a](http://x.y) '.repeat(N / 16),
    'many bare links': 'www.example.com '.repeat(N / 16),
    'unclosed brackets': '['.repeat(N),
    'unclosed links': '[a]('.repeat(N / 4),
    'emphasis runs': '*a **b '.repeat(N / 7),
    backticks: '`a ``b '.repeat(N / 7),
    'a long table': '| a | b |\n|---|---|\n' + '| 1 | 2 |\n'.repeat(N / 10),
    'a wide table': '|' + 'a|'.repeat(N / 4) + '\n|' + '-|'.repeat(N / 4),
    'reference definitions': '[a]: http://x\n'.repeat(N / 14),
    'angle brackets': '<'.repeat(N),
  };
  for (const [name, source] of Object.entries(shapes)) {
    it(name, () => {
      const text = source.slice(0, N);
      const started = performance.now();
      renderMarkdown(text);
      expect(performance.now() - started).toBeLessThan(3000);
    });
  }

  it('stops nesting at 100 levels (markdown-it maxNesting): deeper text is not parsed further', () => {
    const { html } = renderMarkdown('>'.repeat(150) + ' deep');
    expect((html.match(/<blockquote>/g) ?? []).length).toBeLessThanOrEqual(100);
  });
});

describe('rendering off the request thread', () => {
  it('gives exactly what the same renderer gives on the calling thread', async () => {
    const source =
      '# عنوان\n\n## الأهداف والنتائج\n\n- [رابط](https://example.com)\n- `code`\n\n' +
      '| a | b |\n|:-:|---|\n| 1 | 2 |\n\n<script>alert(1)</script> [x](javascript:alert(1))\n\n## الأهداف والنتائج';
    const [offThread, again] = await Promise.all([
      renderMarkdownOffThread(source),
      renderMarkdownOffThread('plain'),
    ]);
    expect(offThread).toEqual(renderMarkdown(source));
    expect(offThread.toc.map((t) => t.id)).toEqual([
      headingId('الأهداف والنتائج'),
      `${headingId('الأهداف والنتائج')}-2`,
    ]);
    expect(offThread.html).not.toContain('<script');
    expect(again.html).toBe('<p>plain</p>\n');
  });

  it('keeps the event loop free while a text of the largest size renders', async () => {
    const source = '[a](http://x.y) '.repeat(MAX_MARKDOWN_LENGTH / 16);
    await renderMarkdownOffThread('warm up');
    let worstGap = 0;
    let last = performance.now();
    const ticker = setInterval(() => {
      const now = performance.now();
      worstGap = Math.max(worstGap, now - last);
      last = now;
    }, 5);
    const started = performance.now();
    const rendered = await renderMarkdownOffThread(source);
    const took = performance.now() - started;
    clearInterval(ticker);
    expect(rendered.html).toContain('<a href="http://x.y"');
    // The render itself takes longer than any gap the timer saw.
    expect(worstGap).toBeLessThan(Math.max(100, took / 2));
  });
});
