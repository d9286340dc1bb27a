import type { EntityManager } from '@mikro-orm/core';
import { readAll } from '../../db/read-pool.js';
import { foldArabic } from '../common/arabic.js';
import { engineOf, fts5Tables, trigramQuery, wordsToCheck } from '../common/text-index.js';
import {
  checkPageSize,
  decodeCursor,
  toConnection,
  type ConnectionShape,
  type PageArgs,
} from '../common/connection.js';
import { likeSafe } from '../common/input.js';
import type { SurveyMode } from '../satisfaction/survey.enums.js';
import { Transaction } from '../transactions/transaction.entity.js';
import type { SatisfactionComment } from './analytics.types.js';
import { filterSql, type SatisfactionFilterData } from './satisfaction-figures.service.js';

/**
 * SQLite's index of the comments' folded texts (issue 17): an FTS5 table with the trigram
 * tokenizer over `comment_folded` and `comment_redacted_folded`, kept by triggers
 * (Migration20261207_comment_index), as the beneficiaries' names are (beneficiaries/name-index.ts).
 * A quoted word of three characters or more matches exactly the comments whose column contains
 * it, as its LIKE would; shorter words are checked by LIKE on the rows the longer ones found.
 * PostgreSQL runs the LIKE itself.
 */
export const COMMENT_INDEX_TABLE = 'survey_comment_search';

/** The FTS5 table and its shadow tables; MikroORM leaves them be. */
export const COMMENT_INDEX_TABLES = fts5Tables(COMMENT_INDEX_TABLE);

/** Longest search text read, and most words searched for. */
const MAX_SEARCH = 80;
const MAX_WORDS = 6;

interface CommentRow {
  id: number;
  submittedAt: Date;
  overall: number;
  recommend: number;
  mode: SurveyMode;
  channelKey: string;
  /** The comment as the caller may read it: de-identified, or in full. */
  comment: string;
  transactionId: number;
}

/**
 * The comments left with survey answers, newest first (keyset by id), optionally searched with
 * Arabic letter forms folded: raw SQL over the satisfaction filter, ending in `toConnection`.
 *
 * `deidentified` (analysts): only the de-identified text is returned and searched — never the
 * full text, which would make the search an oracle for masked digits and names — and the
 * transaction's reference is left out. Otherwise (managers) each comment names its transaction.
 */
export async function commentsPage(
  em: EntityManager,
  filter: SatisfactionFilterData,
  search: string | null | undefined,
  page: PageArgs,
  deidentified: boolean,
): Promise<ConnectionShape<SatisfactionComment>> {
  const first = checkPageSize(page.first);
  const afterId = decodeCursor(page.after);
  const base = filterSql(filter, { answered: true });
  let sql = `${base.sql} and r.comment is not null`;
  const params = [...base.params];
  const text = search?.slice(0, MAX_SEARCH);
  const words = (text ? likeSafe(foldArabic(text)).split(' ').filter(Boolean) : []).slice(
    0,
    MAX_WORDS,
  );
  const column = deidentified ? 'comment_redacted_folded' : 'comment_folded';
  const engine = engineOf(em);
  const query = engine === 'sqlite' ? trigramQuery(words) : null;
  if (query) {
    sql += ` and r.id in (select rowid from ${COMMENT_INDEX_TABLE} where ${COMMENT_INDEX_TABLE} match ?)`;
    params.push(`{${column}} : (${query})`);
  }
  for (const w of wordsToCheck(words, engine)) {
    sql += ` and r.${column} like ?`;
    params.push(`%${w}%`);
  }
  const [countRow] = await readAll(em, `select count(r.id) as n ${sql}`, params);
  const found = await readAll(
    em,
    `select r.id, r.submitted_at, r.overall, r.recommend, r.mode, i.channel_key,
       ${deidentified ? 'r.comment_redacted' : 'r.comment'} as text, i.transaction_id ${sql}${afterId ? ' and r.id < ?' : ''}
     order by r.id desc limit ?`,
    [...params, ...(afterId ? [afterId] : []), first + 1],
  );
  const rows: CommentRow[] = found.map((r) => ({
    id: Number(r.id),
    submittedAt: new Date(r.submitted_at as string | number | Date),
    overall: Number(r.overall),
    recommend: Number(r.recommend),
    mode: r.mode as SurveyMode,
    channelKey: String(r.channel_key),
    comment: String(r.text ?? ''),
    transactionId: Number(r.transaction_id),
  }));
  const references = deidentified ? new Map<number, string>() : await referencesOf(em, rows);
  return toConnection(rows, { first, after: page.after }, Number(countRow?.n), (r) => ({
    id: r.id,
    submittedAt: r.submittedAt,
    overall: r.overall,
    recommend: r.recommend,
    mode: r.mode,
    channelKey: r.channelKey,
    comment: r.comment,
    transactionReference: references.get(r.transactionId) ?? null,
  }));
}

/** The references of the comments' transactions, in one read. */
async function referencesOf(em: EntityManager, rows: CommentRow[]): Promise<Map<number, string>> {
  const transactions = await em.find(
    Transaction,
    { id: { $in: rows.map((r) => r.transactionId) } },
    { fields: ['id', 'reference'] },
  );
  return new Map(transactions.map((t) => [t.id, t.reference]));
}
