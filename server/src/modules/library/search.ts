/**
 * Arabic-aware full-text search over the library and the active policy.
 *
 * One index table, `library_search`, holds every searchable item once per language: its
 * title and body as normalised search terms (`searchTerms`: folded, stemmed, stop words
 * dropped) and as display text for snippets. SQLite keeps it as an FTS5 table ranked by bm25;
 * PostgreSQL as a plain table with a generated `tsvector` ('simple' configuration over the same
 * terms) ranked by ts_rank. Both weigh the title ten times the body and normalise by length, so
 * they rank alike. The table is created by raw SQL in the migrations and is not an entity:
 * MikroORM's schema diff (and its snapshot) never see it.
 */
import type { EntityManager } from '@mikro-orm/core';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { WORD_PATTERN, searchTerm, searchTerms } from '../common/arabic.js';
import { fts5Tables } from '../common/text-index.js';
import { PolicyVersion } from '../policy/policy-version.entity.js';
import { PolicyObjective } from '../policy/policy-objective.entity.js';
import { Channel } from '../policy/channel.entity.js';
import { Tool } from '../policy/tool.entity.js';
import { HandlingStep } from '../policy/handling-step.entity.js';
import { PolicyVersionStatus } from '../policy/policy.enums.js';
import { SearchHitKind } from './library.enums.js';
import { readAll } from '../../db/read-pool.js';

export const SEARCH_TABLE = 'library_search';

/** FTS5 keeps its data in these shadow tables; MikroORM must leave them alone. */
export const SEARCH_TABLES = fts5Tables(SEARCH_TABLE, { ownContent: true });

export type Lang = 'ar' | 'en';

/** One searchable item in one language. */
export interface IndexItem {
  kind: SearchHitKind;
  /** What it belongs to: `doc:<id>` or `policy:<version id>`; re-indexing replaces by ref. */
  ref: string;
  /** The document id, or the policy item's key. */
  itemKey: string;
  lang: Lang;
  title: string;
  body: string;
  /** Searched but not shown in snippets (a document's tags). */
  keywords?: string;
}

/** A match, before snippets: the index row and its score (higher is better). */
export interface IndexMatch extends IndexItem {
  score: number;
}

const isPostgres = (em: EntityManager) => em.getDriver() instanceof PostgreSqlDriver;

async function exec<T = unknown>(em: EntityManager, sql: string, params: unknown[] = []) {
  return em
    .getConnection()
    .execute<T>(sql, params, 'all', em.getTransactionContext()) as Promise<T>;
}

