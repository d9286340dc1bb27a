/**
 * Client-side hints for Saudi identity numbers, so a typo is noticed while typing. The server's
 * check is the authority (it answers INVALID_NATIONAL_ID / INVALID_MOBILE).
 */
const ARABIC_INDIC = /[\u0660-\u0669\u06F0-\u06F9]/g;

/** Arabic-Indic digits (٠–٩, ۰–۹) as ASCII digits. */
export function asciiDigits(value: string): string {
  return value.replace(ARABIC_INDIC, (d) => String(d.charCodeAt(0) & 0xf));
}

export type NationalIdHint = 'length' | 'start' | 'checkDigit' | null;

/** What is wrong with a national ID as typed: too short or long, wrong first digit, check digit. */
export function nationalIdHint(raw: string): NationalIdHint {
  const id = asciiDigits(raw).replace(/[\s-]/g, '');
  if (!/^\d{10}$/.test(id)) return 'length';
  if (id[0] !== '1' && id[0] !== '2') return 'start';
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    const digit = Number(id[i]);
    if (i % 2 === 0) {
      const doubled = digit * 2;
      sum += doubled > 9 ? doubled - 9 : doubled;
    } else {
      sum += digit;
    }
  }
  return sum % 10 === 0 ? null : 'checkDigit';
}

/** True for a Saudi mobile in any usual form (05…, 5…, +9665…, 009665…). */
export function looksLikeSaudiMobile(raw: string): boolean {
  const digits = asciiDigits(raw).replace(/[\s\-().]/g, '');
  return /^(?:\+966|00966|966|0)?5\d{8}$/.test(digits);
}

/** What a search that found nobody already says about the person to register. */
export interface RegistrationPrefill {
  fullName?: string;
  nationalId?: string;
  mobile?: string;
}

/**
 * The registration form's start after a search that found nobody, so staff do not retype what
 * they searched for: a Saudi mobile goes to the mobile, ten digits (Latin or Arabic-Indic, spaces
 * and dashes ignored) to the national ID, words without digits to the name. Anything else (part
 * of a number, letters mixed with digits) fills nothing.
 */
export function registrationPrefill(search: string | null | undefined): RegistrationPrefill {
  const text = (search ?? '').trim().replace(/\s+/g, ' ');
  if (!text) return {};
  const digits = asciiDigits(text).replace(/[\s\-().]/g, '');
  if (/^\+?\d+$/.test(digits)) {
    if (looksLikeSaudiMobile(text)) return { mobile: digits };
    return /^\d{10}$/.test(digits) ? { nationalId: digits } : {};
  }
  if (/\p{L}/u.test(text) && !/[\d\u0660-\u0669\u06F0-\u06F9]/.test(text)) {
    return { fullName: text.slice(0, 160) };
  }
  return {};
}
