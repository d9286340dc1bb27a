import MarkdownIt, { type Token } from 'markdown-it';
import sanitizeHtml from 'sanitize-html';
import { foldArabic } from '../common/arabic.js';
import { badInput } from '../common/errors.js';
import { ProtectionError } from '../protection/errors.js';
import { currentOperation } from '../protection/operation-scope.js';

/** A heading of a rendered document: the table of contents links to `#id`. */
export interface TocEntry {
  level: number;
  id: string;
  text: string;
}

export interface RenderedMarkdown {
  /** Sanitised HTML, safe to insert into the page. */
  html: string;
  /** Headings of levels 2 and 3 with their anchors. */
  toc: TocEntry[];
  /** The text without markup, for the search index and snippets. */
  text: string;
}

/**
 * Largest Markdown body accepted per language, in characters (about 200 KB of Arabic in UTF-8).
 * Rendering is linear in the text, nesting included (markdown-it stops nesting at 100 levels):
 * a body of this size takes 0.1–0.35 s to render on the reference machine whatever its shape
 * (prose, links, tables, unclosed brackets, nested lists or quotes; markdown.test.ts measures
 * the worst ones). Hence also the bound on one operation, `MAX_MARKDOWN_PER_OPERATION`.
 */
export const MAX_MARKDOWN_LENGTH = 100_000;

/**
 * Characters of Markdown one GraphQL operation renders, all its fields together (listed with
 * the other limits as `QUERY_LIMITS.maxMarkdownChars`): a document saved and published in both
 * languages at their largest renders 400,000 (each text once to save, once for the search
 * index), about 1 s.
 */
export const MAX_MARKDOWN_PER_OPERATION = 400_000;

/**
 * Counts `chars` against the operation being run (protection/operation-scope.ts): one GraphQL
 * operation renders at most `MAX_MARKDOWN_PER_OPERATION`, whatever its aliases, so that 15
 * aliased saves or previews of a large body cannot hold the server for seconds. Outside an
 * operation (seeders, the analyst guide) nothing is counted.
 */
function chargeRendering(chars: number): void {
  const scope = currentOperation();
  if (!scope) return;
  if (chars > MAX_MARKDOWN_LENGTH) {
    throw badInput(`The text is limited to ${MAX_MARKDOWN_LENGTH} characters.`, 'markdown');
  }
  const maximum = MAX_MARKDOWN_PER_OPERATION;
  if (scope.markdownChars + chars > maximum) {
    throw new ProtectionError(
      'QUERY_TOO_COMPLEX',
      `The operation renders more characters of Markdown than the limit of ${maximum}: send the texts in separate requests.`,
      { limit: 'MARKDOWN', maximum, actual: scope.markdownChars + chars },
    );
  }
  scope.markdownChars += chars;
}

/** An anchor id from a heading's text: folded, letters and digits joined by hyphens. */
export function headingId(text: string): string {
  const words = foldArabic(text).match(/[\p{L}\p{Nd}]+/gu) ?? [];
  return `sec-${words.join('-').slice(0, 60) || 'section'}`;
}

const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });

/** Gives every heading an id (unique in the document) and collects the table of contents. */
function addHeadingIds(tokens: Token[], toc: TocEntry[]): void {
  const seen = new Map<string, number>();
  tokens.forEach((token, i) => {
    if (token.type !== 'heading_open') return;
    const inline = tokens[i + 1];
    const text = inline?.children?.map((c) => c.content).join('') ?? inline?.content ?? '';
    const base = headingId(text);
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    const id = count === 1 ? base : `${base}-${count}`;
    token.attrSet('id', id);
    const level = Number(token.tag.slice(1));
    if (level >= 2 && level <= 3) toc.push({ level, id, text: text.trim() });
  });
}

function plainText(tokens: Token[]): string {
  const parts: string[] = [];
  for (const token of tokens) {
    if (token.type === 'inline') {
      parts.push(
        (token.children ?? []).map((c) => (c.type === 'softbreak' ? ' ' : c.content)).join(''),
      );
    } else if (token.type === 'fence' || token.type === 'code_block') {
      parts.push(token.content);
    }
  }
  return parts
    .join('\n')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'p',
    'br',
    'hr',
    'blockquote',
    'ul',
    'ol',
    'li',
    'strong',
    'em',
    's',
    'code',
    'pre',
    'a',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'rel', 'target'],
    h1: ['id'],
    h2: ['id'],
    h3: ['id'],
    h4: ['id'],
    h5: ['id'],
    h6: ['id'],
    ol: ['start'],
    th: ['style'],
    td: ['style'],
  },
  allowedStyles: { '*': { 'text-align': [/^(left|right|center)$/] } },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: {
    a: (tagName, attribs) => {
      const external = /^(https?:)?\/\//i.test(attribs.href ?? '');
      return {
        tagName,
        attribs: external ? { ...attribs, rel: 'noopener noreferrer', target: '_blank' } : attribs,
      };
    },
  },
};

/** The allow-list alone (second line of defence behind markdown-it's own escaping). */
export function sanitize(html: string): string {
  return sanitizeHtml(html, SANITIZE);
}

/**
 * Renders a document's Markdown to sanitised HTML. Raw HTML in the Markdown is shown as text
 * (markdown-it `html: false`), and the result passes sanitize-html's allow-list as well: no
 * scripts, no event handlers, no `javascript:` or `data:` links, no styles but text alignment.
 */
export function renderMarkdown(source: string): RenderedMarkdown {
  chargeRendering(source.length);
  const env = {};
  const tokens = markdown.parse(source, env);
  const toc: TocEntry[] = [];
  addHeadingIds(tokens, toc);
  const rendered = markdown.renderer.render(tokens, markdown.options, env);
  return { html: sanitize(rendered), toc, text: plainText(tokens) };
}
