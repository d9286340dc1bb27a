/**
 * The name search's index (issue 17 item 4). A name matches a search when every folded word of
 * the search (foldArabic; at most six) is found somewhere in the folded name (`name_folded like
 * '%word%'`), the rule the lists had before the index, which name-search.api.test.ts keeps as the
 * reference. The index finds those rows:
 *
 * - SQLite: `beneficiary_name_search`, an FTS5 table of the folded names with the trigram
 *   tokenizer (case kept), kept by triggers in the writer's transaction (the migration
 *   Migration20261207_beneficiary_name_index). A quoted word of three characters or more matches
 *   exactly the names containing it, as its LIKE would (which is then not run: re-reading 16,000
 *   names for a family name at 1M transactions took 95 ms of 111); shorter words cannot use
 *   trigrams and are checked by LIKE on the rows the longer ones found (or, with no longer word,
 *   on every name, as before).
 * - PostgreSQL: pg_trgm's GIN index on `name_folded` serves the LIKE conditions themselves.
 */
import { raw } from '@mikro-orm/core';
import type { DatabaseEngine } from '../../config.js';
import { fts5Tables, trigramQuery, wordsToCheck } from '../common/text-index.js';

export const NAME_INDEX_TABLE = 'beneficiary_name_search';

/** The FTS5 table and its shadow tables; MikroORM leaves them be. */
export const NAME_INDEX_TABLES = fts5Tables(NAME_INDEX_TABLE);

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
  const query = engine === 'sqlite' ? trigramQuery(words) : null;
  const check = wordsToCheck(words, engine);
  const fromIndex = `select rowid from ${NAME_INDEX_TABLE} where ${NAME_INDEX_TABLE} match ?`;
  if (query && !check.length) return raw(fromIndex, [query]);
  const conditions = [
    ...(query ? [`b.id in (${fromIndex})`] : []),
    ...check.map(() => 'b.name_folded like ?'),
  ];
  return raw(`select b.id from beneficiary b where ${conditions.join(' and ')}`, [
    ...(query ? [query] : []),
    ...check.map((w) => `%${w}%`),
  ]);
}
