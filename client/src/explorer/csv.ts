/**
 * The explorer's CSV button: POSTs the editor's query, variables and headers to /api/csv (which
 * runs the query as the caller and returns its first list as CSV with a byte order mark) and
 * hands the answer over as a file.
 */
import { downloadBlob, fileNameFromDisposition } from '../shared/download';
import { EXPLORER_TEXT, type ExplorerText } from './messages';

export interface CsvRequest {
  query: string;
  /** The variables editor's text (JSON), possibly empty. */
  variables: string;
  /** The headers editor's text (JSON), possibly empty: e.g. an `Authorization` header. */
  headers: string;
  /** The operation's name, for the file name when the server gives none. */
  operationName?: string | null;
}

export interface CsvFile {
  blob: Blob;
  filename: string;
}

/** A problem to show next to the button instead of a download. */
export class CsvProblem extends Error {}

/** The editor's JSON text as an object (empty text is none). */
export function editorJson(
  text: string,
  what: 'variables' | 'headers',
  words: ExplorerText = EXPLORER_TEXT.en,
): Record<string, unknown> {
  if (!text.trim()) return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new CsvProblem(words.notJson(what));
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new CsvProblem(words.notObject(what));
  }
  return value as Record<string, unknown>;
}

/** The message of a refused request: the server's first GraphQL-style error, or the status. */
export async function problemOf(
  res: Response,
  words: ExplorerText = EXPLORER_TEXT.en,
): Promise<string> {
  let detail = '';
  try {
    const body = (await res.json()) as { errors?: { message?: string }[] };
    detail = body.errors?.[0]?.message ?? '';
  } catch {
    // Not JSON: the status says enough.
  }
  const what =
    res.status === 401
      ? words.notSignedIn
      : res.status === 403
        ? words.notAllowed
        : res.status === 429
          ? words.tooMany
          : words.refused(res.status);
  return detail ? `${what}: ${detail}` : `${what}.`;
}

/**
 * Runs the query at /api/csv and returns the file; throws CsvProblem, in the reader's words
 * (`words`), when it cannot.
 */
export async function fetchCsv(
  request: CsvRequest,
  fetchImpl: typeof fetch = fetch,
  words: ExplorerText = EXPLORER_TEXT.en,
) {
  if (!request.query.trim()) throw new CsvProblem(words.writeQuery);
  const variables = editorJson(request.variables, 'variables', words);
  const extra = editorJson(request.headers, 'headers', words);
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(extra)) headers[name] = String(value);
  let res: Response;
  try {
    res = await fetchImpl('/api/csv', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { ...headers, 'content-type': 'application/json', accept: 'text/csv' },
      body: JSON.stringify({ query: request.query, variables }),
    });
  } catch {
    throw new CsvProblem(words.unreachable);
  }
  if (res.status !== 200) throw new CsvProblem(await problemOf(res, words));
  const fallback = `${request.operationName || 'query'}.csv`;
  const file: CsvFile = {
    blob: await res.blob(),
    filename: fileNameFromDisposition(res.headers.get('content-disposition'), fallback),
  };
  return file;
}

/** Saves the file through a temporary link (no navigation, no pop-up). */
export const saveFile = ({ blob, filename }: CsvFile) => downloadBlob(filename, blob);
