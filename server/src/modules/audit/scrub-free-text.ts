import { FREE_TEXT_KEYS, redact } from './audit.service.js';

type Execute = (sql: string, params?: unknown[]) => Promise<unknown>;

/**
 * Rewrites the audit rows written before free text was kept out of the trail: every row whose
 * `before` or `after` holds a free-text key gets the marks recordAudit writes today (`[text]`,
 * `[changed]`, `[unchanged]`). Only those rows are read (a LIKE on the key names), in pages.
 */
export async function scrubStoredFreeText(execute: Execute): Promise<number> {
  const like = FREE_TEXT_KEYS.flatMap(() => ['"before" like ?', '"after" like ?']).join(' or ');
  const params = FREE_TEXT_KEYS.flatMap((k) => [`%"${k}":%`, `%"${k}":%`]);
  let lastId = 0;
  let changed = 0;
  for (;;) {
    const rows = (await execute(
      `select id, "before", "after" from audit_entry where id > ? and (${like}) order by id limit 500`,
      [lastId, ...params],
    )) as { id: number | string; before: string | null; after: string | null }[];
    if (!rows.length) return changed;
    for (const row of rows) {
      lastId = Number(row.id);
      const before = row.before ? (JSON.parse(row.before) as unknown) : undefined;
      const after = row.after ? (JSON.parse(row.after) as unknown) : undefined;
      const newBefore = before === undefined ? null : JSON.stringify(redact(before));
      const newAfter = after === undefined ? null : JSON.stringify(redact(after, before));
      if (newBefore !== row.before || newAfter !== row.after) {
        await execute('update audit_entry set "before" = ?, "after" = ? where id = ?', [
          newBefore,
          newAfter,
          lastId,
        ]);
        changed++;
      }
    }
  }
}
