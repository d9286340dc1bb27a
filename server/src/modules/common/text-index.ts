/**
 * What the text searches' indexes share: SQLite's FTS5 tables with the trigram tokenizer (the
 * beneficiaries' names, beneficiaries/name-index.ts; the survey comments,
 * analytics/satisfaction-comments.repository.ts; the library's, library/search.ts) and the rule
 * that makes their match the LIKE it replaces: every word of three characters or more quoted (a
 * phrase of its trigrams: the word as written, anywhere), the shorter ones checked by LIKE on
 * the rows the index found. PostgreSQL serves the LIKE itself (pg_trgm) or keeps it.
 */
import type { EntityManager } from '@mikro-orm/core';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { DatabaseEngine } from '../../config.js';

/** The engine behind an entity manager. */
export const engineOf = (em: EntityManager): DatabaseEngine =>
  em.getDriver() instanceof PostgreSqlDriver ? 'postgresql' : 'sqlite';

/**
 * An FTS5 table and its shadow tables, which MikroORM's schema generator must leave be;
 * `ownContent`: the table keeps its own copy of the text (`_content`), not an external table's.
 */
export function fts5Tables(table: string, { ownContent = false } = {}): string[] {
  const shadows = ['data', 'idx', ...(ownContent ? ['content'] : []), 'docsize', 'config'];
  return [table, ...shadows.map((s) => `${table}_${s}`)];
}

/** The shortest word a trigram index can find: three characters. */
export const TRIGRAM = 3;

/**
 * The FTS5 query finding the rows that contain every word of three characters or more, each
 * quoted (a phrase of its trigrams: the word as written, anywhere); null when there is none.
 */
export function trigramQuery(words: string[]): string | null {
  const long = words.filter((w) => [...w].length >= TRIGRAM);
  return long.length ? long.map((w) => `"${w.replaceAll('"', '""')}"`).join(' AND ') : null;
}

/**
 * The words the index cannot find (under three characters), which LIKE checks on the rows it
 * found; all of them when there is no index (PostgreSQL) or no longer word. A quoted word's
 * trigrams in a row are the word: the index's match is the LIKE's.
 */
export function wordsToCheck(words: string[], engine: DatabaseEngine): string[] {
  if (engine !== 'sqlite' || !trigramQuery(words)) return words;
  return words.filter((w) => [...w].length < TRIGRAM);
}