/** Replaces the index rows of `ref` with `items`; run it in the transaction of the change. */
export async function replaceIndex(em: EntityManager, ref: string, items: IndexItem[]) {
  await exec(em, `delete from ${SEARCH_TABLE} where ref = ?`, [ref]);
  for (const item of items) {
    await exec(
      em,
      `insert into ${SEARCH_TABLE} (title_norm, body_norm, kind, ref, item_key, lang, title_text, body_text) values (?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        searchTerms(item.title).join(' '),
        searchTerms(`${item.body}\n${item.keywords ?? ''}`).join(' '),
        item.kind,
        item.ref,
        item.itemKey,
        item.lang,
        item.title,
        item.body,
      ],
    );
  }
}

export const policyRef = (version: { id: number }) => `policy:${version.id}`;
export const documentRef = (id: number) => `doc:${id}`;

/** The searchable items of a policy version: texts, objectives, channels, tools and steps. */
export async function policyItems(em: EntityManager, version: PolicyVersion): Promise<IndexItem[]> {
  const ref = policyRef(version);
  const [objectives, channels, tools, steps] = await Promise.all([
    em.find(PolicyObjective, { version }, { orderBy: { id: 'asc' } }),
    em.find(Channel, { version }, { orderBy: { position: 'asc' } }),
    em.find(Tool, { version }, { orderBy: { position: 'asc' } }),
    em.find(HandlingStep, { version }, { orderBy: { position: 'asc' }, populate: ['checklist'] }),
  ]);
  const items: IndexItem[] = [];
  for (const lang of ['ar', 'en'] as const) {
    const add = (kind: SearchHitKind, itemKey: string, title: string, body: string) =>
      items.push({ kind, ref, itemKey, lang, title, body });
    add(SearchHitKind.POLICY_TEXT, 'preface', version.title[lang], version.preface[lang]);
    add(
      SearchHitKind.POLICY_TEXT,
      'general-objective',
      version.title[lang],
      version.generalObjective[lang],
    );
    for (const o of objectives) add(SearchHitKind.OBJECTIVE, String(o.id), '', o.text[lang]);
    for (const c of channels) add(SearchHitKind.CHANNEL, c.key, c.name[lang], c.description[lang]);
    for (const t of tools) add(SearchHitKind.TOOL, t.key, t.name[lang], t.description[lang]);
    for (const s of steps) {
      const checklist = s.checklist.getItems().map((i) => i.text[lang]);
      add(SearchHitKind.STEP, s.key, s.title[lang], [s.text[lang], ...checklist].join('\n'));
    }
  }
  return items;
}

/**
 * Makes sure the active policy version is indexed (once per version: a newly activated version
 * is indexed by the first search after it) and returns its ref.
 */
export async function ensurePolicyIndexed(em: EntityManager): Promise<string | null> {
  const active = await em.findOne(PolicyVersion, { status: PolicyVersionStatus.ACTIVE });
  if (!active) return null;
  const ref = policyRef(active);
  const [row] = await exec<{ n: number | string }[]>(
    em,
    `select count(*) as n from ${SEARCH_TABLE} where ref = ?`,
    [ref],
  );
  if (Number(row?.n ?? 0) === 0) {
    const items = await policyItems(em, active);
    await em.transactional(async (tx) => {
      await exec(tx, `delete from ${SEARCH_TABLE} where ref like 'policy:%'`);
      await replaceIndex(tx, ref, items);
    });
  }
  return ref;
}

interface Row {
  kind: SearchHitKind;
  ref: string;
  item_key: string;
  lang: Lang;
  title_text: string;
  body_text: string;
  score: number | string;
}

/** Largest number of candidates a search ranks. */
export const MAX_CANDIDATES = 200;

/**
 * Finds the index rows matching every term (or, when none does, any term), best first, among
 * the documents and the given policy version. Terms are normalised words (letters and digits
 * only), so they cannot carry FTS5 or tsquery syntax.
 */
export async function matchIndex(
  em: EntityManager,
  terms: string[],
  policy: string | null,
): Promise<IndexMatch[]> {
  if (!terms.length) return [];
  const unique = [...new Set(terms)];
  const scope = `(kind = 'DOCUMENT' or ref = ?)`;
  const run = async (mode: 'all' | 'any') => {
    let rows: Row[];
    if (isPostgres(em)) {
      const query = unique.join(mode === 'all' ? ' & ' : ' | ');
      rows = await readAll<Row>(
        em,
        `select kind, ref, item_key, lang, title_text, body_text, ts_rank('{0.1, 0.1, 0.1, 1.0}', tsv, q, 1) * 10 as score
           from ${SEARCH_TABLE}, to_tsquery('simple', ?) q
          where tsv @@ q and ${scope}
          order by score desc, id asc limit ${MAX_CANDIDATES}`,
        [query, policy ?? ''],
      );
    } else {
      const query = unique.map((t) => `"${t}"`).join(mode === 'all' ? ' ' : ' OR ');
      rows = await readAll<Row>(
        em,
        `select kind, ref, item_key, lang, title_text, body_text, -bm25(${SEARCH_TABLE}, 10.0, 1.0) as score
           from ${SEARCH_TABLE}
          where ${SEARCH_TABLE} match ? and ${scope}
          order by score desc, rowid asc limit ${MAX_CANDIDATES}`,
        [query, policy ?? ''],
      );
    }
    return rows.map((r) => ({
      kind: r.kind,
      ref: r.ref,
      itemKey: r.item_key,
      lang: r.lang,
      title: r.title_text,
      body: r.body_text,
      score: Number(r.score),
    }));
  };
  const all = await run('all');
  return all.length || unique.length === 1 ? all : run('any');
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The text with every word whose search term is one of `terms` wrapped in `<mark>`, HTML-escaped;
 * `window` words around the first match (or the start) when given, with ellipses.
 */
export function highlight(text: string, terms: Set<string>, window?: number): string {
  const words = [...text.matchAll(WORD_PATTERN)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    hit: terms.has(searchTerm(m[0]) ?? '\u0000'),
  }));
  let from = 0;
  let to = text.length;
  if (window && words.length > window) {
    const first = Math.max(
      0,
      words.findIndex((w) => w.hit),
    );
    const startWord = Math.max(0, Math.min(first - Math.floor(window / 4), words.length - window));
    from = words[startWord]!.start;
    to = words[Math.min(words.length, startWord + window) - 1]!.end;
  }
  let html = from > 0 ? '… ' : '';
  let at = from;
  for (const w of words) {
    if (!w.hit || w.start < from || w.end > to) continue;
    html +=
      escapeHtml(text.slice(at, w.start)) +
      `<mark>${escapeHtml(text.slice(w.start, w.end))}</mark>`;
    at = w.end;
  }
  html += escapeHtml(text.slice(at, to));
  if (to < text.length) html += ' …';
  return html.replace(/\s+/g, ' ').trim();
}
