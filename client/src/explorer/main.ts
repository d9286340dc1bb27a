/**
 * The API explorer at /explorer: GraphiQL 3 (React, CodeMirror 5), bundled with the app so it
 * works offline and under the server's Content-Security-Policy (no inline script, no eval, no
 * web font or script from elsewhere). Requests go to /graphql on the same origin with the session
 * cookie, plus whatever the headers editor holds (e.g. `Authorization: Bearer <API token>`).
 * The server serves this page to analysts and managers only (server/src/modules/analytics/explorer.ts).
 *
 * React lives in this entry only: the main SPA (Vue) never loads it.
 */
import { createElement as h, useCallback, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQLInterface, GraphiQLProvider } from 'graphiql';
import { DropdownMenu, useEditorContext } from '@graphiql/react';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import 'graphiql/graphiql.css';
// Arabic in results and docs, without depending on the OS fonts (same files as the SPA's).
import '@fontsource/ibm-plex-sans-arabic/arabic-400.css';
import '@fontsource/ibm-plex-sans-arabic/latin-400.css';
import '@fontsource/ibm-plex-sans-arabic/arabic-600.css';
import '@fontsource/ibm-plex-sans-arabic/latin-600.css';
import './explorer.css';
import { resolveInitialLocale, storeLocale, type AppLocale } from '../shared/locale';
import { CsvProblem, fetchCsv, saveFile } from './csv';
import { FALLBACK_QUERY, loadExamples, tabWithQuery, type GuideExample } from './examples';
import { EXPLORER_TEXT, type ExplorerText } from './messages';

const fetcher = createGraphiQLFetcher({ url: '/graphql' });

type Status = { kind: 'error' | 'info'; text: string } | null;

/** A `data-testid` for the browser tests (React's prop types leave data attributes out). */
const testId = (id: string): object => ({ 'data-testid': id });

/** "Examples": the analyst guide's queries by title; one opens in its own tab. */
function ExamplesMenu({
  examples,
  text,
}: {
  examples: GuideExample[];
  text: ExplorerText;
}): ReactNode {
  const editor = useEditorContext({ nonNull: true });
  const open = useCallback(
    (example: GuideExample) => {
      const index = tabWithQuery(editor.tabs, example.query);
      if (index >= 0) {
        editor.changeTab(index);
        return;
      }
      editor.addTab();
      // The new tab's (default) contents are written to the editors as React applies the
      // change; the example replaces them right after.
      setTimeout(() => {
        editor.queryEditor?.setValue(example.query);
        editor.variableEditor?.setValue('');
        editor.queryEditor?.focus();
      }, 0);
    },
    [editor],
  );
  if (!examples.length) return null;
  return h(
    DropdownMenu,
    null,
    h(
      DropdownMenu.Button,
      { className: 'explorer-bar__button', ...testId('explorer-examples') },
      text.examples,
      h('span', { 'aria-hidden': true, className: 'explorer-bar__caret' }, '▾'),
    ),
    h(
      DropdownMenu.Content,
      { align: 'start', className: `explorer-examples explorer-examples--${text.dir}` },
      examples.map((example) =>
        h(
          DropdownMenu.Item,
          {
            key: example.name,
            onSelect: () => open(example),
            ...testId(`explorer-example-${example.name}`),
          },
          h('span', { className: 'explorer-examples__title' }, example.title),
          h('span', { className: 'explorer-examples__name' }, example.name),
        ),
      ),
    ),
  );
}

/** "CSV": the query in the editor as a spreadsheet, through /api/csv. */
function CsvButton({
  onStatus,
  text,
}: {
  onStatus: (status: Status) => void;
  text: ExplorerText;
}): ReactNode {
  const editor = useEditorContext({ nonNull: true });
  const [busy, setBusy] = useState(false);
  const download = useCallback(async () => {
    if (busy) return;
    setBusy(true);
    onStatus(null);
    try {
      const file = await fetchCsv(
        {
          query: editor.queryEditor?.getValue() ?? '',
          variables: editor.variableEditor?.getValue() ?? '',
          headers: editor.headerEditor?.getValue() ?? '',
          operationName: editor.queryEditor?.operationName,
        },
        fetch,
        text,
      );
      saveFile(file);
      onStatus({ kind: 'info', text: text.downloaded(file.filename) });
    } catch (err) {
      onStatus({ kind: 'error', text: err instanceof CsvProblem ? err.message : text.csvFailed });
    } finally {
      setBusy(false);
    }
  }, [busy, editor, onStatus, text]);
  return h(
    'button',
    {
      type: 'button',
      className: 'explorer-bar__button explorer-bar__button--primary',
      onClick: () => void download(),
      disabled: busy,
      'aria-busy': busy,
      title: text.csvTitle,
      ...testId('explorer-csv'),
    },
    busy ? text.csvBusy : text.csv,
  );
}

