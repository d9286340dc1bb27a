import { foldArabic } from '../common/arabic.js';
import { maskNames } from './redact-names.js';
import { EMAIL, HANDLE, IBAN, MASK, REFERENCE, maskNumbers } from './redact-identifiers.js';

export { MASK };

/**
 * Masks what could identify a person in free text — what analysts read and search:
 * e-mail addresses, @handles, Saudi IBANs, transaction references; digit runs of 5 or more
 * digits however they are grouped (spaces, dots, slashes, dashes) and in any script (ASCII,
 * Arabic-Indic, Persian), except dates and amounts (a currency next to the number, or
 * thousands-grouped) under 9 digits; and the beneficiary's names: each part with Arabic
 * prefixes and letter forms folded, compound names in one word or two (عبد العزيز), Latin
 * spellings (Sultan Almutairi — capitalised, al-prefixed, or with the family name), and the
 * beneficiary's family: a first name (or a بن chain) written before the family name.
 */
export function redactPersonalData(input: string, names: string[] = []): string {
  const text = input
    // Invisible format characters (zero-width joiners, direction marks) would split a number or
    // a name in two; Persian ی ک ه are the Arabic letters as far as a name is concerned.
    .replace(/(?<=\p{Nd})\p{Cf}+(?=\p{Nd})/gu, '')
    .replace(/(?<=\p{L}\p{M}*)\p{Cf}+(?=\p{L})/gu, ' ')
    .replace(/\p{Cf}+/gu, '')
    .replace(/\u06CC/g, 'ي')
    .replace(/\u06A9/g, 'ك')
    .replace(/\u06C1/g, 'ه')
    .replace(EMAIL, MASK)
    .replace(IBAN, MASK)
    .replace(REFERENCE, MASK)
    .replace(HANDLE, (_m, before: string) => `${before}${MASK}`);
  return maskNames(maskNumbers(text), names);
}

/** The de-identified comment as analysts search it: redacted, then folded (foldArabic). */
export const redactedFolded = (redacted: string) => foldArabic(redacted);
