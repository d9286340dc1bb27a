import { foldArabic } from '../common/arabic.js';
import { redactPersonalData } from './redact.js';

/** The columns an answer's comment is stored in besides itself. */
export interface StoredComment {
  /** What analysts read: personal data masked (redactPersonalData). */
  commentRedacted: string | null;
  /** The full comment folded for search: what managers search. */
  commentFolded: string | null;
  /** The de-identified comment folded for search: what analysts search. */
  commentRedactedFolded: string | null;
}

/** The stored forms of a comment left by the beneficiary with these names. */
export function storedComment(comment: string | null, names: string[]): StoredComment {
  if (!comment) return { commentRedacted: null, commentFolded: null, commentRedactedFolded: null };
  const redacted = redactPersonalData(comment, names);
  return {
    commentRedacted: redacted,
    commentFolded: foldArabic(comment),
    commentRedactedFolded: foldArabic(redacted),
  };
}

type Run = (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;

/**
 * De-identifies again every stored comment with the current rules (redacted text and its
 * folded search column), in batches by id. Run by the migration that added the search column,
 * and by any later one that changes the rules; `run` executes one statement (both engines).
 */
export async function redactStoredComments(run: Run, batch = 500): Promise<number> {
  let after = 0;
  let count = 0;
  for (;;) {
    const rows = await run(
      `select r.id, r.comment, b.full_name from survey_response r
       join survey_invitation i on i.id = r.invitation_id
       join beneficiary_transaction t on t.id = i.transaction_id
       join beneficiary b on b.id = t.beneficiary_id
       where r.comment is not null and r.id > ? order by r.id limit ?`,
      [after, batch],
    );
    for (const row of rows) {
      const stored = storedComment(String(row.comment), [String(row.full_name)]);
      await run(
        'update survey_response set comment_redacted = ?, comment_redacted_folded = ? where id = ?',
        [stored.commentRedacted, stored.commentRedactedFolded, row.id],
      );
    }
    count += rows.length;
    if (rows.length < batch) return count;
    after = Number(rows[rows.length - 1]!.id);
  }
}