interface ExplorerProps {
  examples: GuideExample[];
  locale: AppLocale;
  onLocale: (locale: AppLocale) => void;
}

function Explorer({ examples, locale, onLocale }: ExplorerProps): ReactNode {
  const [status, setStatus] = useState<Status>(null);
  const text = EXPLORER_TEXT[locale];
  const other: AppLocale = locale === 'ar' ? 'en' : 'ar';
  return h(
    'div',
    { className: 'explorer__page' },
    h(
      'header',
      { className: 'explorer-bar', dir: text.dir },
      h(
        'h1',
        { className: 'explorer-bar__title' },
        h('span', { lang: 'ar', className: 'explorer-bar__brand' }, 'مسار'),
        h('span', null, locale === 'ar' ? text.title : `${text.brand} — ${text.title}`),
      ),
      h(
        'div',
        { className: 'explorer-bar__tools' },
        h(ExamplesMenu, { examples, text }),
        h(CsvButton, { onStatus: setStatus, text }),
        h(
          'p',
          {
            className: `explorer-bar__status explorer-bar__status--${status?.kind ?? 'none'}`,
            role: status?.kind === 'error' ? 'alert' : 'status',
            ...testId('explorer-status'),
          },
          status?.text ?? '',
        ),
      ),
      h(
        'nav',
        { className: 'explorer-bar__links', 'aria-label': text.nav },
        h('a', { href: `/docs/analyst-guide?lang=${locale}` }, text.guide),
        h('a', { href: '/' }, text.back),
        h(
          'button',
          {
            type: 'button',
            className: 'explorer-bar__button',
            lang: other,
            title: text.switchTitle,
            onClick: () => {
              setStatus(null);
              onLocale(other);
            },
            ...testId('explorer-lang'),
          },
          text.switchTo,
        ),
      ),
    ),
    // GraphiQL's panes are code, and its own words English: left to right in either language.
    h(
      'main',
      { className: 'explorer__graphiql', dir: 'ltr', lang: 'en' },
      h(GraphiQLInterface, {
        showPersistHeadersSettings: false,
        defaultEditorToolsVisibility: false,
        // A message about the CSV of the previous query would mislead.
        onEditQuery: () => setStatus(null),
      }),
    ),
  );
}

/**
 * <html lang> and the window's title in `locale`. The page itself stays left to right: GraphiQL
 * keeps parts of itself far off to the left, which a right-to-left page would let one scroll to
 * (a 12,000-px scrollbar); the bar and the examples menu take the language's direction.
 */
function showIn(locale: AppLocale): void {
  document.documentElement.lang = locale;
  const text = EXPLORER_TEXT[locale];
  document.title = `${text.brand} — ${text.title}`;
}

/** The explorer in the reader's language, which its switch changes (and remembers for the app). */
function Root({
  locale: initial,
  examples: first,
}: {
  locale: AppLocale;
  examples: GuideExample[];
}) {
  const [shown, setShown] = useState({ locale: initial, examples: first });
  const onLocale = useCallback((locale: AppLocale) => {
    storeLocale(locale);
    showIn(locale);
    void loadExamples(fetch, locale).then((examples) => setShown({ locale, examples }));
  }, []);
  return h(GraphiQLProvider, {
    fetcher,
    defaultQuery: first[0]?.query ?? FALLBACK_QUERY,
    // A pasted API token stays in this tab, never in localStorage.
    shouldPersistHeaders: false,
    children: h(Explorer, { ...shown, onLocale }),
  });
}

async function start(): Promise<void> {
  const root = document.getElementById('explorer')!;
  const locale = resolveInitialLocale();
  showIn(locale);
  const examples = await loadExamples(fetch, locale);
  createRoot(root).render(h(Root, { locale, examples }));
}

void start();
