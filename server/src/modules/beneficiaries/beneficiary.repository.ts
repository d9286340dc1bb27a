import { EntityRepository, type FilterQuery } from '@mikro-orm/core';
import { asciiDigits, foldArabic } from '../common/arabic.js';
import { paginate, type PageArgs } from '../common/connection.js';
import { likeSafe } from '../common/input.js';
import type { DatabaseEngine } from '../../config.js';
import type { Beneficiary } from './beneficiary.entity.js';
import { engineOf, trigramQuery, wordsToCheck } from '../common/text-index.js';
import { NAME_INDEX_TABLE, indexedIds } from './name-index.js';

/** The search as digits (national ID, mobile), or null when it is not one. */
export function searchDigits(search: string): string | null {
  const digits = asciiDigits(search.trim().slice(0, 80)).replace(/[\s\-+]/g, '');
  return /^\d{3,}$/.test(digits) ? digits : null;
}

/** The search's folded words, LIKE-safe, at most six: every one must be in the folded name. */
export function nameWords(search: string): string[] {
  return likeSafe(foldArabic(search.trim().slice(0, 80)))
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 6);
}

/**
 * Finds beneficiaries by name (Arabic-folded, through the name index: name-index.ts), national
 * ID prefix, or mobile digits.
 */
export function searchFilter(
  search: string | null | undefined,
  engine: DatabaseEngine,
): FilterQuery<Beneficiary> {
  const term = search?.trim().slice(0, 80);
  if (!term) return {};
  const digits = searchDigits(term);
  if (digits) {
    const local = digits.replace(/^(?:00966|966|0)/, '');
    return {
      $or: [{ nationalId: { $like: `${digits}%` } }, { mobile: { $like: `%${local}%` } }],
    };
  }
  // Every word must appear, in any order: "احمد الغامدى" finds "أحمد بن علي الغامدي".
  const words = nameWords(term);
  if (!words.length) return { id: -1 };
  const like: FilterQuery<Beneficiary>[] = wordsToCheck(words, engine).map((w) => ({
    nameFolded: { $like: `%${w}%` },
  }));
  const indexed = engine === 'sqlite' ? indexedIds(words) : null;
  return { $and: indexed ? [{ id: { $in: indexed } }, ...like] : like };
}

/** The beneficiaries list: searched, newest first. */
export class BeneficiaryRepository extends EntityRepository<Beneficiary> {
  page<N>(search: string | null | undefined, args: PageArgs, map: (row: Beneficiary) => N) {
    const engine = engineOf(this.em);
    const where = searchFilter(search, engine);
    return paginate(this, where, args, map, { order: 'desc', count: this.indexCount(search) });
  }

  /**
   * SQLite, a name search the index answers alone (no word under three characters): its count
   * is the index's, without reading each beneficiary (16,000 rows for a family name at 1M
   * transactions: 68 ms against 16 ms). Undefined otherwise.
   */
  private indexCount(search: string | null | undefined): (() => Promise<number>) | undefined {
    if (engineOf(this.em) !== 'sqlite' || !search?.trim() || searchDigits(search)) return;
    const words = nameWords(search);
    const query = trigramQuery(words);
    if (!query || wordsToCheck(words, 'sqlite').length) return;
    return async () => {
      const [row] = await this.em
        .getConnection()
        .execute<{ n: number }[]>(
          `select count(*) as n from ${NAME_INDEX_TABLE} where ${NAME_INDEX_TABLE} match ?`,
          [query],
        );
      return Number(row?.n ?? 0);
    };
  }
}
