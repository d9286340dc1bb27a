/** The audit trail stores before/after as JSON text; these read it for people. */

/** Parses JSON text; null for empty or invalid text. */
export function parseJson(text: string | null | undefined): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/** Indented JSON (2 spaces); the text as it is when it is not valid JSON. */
export function prettyJson(text: string | null | undefined): string {
  if (!text) return '';
  const value = parseJson(text);
  return value === null ? text : JSON.stringify(value, null, 2);
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Keys whose value differs between before and after (both objects), in the after's order. */
export function changedKeys(before: string | null, after: string | null): string[] {
  const b = parseJson(before);
  const a = parseJson(after);
  if (!isRecord(b) || !isRecord(a)) return [];
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return keys.filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key]));
}
