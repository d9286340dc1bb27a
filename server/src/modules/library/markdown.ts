import { createRequire } from 'node:module';
import os from 'node:os';
import { Worker } from 'node:worker_threads';
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
 * the other limits as `QUERY_LIMITS.maxMarkdownChars`): one document's two texts at their
 * largest, saved (and published: the search index reuses what was rendered). A save or a preview
 * renders in a worker thread; republishing or a metadata change re-renders the current text for
 * the search index on the request thread, which this bounds to about 0.5 s per operation.
 */
export const MAX_MARKDOWN_PER_OPERATION = 2 * MAX_MARKDOWN_LENGTH;

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

/**
 * The renderer, self-contained: it uses nothing but its arguments (no import, no module-level
 * name), so that a worker thread runs the very same code — its source is what `RenderPool`
 * sends to the worker. Raw HTML in the Markdown is shown as text (markdown-it `html: false`),
 * and the result passes sanitize-html's allow-list as well: no scripts, no event handlers, no
 * `javascript:` or `data:` links, no styles but text alignment.
 */
function createRenderer(
  MarkdownItClass: typeof MarkdownIt,
  sanitizeHtmlFn: typeof sanitizeHtml,
  fold: (text: string) => string,
) {
  const markdown = new MarkdownItClass({ html: false, linkify: true, typographer: false });

  const headingIdOf = (text: string): string => {
    const words = fold(text).match(/[\p{L}\p{Nd}]+/gu) ?? [];
    return `sec-${words.join('-').slice(0, 60) || 'section'}`;
  };

  /** Gives every heading an id (unique in the document) and collects the table of contents. */
  const addHeadingIds = (tokens: Token[], toc: TocEntry[]): void => {
    const seen = new Map<string, number>();
    tokens.forEach((token, i) => {
      if (token.type !== 'heading_open') return;
      const inline = tokens[i + 1];
      const text = inline?.children?.map((c) => c.content).join('') ?? inline?.content ?? '';
      const base = headingIdOf(text);
      const count = (seen.get(base) ?? 0) + 1;
      seen.set(base, count);
      const id = count === 1 ? base : `${base}-${count}`;
      token.attrSet('id', id);
      const level = Number(token.tag.slice(1));
      if (level >= 2 && level <= 3) toc.push({ level, id, text: text.trim() });
    });
  };

  const plainText = (tokens: Token[]): string => {
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
  };

  const options: sanitizeHtml.IOptions = {
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
          attribs: external
            ? { ...attribs, rel: 'noopener noreferrer', target: '_blank' }
            : attribs,
        };
      },
    },
  };
  const sanitizeFn = (html: string): string => sanitizeHtmlFn(html, options);

  return {
    headingId: headingIdOf,
    sanitize: sanitizeFn,
    render(source: string): RenderedMarkdown {
      const env = {};
      const tokens = markdown.parse(source, env);
      const toc: TocEntry[] = [];
      addHeadingIds(tokens, toc);
      const rendered = markdown.renderer.render(tokens, markdown.options, env);
      return { html: sanitizeFn(rendered), toc, text: plainText(tokens) };
    },
  };
}

const renderer = createRenderer(MarkdownIt, sanitizeHtml, foldArabic);

/** An anchor id from a heading's text: folded, letters and digits joined by hyphens. */
export function headingId(text: string): string {
  return renderer.headingId(text);
}

/** The allow-list alone (second line of defence behind markdown-it's own escaping). */
export function sanitize(html: string): string {
  return renderer.sanitize(html);
}

/**
 * Renders a document's Markdown to sanitised HTML, on the calling thread: for the seeders and
 * the analyst guide, and inside a transaction. Requests use `renderMarkdownOffThread`.
 */
export function renderMarkdown(source: string): RenderedMarkdown {
  chargeRendering(source.length);
  return renderer.render(source);
}

/** What the worker runs: the renderer above, built from its own source, answering each text. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
// esbuild (the test runner's transform) may name functions through this helper.
var __name = (target) => target;
const load = (path) => { const m = require(path); return typeof m === 'function' ? m : m.default; };
const foldArabic = (${foldArabic.toString()});
const createRenderer = (${createRenderer.toString()});
const renderer = createRenderer(load(workerData.markdownIt), load(workerData.sanitizeHtml), foldArabic);
parentPort.on('message', (source) => {
  try {
    parentPort.postMessage({ result: renderer.render(source) });
  } catch (error) {
    parentPort.postMessage({ error: String((error && error.message) || error) });
  }
});
`;

interface RenderJob {
  source: string;
  resolve(result: RenderedMarkdown): void;
  reject(error: Error): void;
}

/**
 * A few worker threads that render Markdown off the request thread, so a large text keeps no
 * other request waiting. Started on first use, unreferenced (they never keep the process
 * alive); a worker that fails is replaced by the next job.
 */
class RenderPool {
  private readonly idle: Worker[] = [];
  private readonly workers = new Set<Worker>();
  private readonly queue: RenderJob[] = [];
  private readonly modules = (() => {
    const require = createRequire(import.meta.url);
    return {
      markdownIt: require.resolve('markdown-it'),
      sanitizeHtml: require.resolve('sanitize-html'),
    };
  })();

  constructor(private readonly size: number) {}

  render(source: string): Promise<RenderedMarkdown> {
    return new Promise((resolve, reject) => {
      this.queue.push({ source, resolve, reject });
      this.next();
    });
  }

  private next(): void {
    while (this.queue.length) {
      const worker = this.idle.pop() ?? (this.workers.size < this.size ? this.start() : undefined);
      if (!worker) return;
      this.run(worker, this.queue.shift()!);
    }
  }

  private start(): Worker {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: this.modules });
    worker.unref();
    this.workers.add(worker);
    return worker;
  }

  private run(worker: Worker, job: RenderJob): void {
    const settle = (then: () => void) => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      then();
      this.next();
    };
    const onMessage = (answer: { result?: RenderedMarkdown; error?: string }) =>
      settle(() => {
        this.idle.push(worker);
        if (answer.result) job.resolve(answer.result);
        else job.reject(new Error(answer.error ?? 'The Markdown renderer failed.'));
      });
    const lost = (error: Error) =>
      settle(() => {
        this.workers.delete(worker);
        void worker.terminate();
        job.reject(error);
      });
    const onError = (error: Error) => lost(error);
    const onExit = (code: number) => lost(new Error(`The Markdown renderer stopped (${code}).`));
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage(job.source);
  }
}

let pool: RenderPool | undefined;

/**
 * Renders in a worker thread (the same renderer as `renderMarkdown`): what requests use, so that
 * a large text (0.1–0.4 s of work) keeps no other request waiting. Counted against the
 * operation's allowance before anything is sent.
 */
export function renderMarkdownOffThread(source: string): Promise<RenderedMarkdown> {
  chargeRendering(source.length);
  pool ??= new RenderPool(Math.max(1, Math.min(2, os.availableParallelism() - 1)));
  return pool.render(source);
}
