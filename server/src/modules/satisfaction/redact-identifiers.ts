/** Redaction of what identifies a person by itself: e-mails, handles, IBANs, references, numbers. */
import { asciiDigits } from '../common/arabic.js';

/** What a masked part of a comment is replaced by. */
export const MASK = '[…]';

/** A digit in any of the scripts people type: ASCII, Arabic-Indic, Persian. */
const D = '[0-9\\u0660-\\u0669\\u06F0-\\u06F9]';
/** An alphanumeric character of an IBAN, digits in any script. */
const AN = '[0-9A-Za-z\\u0660-\\u0669\\u06F0-\\u06F9]';

export const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
/** A Saudi IBAN (SA, 2 check digits, 20 more), with or without spaces or dashes. */
export const IBAN = new RegExp(`\\bS\\s?A\\s?${D}{2}(?:[\\s-]?${AN}){18,22}(?![0-9A-Za-z])`, 'gi');
/** A transaction reference (MSR-2026-000123): it leads to the beneficiary. */
export const REFERENCE = new RegExp(`\\bMSR\\s?-\\s?${D}{4}\\s?-\\s?${D}+`, 'gi');
/** A social-media handle (@name). */
export const HANDLE = /(^|[^\p{L}\p{N}_.])@[A-Za-z0-9_.]{3,30}/gu;
/**
 * A run of digit groups joined by one separator each (space, dot, slash, dash, comma, the Arabic
 * thousands and decimal signs): how numbers, IDs and mobiles are typed, with an optional +.
 */
const DIGIT_RUN = new RegExp(`\\+?${D}+(?:(?:\\s*[./\\-,\\u066B\\u066C_]\\s*|\\s+)${D}+)*`, 'g');
/** A currency after a number: then it is an amount (kept unless it is as long as an ID). */
const CURRENCY_AFTER =
  /^\s*(?:ريالات|ريال|رس|ر\.\s?س|﷼|sar|sr|riyals?|rials?|halalas?|هلله|هللات)(?![\p{L}\p{N}])/iu;
const CURRENCY_BEFORE = /(?:^|[^\p{L}])(?:sar|sr|ريال|﷼)\.?\s*$/iu;

/** At least this many digits in a run is a number that can identify someone (5 digits and up). */
const IDENTIFYING_DIGITS = 5;
/** Amounts and thousands-grouped numbers are kept below this many digits (IDs are 10). */
const ID_DIGITS = 9;

/** Whether the digit groups read as a date (y/m/d, d/m/y, m/y, y/m) or a year range. */
function isDateLike(groups: string[]): boolean {
  const n = groups.map(Number);
  const year = (s: string) => s.length === 4 && Number(s) >= 1300 && Number(s) <= 2100;
  const month = (s: string) => s.length <= 2 && Number(s) >= 1 && Number(s) <= 12;
  const day = (s: string) => s.length <= 2 && Number(s) >= 1 && Number(s) <= 31;
  if (groups.length === 3) {
    const [a, b, c] = groups as [string, string, string];
    return (
      (year(a) && month(b) && day(c)) ||
      (day(a) && month(b) && (year(c) || c.length === 2)) ||
      (month(a) && day(b) && year(c))
    );
  }
  if (groups.length === 2) {
    const [a, b] = groups as [string, string];
    return (month(a) && year(b)) || (year(a) && month(b)) || (year(a) && year(b) && n[1]! > n[0]!);
  }
  return false;
}

/** Whether a run is thousands-grouped (1,500 or 1.500.000 or 12,500.75): an amount, not an ID. */
function isGroupedAmount(run: string): boolean {
  return /^\d{1,3}(?:[,\u066C.]\d{3})+(?:[.\u066B]\d{1,2})?$/.test(run.replace(/\s/g, ''));
}

/** Masks identifying digit runs; keeps short numbers, dates, and amounts. */
export function maskNumbers(text: string): string {
  return text.replace(DIGIT_RUN, (match, offset: number) => {
    const ascii = asciiDigits(match);
    const digits = ascii.replace(/\D/g, '');
    if (digits.length < IDENTIFYING_DIGITS) return match;
    if (digits.length >= ID_DIGITS) return MASK;
    const groups = ascii.split(/\D+/).filter(Boolean);
    if (isDateLike(groups)) return match;
    const after = text.slice(offset + match.length, offset + match.length + 12);
    const before = text.slice(Math.max(0, offset - 8), offset);
    if (CURRENCY_AFTER.test(after) || CURRENCY_BEFORE.test(before)) return match;
    if (isGroupedAmount(ascii)) return match;
    // A decimal amount (250.75): one dot, at most two decimals, no more than 6 digits in all.
    if (/^\d+[.\u066B]\d{1,2}$/.test(ascii) && digits.length <= 6) return match;
    return MASK;
  });
}

// ── Names ────────────────────────────────────────────────────────────────────────────────
