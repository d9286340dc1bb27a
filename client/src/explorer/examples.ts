/** The analyst guide's examples (docs/analyst-guide.md), as the server lists them. */
export interface GuideExample {
  /** The operation's name. */
  name: string;
  /** The question it answers (the heading above it in the guide). */
  title: string;
  query: string;
}

/** The query in the editor when there is no example to show. */
export const FALLBACK_QUERY = `# Masar's GraphQL API. The Docs pane (book icon, left) lists every query;
# the analyst guide explains the statistics queries with examples.
{
  me {
    username
    roles
  }
}
`;

function isExample(value: unknown): value is GuideExample {
  if (!value || typeof value !== 'object') return false;
  const e = value as Record<string, unknown>;
  return typeof e.name === 'string' && typeof e.title === 'string' && typeof e.query === 'string';
}

/**
 * GET /api/analyst-guide/examples in `locale` (their titles are the guide's headings in that
 * language); none (never an error) when the list cannot be read.
 */
export async function loadExamples(
  fetchImpl: typeof fetch = fetch,
  locale: 'ar' | 'en' = 'ar',
): Promise<GuideExample[]> {
  try {
    const res = await fetchImpl(`/api/analyst-guide/examples?lang=${locale}`, {
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
    });
    if (!res.ok) return [];
    const body: unknown = await res.json();
    return Array.isArray(body) ? body.filter(isExample) : [];
  } catch {
    return [];
  }
}

/** Where an example already is among the open tabs (same text, blank lines aside), or -1. */
export function tabWithQuery(tabs: readonly { query: string | null }[], query: string): number {
  const norm = (s: string) => s.replace(/\s+$/gm, '').trim();
  const wanted = norm(query);
  return tabs.findIndex((t) => t.query != null && norm(t.query) === wanted);
}
