import { asciiDigits } from '../common/arabic.js';

/**
 * Saudi national ID / iqama number: 10 digits, the first 1 (citizen) or 2 (resident), and a
 * check digit (Luhn over the ten digits).
 */
export function nationalIdProblem(raw: string): string | null {
  const id = asciiDigits(raw).replace(/[\s-]/g, '');
  if (!/^\d{10}$/.test(id)) return 'The national ID must have exactly 10 digits.';
  if (id[0] !== '1' && id[0] !== '2') {
    return 'The national ID must start with 1 (citizen) or 2 (resident).';
  }
  return luhnValid(id) ? null : 'The national ID’s check digit does not match: check the number.';
}

/** The check used by Saudi IDs: digits in odd places (1st, 3rd…) doubled, digit sums added. */
function luhnValid(id: string): boolean {
  let sum = 0;
  for (let i = 0; i < id.length; i++) {
    const digit = Number(id[i]);
    if (i % 2 === 0) {
      const doubled = digit * 2;
      sum += doubled > 9 ? doubled - 9 : doubled;
    } else {
      sum += digit;
    }
  }
  return sum % 10 === 0;
}

export function normalizeNationalId(raw: string): string {
  return asciiDigits(raw).replace(/[\s-]/g, '');
}

/** Computes the check digit for nine leading digits (used by the demo-data generator and tests). */
export function withCheckDigit(firstNine: string): string {
  for (let d = 0; d <= 9; d++) {
    if (luhnValid(firstNine + d)) return firstNine + d;
  }
  throw new Error(`no check digit for ${firstNine}`);
}

/**
 * Saudi mobile numbers in any usual form (05XXXXXXXX, 5XXXXXXXX, 9665…, +9665…, 009665…,
 * with spaces or dashes, Arabic-Indic digits) → +9665XXXXXXXX; null when not a Saudi mobile.
 */
export function normalizeSaudiMobile(raw: string): string | null {
  const digits = asciiDigits(raw).replace(/[\s\-().]/g, '');
  const match = /^(?:\+966|00966|966|0)?(5\d{8})$/.exec(digits);
  return match ? `+966${match[1]}` : null;
}
