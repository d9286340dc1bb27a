/**
 * The name search's index (issue 17 item 4). A name matches a search when every folded word of
 * the search (foldArabic; at most six) is found somewhere in the folded name (`name_folded like
 * '%word%'`): the rule the LIKE conditions state and keep stating. The index only narrows the
 * rows they are checked on:
 *
 * - SQLite: `beneficiary_name_search`, an FTS5 table of the folded names with the trigram
 *   tokenizer (case kept), kept by triggers in the writer's transaction (the migration
 *   Migration20261207_beneficiary_name_index). A quoted word of three characters or more matches
 *   exactly the names containing it; shorter words cannot use trigrams and are checked by LIKE
 *   alone on the rows the longer ones found (or, with no longer word, on every name, as before).
 * - PostgreSQL: pg_trgm's GIN index on `name_folded` serves the LIKE conditions themselves.
 */
import type { EntityManager } from '@mikro-orm/core';
import { raw } from '@mikro-orm/core';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { DatabaseEngine } from '../../config.js';

export const NAME_INDEX_TABLE = 'beneficiary_name_search';

/** The FTS5 table and its shadow tables (external content: no `_content`); MikroORM leaves them be. */
export const NAME_INDEX_TABLES = [
  NAME_INDEX_TABLE,
  ...['data', 'idx', 'docsize', 'config'].map((s) => `${NAME_INDEX_TABLE}_${s}`),
];

/** The shortest word a trigram index can find: three characters. */
export const TRIGRAM = 3;

export const engineOf = (em: EntityManager): DatabaseEngine =>
  em.getDriver() instanceof PostgreSqlDriver ? 'postgresql' : 'sqlite';

/**
 * The FTS5 query finding the names that contain every word of three characters or more, each
 * quoted (a phrase of its trigrams: the word as written, anywhere); null when there is none.
 */
export function trigramQuery(words: string[]): string | null {
  const long = words.filter((w) => [...w].length >= TRIGRAM);
  return long.length ? long.map((w) => `"${w.replaceAll('"', '""')}"`).join(' AND ') : null;
}

/** The ids of the beneficiaries whose folded name has the long words, from the SQLite index. */
export function indexedIds(words: string[]) {
  const query = trigramQuery(words);
  return query
    ? raw(`select rowid from ${NAME_INDEX_TABLE} where ${NAME_INDEX_TABLE} match ?`, [query])
    : null;
}

/**
 * A subquery of the ids of the beneficiaries whose name matches `words` (folded, LIKE-safe), for
 * `beneficiary_id in (…)`: the list of transactions then reads each match's transactions by the
 * (beneficiary_id) index instead of joining every transaction to its beneficiary.
 */
export function matchingIds(words: string[], engine: DatabaseEngine) {
  const like = words.map(() => 'b.name_folded like ?');
  const query = engine === 'sqlite' ? trigramQuery(words) : null;
  const conditions = query
    ? [`b.id in (select rowid from ${NAME_INDEX_TABLE} where ${NAME_INDEX_TABLE} match ?)`, ...like]
    : like;
  return raw(`select b.id from beneficiary b where ${conditions.join(' and ')}`, [
    ...(query ? [query] : []),
    ...words.map((w) => `%${w}%`),
  ]);
}
