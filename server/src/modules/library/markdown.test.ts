import { describe, expect, it } from 'vitest';
import { headingId, renderMarkdown, sanitize } from './markdown.js';

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
