import type { SupportFrequency, SupportUnit } from '@/gql/graphql';

/** The frequencies the committee chooses from, in the order offered. */
export const FREQUENCIES: readonly SupportFrequency[] = ['ONCE', 'MONTHLY', 'QUARTERLY', 'YEARLY'];
export const UNITS: readonly SupportUnit[] = ['SAR', 'ITEM', 'SESSION'];
/** The longest registration the committee may approve (the server's limit). */
export const MAX_VALIDITY_MONTHS = 36;
export const MAX_QUANTITY = 1_000_000;

/** Months between two deliveries of each frequency (ONCE: one delivery in the whole validity). */
const MONTHS_APART: Record<SupportFrequency, number | null> = {
  ONCE: null,
  MONTHLY: 1,
  QUARTERLY: 3,
  YEARLY: 12,
};

/** How many deliveries an award makes: as the server counts them (`occurrencesOf`). */
export function occurrencesOf(frequency: SupportFrequency, validityMonths: number): number {
  const apart = MONTHS_APART[frequency];
  return apart === null ? 1 : Math.max(1, Math.ceil(validityMonths / apart));
}

const wholeIn = (value: number | null, min: number, max: number): value is number =>
  value !== null && Number.isInteger(value) && value >= min && value <= max;

/** What the committee approves, as typed (numbers null while empty). */
export interface AwardDraft {
  supportTypeKey: string | null;
  quantity: number | null;
  frequency: SupportFrequency | null;
  validityMonths: number | null;
}

/** Nothing typed: the approval records no award (free-text delivery, as before). */
export const isEmptyAward = (a: AwardDraft) =>
  !a.supportTypeKey && a.quantity === null && !a.frequency && a.validityMonths === null;

/** Every field filled and within the server's limits. */
export const isCompleteAward = (a: AwardDraft) =>
  !!a.supportTypeKey &&
  !!a.frequency &&
  wholeIn(a.quantity, 1, MAX_QUANTITY) &&
  wholeIn(a.validityMonths, 1, MAX_VALIDITY_MONTHS);

/** Everything approved (the quantity times the deliveries), or null until it can be counted. */
export function awardTotal(a: AwardDraft): number | null {
  if (!isCompleteAward(a)) return null;
  return a.quantity! * occurrencesOf(a.frequency!, a.validityMonths!);
}

/** A number field's text as a whole number, or null when empty or not one. */
export function wholeNumber(text: string | number | null | undefined): number | null {
  if (text === null || text === undefined || text === '') return null;
  const n = Number(String(text).trim());
  return Number.isFinite(n) ? n : null;
}

/** What is left to deliver of an award. */
export const leftOf = (a: { totalQuantity: number; deliveredQuantity: number }) =>
  Math.max(0, a.totalQuantity - a.deliveredQuantity);

/** A delivery on another transaction within its type's recent window (`recentSupport`). */
export interface RecentDelivery {
  deliveredOn: string;
  supportType: { key: string };
}

/**
 * The recent deliveries the committee is warned of: those of the type proposed now, or, when
 * nothing is proposed, all of them; the newest of each type only (they come newest first).
 */
export function recentToWarnOf<D extends RecentDelivery>(
  recent: readonly D[],
  proposedTypeKey: string | null | undefined,
): D[] {
  const seen = new Set<string>();
  return recent.filter((d) => {
    const key = d.supportType.key;
    if ((proposedTypeKey && key !== proposedTypeKey) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
