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
import { CsvProblem, fetchCsv, saveFile } from './csv';
import { FALLBACK_QUERY, loadExamples, tabWithQuery, type GuideExample } from './examples';

const fetcher = createGraphiQLFetcher({ url: '/graphql' });

type Status = { kind: 'error' | 'info'; text: string } | null;

/** A `data-testid` for the browser tests (React's prop types leave data attributes out). */
const testId = (id: string): object => ({ 'data-testid': id });

/** "Examples": the analyst guide's queries by title; one opens in its own tab. */
function ExamplesMenu({ examples }: { examples: GuideExample[] }): ReactNode {
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
      'Examples',
      h('span', { 'aria-hidden': true, className: 'explorer-bar__caret' }, '▾'),
    ),
    h(
      DropdownMenu.Content,
      { align: 'start', className: 'explorer-examples' },
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
function CsvButton({ onStatus }: { onStatus: (status: Status) => void }): ReactNode {
  const editor = useEditorContext({ nonNull: true });
  const [busy, setBusy] = useState(false);
  const download = useCallback(async () => {
    if (busy) return;
    setBusy(true);
    onStatus(null);
    try {
      const file = await fetchCsv({
        query: editor.queryEditor?.getValue() ?? '',
        variables: editor.variableEditor?.getValue() ?? '',
        headers: editor.headerEditor?.getValue() ?? '',
        operationName: editor.queryEditor?.operationName,
      });
      saveFile(file);
      onStatus({ kind: 'info', text: `Downloaded ${file.filename}` });
    } catch (err) {
      const text = err instanceof CsvProblem ? err.message : 'The CSV could not be made.';
      onStatus({ kind: 'error', text });
    } finally {
      setBusy(false);
    }
  }, [busy, editor, onStatus]);
  return h(
    'button',
    {
      type: 'button',
      className: 'explorer-bar__button explorer-bar__button--primary',
      onClick: () => void download(),
      disabled: busy,
      'aria-busy': busy,
      title: "Download the query's first list as CSV (UTF-8, opens in Excel)",
      ...testId('explorer-csv'),
    },
    busy ? 'Preparing CSV…' : 'CSV',
  );
}

function Explorer({ examples }: { examples: GuideExample[] }): ReactNode {
  const [status, setStatus] = useState<Status>(null);
  return h(
    'div',
    { className: 'explorer__page' },
    h(
      'header',
      { className: 'explorer-bar' },
      h(
        'h1',
        { className: 'explorer-bar__title' },
        h('span', { lang: 'ar', className: 'explorer-bar__brand' }, 'مسار'),
        h('span', null, 'Masar — API explorer'),
      ),
      h(
        'div',
        { className: 'explorer-bar__tools' },
        h(ExamplesMenu, { examples }),
        h(CsvButton, { onStatus: setStatus }),
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
        { className: 'explorer-bar__links', 'aria-label': 'Masar' },
        h('a', { href: '/docs/analyst-guide' }, 'Analyst guide'),
        h('a', { href: '/' }, 'Back to Masar'),
      ),
    ),
    h(
      'main',
      { className: 'explorer__graphiql' },
      h(GraphiQLInterface, {
        showPersistHeadersSettings: false,
        defaultEditorToolsVisibility: false,
        // A message about the CSV of the previous query would mislead.
        onEditQuery: () => setStatus(null),
      }),
    ),
  );
}

async function start(): Promise<void> {
  const root = document.getElementById('explorer')!;
  const examples = await loadExamples();
  createRoot(root).render(
    h(GraphiQLProvider, {
      fetcher,
      defaultQuery: examples[0]?.query ?? FALLBACK_QUERY,
      // A pasted API token stays in this tab, never in localStorage.
      shouldPersistHeaders: false,
      children: h(Explorer, { examples }),
    }),
  );
}

void start();
