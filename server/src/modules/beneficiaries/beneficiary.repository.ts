import { EntityRepository, type FilterQuery } from '@mikro-orm/core';
import { asciiDigits, foldArabic } from '../common/arabic.js';
import { paginate, type PageArgs } from '../common/connection.js';
import { likeSafe } from '../common/input.js';
import type { Beneficiary } from './beneficiary.entity.js';

/** Finds beneficiaries by name (Arabic-folded), national ID prefix, or mobile digits. */
export function searchFilter(search: string | null | undefined): FilterQuery<Beneficiary> {
  const term = search?.trim().slice(0, 80);
  if (!term) return {};
  const digits = asciiDigits(term).replace(/[\s\-+]/g, '');
  if (/^\d{3,}$/.test(digits)) {
    const local = digits.replace(/^(?:00966|966|0)/, '');
    return {
      $or: [{ nationalId: { $like: `${digits}%` } }, { mobile: { $like: `%${local}%` } }],
    };
  }
  // Every word must appear, in any order: "احمد الغامدى" finds "أحمد بن علي الغامدي".
  const words = likeSafe(foldArabic(term)).split(/\s+/).filter(Boolean).slice(0, 6);
  if (!words.length) return { id: -1 };
  return { $and: words.map((w) => ({ nameFolded: { $like: `%${w}%` } })) };
}

/** The beneficiaries list: searched, newest first. */
export class BeneficiaryRepository extends EntityRepository<Beneficiary> {
  page<N>(search: string | null | undefined, args: PageArgs, map: (row: Beneficiary) => N) {
    return paginate(this, searchFilter(search), args, map, { order: 'desc' });
  }
}
