/**
 * The explorer's CSV button: POSTs the editor's query, variables and headers to /api/csv (which
 * runs the query as the caller and returns its first list as CSV with a byte order mark) and
 * hands the answer over as a file.
 */
import { downloadBlob, fileNameFromDisposition } from '../shared/download';

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
export function editorJson(text: string, what: 'variables' | 'headers'): Record<string, unknown> {
  if (!text.trim()) return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new CsvProblem(`The ${what} are not valid JSON.`);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new CsvProblem(`The ${what} must be a JSON object.`);
  }
  return value as Record<string, unknown>;
}

/** The message of a refused request: the server's first GraphQL-style error, or the status. */
export async function problemOf(res: Response): Promise<string> {
  let detail = '';
  try {
    const body = (await res.json()) as { errors?: { message?: string }[] };
    detail = body.errors?.[0]?.message ?? '';
  } catch {
    // Not JSON: the status says enough.
  }
  const what =
    res.status === 401
      ? 'Not signed in (sign in again, or paste an API token under Headers)'
      : res.status === 403
        ? 'Not allowed'
        : res.status === 429
          ? 'Too many requests: try again in a minute'
          : `The CSV could not be made (${res.status})`;
  return detail ? `${what}: ${detail}` : `${what}.`;
}

/** Runs the query at /api/csv and returns the file; throws CsvProblem when it cannot. */
export async function fetchCsv(request: CsvRequest, fetchImpl: typeof fetch = fetch) {
  if (!request.query.trim()) throw new CsvProblem('Write a query first.');
  const variables = editorJson(request.variables, 'variables');
  const extra = editorJson(request.headers, 'headers');
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
    throw new CsvProblem('The server could not be reached.');
  }
  if (res.status !== 200) throw new CsvProblem(await problemOf(res));
  const fallback = `${request.operationName || 'query'}.csv`;
  const file: CsvFile = {
    blob: await res.blob(),
    filename: fileNameFromDisposition(res.headers.get('content-disposition'), fallback),
  };
  return file;
}

/** Saves the file through a temporary link (no navigation, no pop-up). */
export const saveFile = ({ blob, filename }: CsvFile) => downloadBlob(filename, blob);
